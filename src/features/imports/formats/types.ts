/** What every import format reads a file into: one ParsedRow per post, with the problems found in its own cells. */
import { isBlank, type CsvRecord } from '../csv.js';
import { fileDateOrder, toIsoDate, toTime, type DateOrder } from '../dates.js';

export type FormatName = 'hootsuite' | 'sprout' | 'agorapulse' | 'chorus';

export interface RowError {
  /** The column as the file names it (its header), or its letter when the file has no header. */
  column: string;
  message: string;
}

export interface ParsedRow {
  line: number;
  text: string;
  /** Wall-clock date (YYYY-MM-DD) and time (HH:MM); null: no date given (a draft). */
  when: { date: string; time: string } | null;
  /** The row's own IANA zone (Chorus files); null: the import's. */
  timeZone: string | null;
  /** Image or video addresses to download, or ids of the workspace's media library. */
  media: string[];
  /** Text per network ("x", "bluesky", ...). */
  networkTexts: Record<string, string>;
  /** Text per audience segment, by its name or id. */
  segmentTexts: Array<{ segment: string; text: string }>;
  /** A campaign's name or id. */
  campaign: string | null;
  errors: RowError[];
}

/** The columns a row's problems are reported on. */
export interface FormatColumns {
  text: string;
  date: string;
  media: string;
  campaign: string;
}

/** Rules the other tool applies to a whole file, kept so a file it accepts is accepted here and the other way round. */
export interface FileRules {
  /** Each post at least this many minutes after the import. */
  minLeadMinutes?: number;
  /** Posts at least this many minutes apart from one another. */
  minSpacingMinutes?: number;
  /** Minutes of the time on a multiple of this. */
  stepMinutes?: number;
  /** No two posts at the same time. */
  oneSlot?: boolean;
  /** No two posts with the same text. */
  noDuplicates?: boolean;
  /** Most rows in one file, for this many channels. */
  maxRows?: (channels: number) => number;
}

export interface ReadOptions {
  dateOrder?: DateOrder | undefined;
}

export interface ImportFormat {
  name: FormatName;
  columns: FormatColumns;
  rules: FileRules;
  /** Whether the file's first non-empty record looks like this format's. */
  detect(first: CsvRecord): boolean;
  read(records: CsvRecord[], options: ReadOptions): ParsedRow[];
}

export function emptyRow(line: number): ParsedRow {
  return { line, text: '', when: null, timeZone: null, media: [], networkTexts: {}, segmentTexts: [], campaign: null, errors: [] };
}

/** The text with its link after it, unless the text already carries the link. */
export function withLink(text: string, link: string): string {
  if (!link || text.includes(link)) return text;
  return text ? `${text} ${link}` : link;
}

/** Reads a date cell and a time cell into `row.when`, or adds what is wrong to `row.errors`. */
export function readWhen(row: ParsedRow, date: { value: string; column: string }, time: { value: string; column: string }, order: DateOrder | undefined): void {
  const d = toIsoDate(date.value, order);
  const t = toTime(time.value);
  if ('error' in d) row.errors.push({ column: date.column, message: d.error });
  if ('error' in t) row.errors.push({ column: time.column, message: t.error });
  if ('date' in d && 'time' in t) row.when = { date: d.date, time: t.time };
}

/** The header's columns by lower-case name. */
export function headerIndex(header: CsvRecord): Map<string, number> {
  return new Map(header.cells.map((name, i) => [name.toLowerCase(), i]));
}

/**
 * A file with a header row: its non-blank records, a reader of a record's cell by column name (empty when absent),
 * and the day/month order — the one asked for, else the one the file's `dateColumn` settles.
 */
export function headedRows(records: CsvRecord[], options: ReadOptions, dateColumn: string) {
  const [header, ...rest] = records;
  const index = headerIndex(header!);
  const cell = (r: CsvRecord, name: string) => r.cells[index.get(name) ?? -1] ?? '';
  const rows = rest.filter((r) => !isBlank(r));
  const order = options.dateOrder ?? fileDateOrder(rows.map((r) => cell(r, dateColumn)));
  return { rows, cell, order };
}

/** A URL-ish cell that names a file: split on whitespace (several addresses may share a cell). */
export function mediaCells(...values: Array<string | undefined>): string[] {
  return values.flatMap((v) => (v ? v.split(/[\s|]+/).filter(Boolean) : []));
}
