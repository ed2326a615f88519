/**
 * Chorus's own file, the one `GET …/posts.csv` writes: `date` (YYYY-MM-DD), `time` (HH:MM), `time_zone` (IANA,
 * empty: the import's), `text`, `link`, `media` (addresses or media-library ids, space-separated), `campaign` (name
 * or id), then a column per network variant, `text:<network>` (e.g. `text:x`), and per audience segment,
 * `text@<segment name or id>`. A row without date is a draft.
 */
import { isBlank, type CsvRecord } from '../csv.js';
import { isTimeZone } from '../dates.js';
import { emptyRow, mediaCells, readWhen, withLink, type ImportFormat, type ParsedRow } from './types.js';

export const CHORUS_COLUMNS = ['date', 'time', 'time_zone', 'text', 'link', 'media', 'campaign'] as const;

/** The apostrophe the export puts before a cell a spreadsheet would run as a formula (analytics/csv.ts), taken off. */
function unescaped(value: string): string {
  return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}

function readVariants(row: ParsedRow, names: string[], cells: string[]): void {
  names.forEach((name, i) => {
    const value = unescaped(cells[i] ?? '');
    if (!value) return;
    if (name.startsWith('text:')) row.networkTexts[name.slice(5).trim().toLowerCase()] = value;
    else if (name.startsWith('text@')) row.segmentTexts.push({ segment: name.slice(5).trim(), text: value });
  });
}

function read(records: CsvRecord[]): ParsedRow[] {
  const [header, ...rest] = records;
  const names = header!.cells;
  const lower = names.map((n) => n.toLowerCase());
  const cell = (r: CsvRecord, name: string) => r.cells[lower.indexOf(name)] ?? '';
  return rest.filter((r) => !isBlank(r)).map((record) => {
    const row = emptyRow(record.line);
    row.text = withLink(unescaped(cell(record, 'text')), cell(record, 'link'));
    if (cell(record, 'date') || cell(record, 'time')) {
      // Chorus writes ISO dates: no day/month question.
      readWhen(row, { value: cell(record, 'date'), column: 'date' }, { value: cell(record, 'time'), column: 'time' }, 'YMD');
    }
    const zone = cell(record, 'time_zone');
    if (zone && !isTimeZone(zone)) row.errors.push({ column: 'time_zone', message: `"${zone}" is not a time zone; use an IANA name such as Europe/Paris.` });
    else if (zone) row.timeZone = zone;
    row.media = mediaCells(cell(record, 'media'));
    row.campaign = cell(record, 'campaign') || null;
    readVariants(row, names, record.cells);
    if (!row.text && row.media.length === 0) row.errors.push({ column: 'text', message: 'The row has no text and no media.' });
    return row;
  });
}

export const chorus: ImportFormat = {
  name: 'chorus',
  columns: { text: 'text', date: 'date', media: 'media', campaign: 'campaign' },
  rules: {},
  detect: (first) => {
    const names = first.cells.map((c) => c.toLowerCase());
    return names.includes('text') && names.includes('date');
  },
  read,
};
