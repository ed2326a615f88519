/**
 * Reading a history export: a header row naming `published_at`, `impressions`, `engagements` and optionally
 * `clicks` (any case, any order, other columns ignored), then one post per row. Rows that cannot be read are named by
 * the row number a spreadsheet shows (the header is row 1) and left out; the others are kept. Pure: no I/O.
 *
 * @example
 *   readHistory('Published_At,Impressions,Engagements\n2026-11-17T10:00:00Z,1200,36\n', new Date());
 *   // { posts: [{ publishedAt: 2026-11-17T10:00:00Z, impressions: 1200, engagements: 36, clicks: null }], errors: [] }
 */
import { invalid } from '../../core/errors.js';
import { parseCsv } from './csv.js';

/** At most this many posts per file: a year of 250 posts a day, far beyond any channel's export. */
export const MAX_HISTORY_ROWS = 100_000;
/** At most this many bytes per file (a 100,000-row export with a few extra columns stays under it). */
export const MAX_HISTORY_BYTES = 5 * 1024 * 1024;
/** Errors listed per import: enough to fix a file, without answering megabytes for a file of the wrong kind. */
const MAX_ERRORS = 100;

export interface HistoryPost {
  publishedAt: Date;
  impressions: number;
  engagements: number;
  clicks: number | null;
}

export interface RowError {
  line: number;
  message: string;
}

const REQUIRED = ['published_at', 'impressions', 'engagements'] as const;
// An instant needs its offset: "10:00" alone is ten o'clock somewhere, and the hour is the whole point here.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)$/i;
/** Counts as exports write them: digits, optionally grouped by thousands ("1,200", "1 200"). */
const COUNT = /^(\d+|\d{1,3}([, \u00a0\u202f]\d{3})+)$/;
const MAX_COUNT = Number.MAX_SAFE_INTEGER;

function readCount(raw: string | undefined, column: string, required: boolean): number | null | string {
  const value = (raw ?? '').trim();
  if (value === '') return required ? `"${column}" is empty: write a whole number (0 or more).` : null;
  if (!COUNT.test(value)) return `"${column}" is "${value.slice(0, 40)}", not a whole number of 0 or more.`;
  const n = Number(value.replace(/[, \u00a0\u202f]/g, ''));
  return n <= MAX_COUNT ? n : `"${column}" is too large.`;
}

function readInstant(raw: string | undefined, now: Date): Date | string {
  const value = (raw ?? '').trim();
  if (!ISO_INSTANT.test(value)) {
    return `"published_at" is "${value.slice(0, 40)}", not an ISO 8601 date and time with its offset (e.g. 2026-11-17T10:00:00Z or 2026-11-17T11:00:00+01:00).`;
  }
  const at = new Date(value.replace(' ', 'T'));
  if (Number.isNaN(at.getTime())) return `"published_at" is "${value}", which is not a real date.`;
  if (at.getTime() > now.getTime() + 60_000) return `"published_at" is ${at.toISOString()}, in the future: history is what was already published.`;
  return at;
}

/** The column of each field, or a 422 naming the first required column the header lacks. */
function columnsOf(header: string[]): { published_at: number; impressions: number; engagements: number; clicks: number } {
  const names = header.map((h) => h.trim().toLowerCase());
  const at = (name: string) => names.indexOf(name);
  for (const name of REQUIRED) {
    if (at(name) < 0) {
      throw invalid('history_column_missing', `The header row has no "${name}" column; it needs published_at, impressions and engagements (clicks optional).`, 'file', undefined, { column: name });
    }
  }
  return { published_at: at('published_at'), impressions: at('impressions'), engagements: at('engagements'), clicks: at('clicks') };
}

function readRow(cells: string[], columns: ReturnType<typeof columnsOf>, now: Date): HistoryPost | string {
  const publishedAt = readInstant(cells[columns.published_at], now);
  if (typeof publishedAt === 'string') return publishedAt;
  const impressions = readCount(cells[columns.impressions], 'impressions', true);
  if (typeof impressions !== 'number') return impressions ?? '';
  const engagements = readCount(cells[columns.engagements], 'engagements', true);
  if (typeof engagements !== 'number') return engagements ?? '';
  const clicks = columns.clicks >= 0 ? readCount(cells[columns.clicks], 'clicks', false) : null;
  if (typeof clicks === 'string') return clicks;
  return { publishedAt, impressions, engagements, clicks };
}

/** The posts of a history file and the rows refused (at most 100 listed; `errorCount` counts them all). */
export function readHistory(text: string, now: Date): { posts: HistoryPost[]; errors: RowError[]; errorCount: number } {
  const { rows, error } = parseCsv(text);
  const columns = columnsOf(rows[0] ?? []);
  if (rows.length - 1 > MAX_HISTORY_ROWS) {
    throw invalid('history_too_large', `The file has ${rows.length - 1} rows; import at most ${MAX_HISTORY_ROWS} at a time (split it).`, 'file', undefined, { max: MAX_HISTORY_ROWS });
  }
  const posts: HistoryPost[] = [];
  const errors: RowError[] = [];
  let errorCount = 0;
  const refuse = (line: number, message: string) => {
    errorCount += 1;
    if (errors.length < MAX_ERRORS) errors.push({ line, message });
  };
  rows.forEach((cells, i) => {
    if (i === 0 || cells.every((c) => c.trim() === '')) return;
    const post = readRow(cells, columns, now);
    if (typeof post === 'string') refuse(i + 1, post);
    else posts.push(post);
  });
  if (error) refuse(error.line, error.message);
  return { posts, errors, errorCount };
}
