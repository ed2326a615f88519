/**
 * A CSV reader for history imports (RFC 4180: comma or semicolon separated, double-quoted fields with "" for a
 * quote, CRLF or LF line ends, a UTF-8 byte-order mark tolerated). Written here rather than taken from npm: no CSV
 * parser is a dependency yet, the files are small (capped at 5 MB, read whole), and these forty lines are the whole
 * grammar — a dependency would add more surface than it removes.
 *
 * @example
 *   parseCsv('published_at,impressions\n2026-11-17T10:00:00Z,"1,200"\n');
 *   // { rows: [['published_at', 'impressions'], ['2026-11-17T10:00:00Z', '1,200']], error: null }
 */

export interface CsvResult {
  /** Records in file order; record i is what a spreadsheet shows as row i + 1. Blank lines are kept as `[]`. */
  rows: string[][];
  /** A quote left open at the end of the file, with the row it opened on; the rows before it are still returned. */
  error: { line: number; message: string } | null;
}

/** The separator of the header line: a semicolon when it has more of them than commas (spreadsheets in French). */
function separatorOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

export function parseCsv(input: string): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const separator = separatorOf(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') (quoted = true), (fieldStarted = true);
    else if (c === separator) row.push(field), (field = ''), (fieldStarted = true);
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      rows.push(fieldStarted || field !== '' ? [...row, field] : []);
      (row = []), (field = ''), (fieldStarted = false);
    } else (field += c), (fieldStarted = true);
  }
  if (quoted) return { rows, error: { line: rows.length + 1, message: 'A quoted field is never closed: add the closing double quote.' } };
  if (fieldStarted || field !== '') rows.push([...row, field]);
  return { rows, error: null };
}
