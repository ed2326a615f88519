/**
 * Reads an uploaded CSV file into records numbered as a spreadsheet shows them: record i (a header included) is
 * line i + 1, a quoted field spanning lines is still one row, an empty line is still a row. csv-parse does the
 * RFC 4180 grammar (quotes doubled, CRLF or LF, byte-order mark); the separator is the header's: a semicolon when the
 * first line has more of them than commas (spreadsheets saved in French do that).
 *
 * @example
 *   readCsv('\ufeffdate,time_24hr,message_text\r\n01/02/2027,09:00,"Hi, ""you"""\r\n');
 *   // { records: [{ line: 1, cells: ['date', 'time_24hr', 'message_text'] }, { line: 2, cells: ['01/02/2027', '09:00', 'Hi, "you"'] }] }
 */
import { parse } from 'csv-parse/sync';
import { invalid } from '../../core/errors.js';

export interface CsvRecord {
  /** The row number a spreadsheet shows (1 = the first row of the file). */
  line: number;
  cells: string[];
}

function separatorOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** A CSV file's records; a 422 on `csv` naming the line when the file is not CSV (a quote left open, say). */
export function readCsv(input: string): CsvRecord[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let rows: string[][];
  try {
    rows = parse(text, { delimiter: separatorOf(text), relax_column_count: true, bom: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const where = line ? ` near line ${line}` : '';
    throw invalid('invalid_csv', `The file could not be read as CSV${where}: ${(error as Error).message}. Save it again as CSV (UTF-8).`, 'csv');
  }
  return rows.map((cells, i) => ({ line: i + 1, cells: cells.map((c) => c.trim()) }));
}

/** A record with nothing in it (an empty line, or only separators): skipped, not an error. */
export function isBlank(record: CsvRecord): boolean {
  return record.cells.every((c) => c === '');
}
