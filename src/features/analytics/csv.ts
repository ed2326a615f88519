/**
 * CSV for spreadsheets (RFC 4180: comma-separated, CRLF, quotes doubled), safe to open: a cell that a spreadsheet
 * would run as a formula (starting with = + - @, or a tab or carriage return that some strip first) gets a leading
 * apostrophe, as OWASP's "CSV Injection" page recommends. Numbers are written as numbers and left alone.
 *
 * @example
 *   toCsv([['text', 'likes'], ['=HYPERLINK("x")', 3]]);  // 'text,likes\r\n"\'=HYPERLINK(""x"")",3\r\n'
 */
import type { FastifyReply } from 'fastify';

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

/** Sends a CSV file as a download (private, never cached): the analytics routes' common answer. */
export function sendCsv(reply: FastifyReply, file: { fileName: string; csv: string }): FastifyReply {
  return reply
    .code(200)
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'private, no-store')
    .send(file.csv);
}
