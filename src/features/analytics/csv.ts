/**
 * CSV for spreadsheets (RFC 4180: comma-separated, CRLF, quotes doubled), safe to open: a cell that a spreadsheet
 * would run as a formula (starting with = + - @, or a tab or carriage return that some strip first) gets a leading
 * apostrophe, as OWASP's "CSV Injection" page recommends. Numbers are written as numbers and left alone.
 *
 * @example
 *   toCsv([['text', 'likes'], ['=HYPERLINK("x")', 3]]);  // 'text,likes\r\n"\'=HYPERLINK(""x"")",3\r\n'
 */
export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
