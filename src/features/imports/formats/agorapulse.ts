/**
 * Agorapulse's bulk import file: `post_content`, `post_link`, `image_url`, `video_url`. Chorus also reads an optional
 * `date` and `time` (24-hour) when a file carries them; a row without a date becomes a draft to schedule later.
 */
import type { CsvRecord } from '../csv.js';
import { emptyRow, headedRows, mediaCells, readWhen, withLink, type ImportFormat, type ParsedRow, type ReadOptions } from './types.js';

function read(records: CsvRecord[], options: ReadOptions): ParsedRow[] {
  const { rows, cell, order } = headedRows(records, options, 'date');
  return rows.map((record) => {
    const row = emptyRow(record.line);
    row.text = withLink(cell(record, 'post_content'), cell(record, 'post_link'));
    if (cell(record, 'date') || cell(record, 'time')) {
      readWhen(row, { value: cell(record, 'date'), column: 'date' }, { value: cell(record, 'time'), column: 'time' }, order);
    }
    if (!row.text && !cell(record, 'image_url') && !cell(record, 'video_url')) {
      row.errors.push({ column: 'post_content', message: 'The row has no text, link, image or video.' });
    }
    row.media = mediaCells(cell(record, 'image_url'), cell(record, 'video_url'));
    return row;
  });
}

export const agorapulse: ImportFormat = {
  name: 'agorapulse',
  columns: { text: 'post_content', date: 'date', media: 'image_url', campaign: 'post_content' },
  rules: {},
  detect: (first) => first.cells.some((c) => c.toLowerCase() === 'post_content'),
  read,
};
