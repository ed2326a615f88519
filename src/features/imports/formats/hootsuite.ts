/**
 * Hootsuite's Bulk Composer file: no header; column A the date and time, B the message, C an optional link.
 *
 * Its rules: dates in the order chosen on upload (day/month/year, month/day/year or year/month/day) with a 24-hour
 * time; times on a multiple of 5 minutes; each post at least 10 minutes in the future; one post per time slot; no
 * duplicate messages; at most 350 messages per upload, counted across the chosen profiles (the three columns and the
 * 350 limit are described in https://kim-iverson-headlee.blogspot.com/2016/08/the-business-of-writing-using-hootsuite.html
 * and http://jycalcano.blogspot.com/2015/07/post-8-hootsuite-bulk-messaging.html; the other rules are as issue 15
 * states them, not yet checked against Hootsuite's own help page — check there when a rule here seems to differ).
 */
import { isBlank, type CsvRecord } from '../csv.js';
import { fileDateOrder, splitDateTime } from '../dates.js';
import { emptyRow, readWhen, withLink, type ImportFormat, type ParsedRow, type ReadOptions } from './types.js';

export const HOOTSUITE_MAX_POSTS = 350;
const NUMERIC_DATE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/;

function read(records: CsvRecord[], options: ReadOptions): ParsedRow[] {
  const rows = records.filter((r) => !isBlank(r));
  const order = options.dateOrder ?? fileDateOrder(rows.map((r) => splitDateTime(r.cells[0] ?? '')?.date ?? ''));
  return rows.map((record) => {
    const [when = '', message = '', link = ''] = record.cells;
    const row = emptyRow(record.line);
    row.text = withLink(message, link);
    const split = splitDateTime(when);
    if (!split) row.errors.push({ column: 'A', message: `"${when}" is not a date and time; write it as e.g. 24/12/2026 09:05 (24-hour).` });
    else readWhen(row, { value: split.date, column: 'A' }, { value: split.time, column: 'A' }, order);
    if (!message) row.errors.push({ column: 'B', message: 'The message is empty.' });
    if (link && !/^https?:\/\//i.test(link)) row.errors.push({ column: 'C', message: `"${link}" is not a web address (http:// or https://).` });
    return row;
  });
}

export const hootsuite: ImportFormat = {
  name: 'hootsuite',
  columns: { text: 'B', date: 'A', media: 'C', campaign: 'B' },
  rules: { minLeadMinutes: 10, stepMinutes: 5, oneSlot: true, noDuplicates: true, maxRows: (channels) => Math.floor(HOOTSUITE_MAX_POSTS / Math.max(1, channels)) },
  // No header: the first row is already a post, its first cell a date and time.
  detect: (first) => {
    const split = splitDateTime(first.cells[0] ?? '');
    return split !== null && NUMERIC_DATE.test(split.date);
  },
  read,
};
