/**
 * Sprout Social's bulk scheduling file. Its help page ("How do I use bulk scheduling?",
 * https://support.sproutsocial.com/hc/en-us/articles/115005864203) requires the headers `date` (dd/mm/yyyy or
 * mm/dd/yyyy, as chosen on import), `time_24hr` (24-hour) and `message_text` (within each network's length limit),
 * with optional `link_url` and `image_url`; messages at least 10 minutes apart from one another and at least 10
 * minutes after the upload.
 */
import type { CsvRecord } from '../csv.js';
import { emptyRow, headedRows, mediaCells, readWhen, withLink, type ImportFormat, type ParsedRow, type ReadOptions } from './types.js';

function read(records: CsvRecord[], options: ReadOptions): ParsedRow[] {
  const { rows, cell, order } = headedRows(records, options, 'date');
  return rows.map((record) => {
    const row = emptyRow(record.line);
    row.text = withLink(cell(record, 'message_text'), cell(record, 'link_url'));
    readWhen(row, { value: cell(record, 'date'), column: 'date' }, { value: cell(record, 'time_24hr'), column: 'time_24hr' }, order);
    if (!cell(record, 'message_text')) row.errors.push({ column: 'message_text', message: 'The message is empty.' });
    row.media = mediaCells(cell(record, 'image_url'));
    return row;
  });
}

export const sprout: ImportFormat = {
  name: 'sprout',
  columns: { text: 'message_text', date: 'date', media: 'image_url', campaign: 'message_text' },
  rules: { minLeadMinutes: 10, minSpacingMinutes: 10 },
  detect: (first) => {
    const names = first.cells.map((c) => c.toLowerCase());
    return ['date', 'time_24hr', 'message_text'].every((n) => names.includes(n));
  },
  read,
};
