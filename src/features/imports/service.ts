/**
 * Bulk scheduling from a CSV file: read it (csv.ts) in its format (formats/), apply that tool's whole-file rules
 * (rules.ts), then check every row on the same path as `POST …/posts` (rows.ts → posts/service.ts). A dry run stops
 * there and saves nothing. An import downloads the rows' media into the library through the local-address guard
 * (media.ts), then saves every valid row in one transaction, each under its own savepoint so a refused row undoes
 * only itself; with `allOrNothing`, one refused row saves nothing at all.
 */
import type { AppContext } from '../../core/context.js';
import { invalid } from '../../core/errors.js';
import { channelsRepository, type ChannelRow } from '../channels/repository.js';
import { removeMedia } from '../media/service.js';
import { createPostIn, validatePost } from '../posts/service.js';
import { localInstant } from '../posts/schedule.js';
import { isUuid, type WorkspaceAccess } from '../workspaces/access.js';
import { readCsv } from './csv.js';
import { isTimeZone, type DateOrder } from './dates.js';
import { formatOf } from './formats/index.js';
import type { FormatName, ImportFormat, ParsedRow, RowError } from './formats/types.js';
import { downloadMedia, mediaUrlProblem } from './media.js';
import { importsRepository } from './repository.js';
import { lookupsFor } from './resolve.js';
import { refusalErrors, rowPost, violationErrors, type RowPost } from './rows.js';
import { checkFileRules } from './rules.js';

export interface ImportRequest {
  csv: string;
  channelIds: string[];
  format?: FormatName | undefined;
  dateOrder?: DateOrder | undefined;
  timeZone?: string | undefined;
  asDrafts?: boolean | undefined;
  dryRun: boolean;
  allOrNothing?: boolean | undefined;
}

export interface RowOutcome {
  line: number;
  status: 'ok' | 'error';
  scheduledAt?: Date;
  text?: string;
  errors?: RowError[];
}

export interface ImportResult {
  format: FormatName;
  rows: RowOutcome[];
  imported: number;
}

export interface ImportProgress {
  phase: 'checking' | 'downloading' | 'saving';
  done: number;
  total: number;
}

interface Checked {
  row: ParsedRow;
  at: Date | null;
  post: RowPost | null;
}

async function channelsOf(ctx: AppContext, access: WorkspaceAccess, ids: string[]): Promise<ChannelRow[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw invalid('no_channels', 'Choose at least one channel to import the posts to.', 'channelIds');
  const rows = unique.every(isUuid) ? await channelsRepository.findMany(ctx.database.db, access.workspaceId, unique) : [];
  const missing = unique.find((id) => !rows.some((c) => c.id === id));
  if (missing !== undefined) throw invalid('unknown_channel', `Channel ${missing} is not connected in this workspace.`, 'channelIds');
  return unique.map((id) => rows.find((c) => c.id === id)!);
}

/** Reads and checks every row; nothing is saved or downloaded. */
async function checkRows(ctx: AppContext, access: WorkspaceAccess, req: ImportRequest, progress: (p: ImportProgress) => void) {
  const zone = req.timeZone ?? access.timezone;
  if (!isTimeZone(zone)) throw invalid('invalid_time_zone', `"${zone}" is not a time zone; use an IANA name such as Europe/Paris.`, 'timeZone');
  const channels = await channelsOf(ctx, access, req.channelIds);
  const { format, records } = formatOf(readCsv(req.csv), req.format);
  const rows = format.read(records, { dateOrder: req.dateOrder });
  const timed = rows.map((row) => ({ row, at: row.when && !req.asDrafts ? localInstant(row.when, row.timeZone ?? zone) : null }));
  checkFileRules(timed, format.rules, format.columns, channels.length);
  const lookups = await lookupsFor(ctx.database.db, access.workspaceId, rows);
  const checked: Checked[] = [];
  for (const [i, { row, at }] of timed.entries()) {
    checked.push({ row, at, post: row.errors.length ? null : await checkRow(ctx, access, format, row, rowPost(row, at, channels, format.columns, lookups)) });
    progress({ phase: 'checking', done: i + 1, total: timed.length });
  }
  return { format, checked };
}

async function checkRow(ctx: AppContext, access: WorkspaceAccess, format: ImportFormat, row: ParsedRow, post: RowPost): Promise<RowPost | null> {
  for (const url of post.urls) {
    const problem = await mediaUrlProblem(url);
    if (problem) row.errors.push({ column: format.columns.media, message: problem });
  }
  if (row.errors.length) return null;
  try {
    const { violations } = await validatePost(ctx, access, post.input);
    row.errors.push(...violationErrors(violations, row, format.columns));
  } catch (error) {
    row.errors.push(...refusalErrors(error, row, format.columns));
  }
  return row.errors.length ? null : post;
}

function outcome({ row, at }: Checked): RowOutcome {
  const base = { line: row.line, text: row.text, ...(at && { scheduledAt: at }) };
  return row.errors.length ? { ...base, status: 'error', errors: row.errors } : { ...base, status: 'ok' };
}

/** Each address once, into the library; a row whose file fails gets the error on its media column. */
async function downloadAll(ctx: AppContext, access: WorkspaceAccess, format: ImportFormat, valid: Checked[], progress: (p: ImportProgress) => void) {
  const byUrl = new Map<string, { id: string } | { error: string }>();
  const urls = [...new Set(valid.flatMap((c) => c.post!.urls))];
  for (const [i, url] of urls.entries()) {
    byUrl.set(url, await downloadMedia(ctx, access, url));
    progress({ phase: 'downloading', done: i + 1, total: urls.length });
  }
  for (const c of valid) {
    for (const url of c.post!.urls) {
      const got = byUrl.get(url)!;
      if ('error' in got) c.row.errors.push({ column: format.columns.media, message: got.error });
      else c.post!.input.mediaIds = [...(c.post!.input.mediaIds ?? []), got.id];
    }
  }
  return [...byUrl.values()].flatMap((v) => ('id' in v ? [v.id] : []));
}

class ImportAborted extends Error {}

/** Saves the rows in one transaction (a savepoint per row); the number saved, or 0 when allOrNothing aborted it. */
async function saveAll(ctx: AppContext, access: WorkspaceAccess, format: ImportFormat, rows: Checked[], allOrNothing: boolean, progress: (p: ImportProgress) => void) {
  let saved = 0;
  try {
    await ctx.database.db.transaction().execute(async (trx) => {
      for (const [i, c] of rows.entries()) {
        try {
          await importsRepository.inSavepoint(trx, i, () => createPostIn(ctx, trx, access, c.post!.input));
          saved++;
        } catch (error) {
          c.row.errors.push(...refusalErrors(error, c.row, format.columns));
          if (allOrNothing) throw new ImportAborted();
        }
        progress({ phase: 'saving', done: i + 1, total: rows.length });
      }
    });
  } catch (error) {
    if (error instanceof ImportAborted) return 0;
    throw error;
  }
  return saved;
}

/** A dry run or an import; `progress` hears each step (for a streamed answer or a terminal's bar). */
export async function runImport(ctx: AppContext, access: WorkspaceAccess, req: ImportRequest, progress: (p: ImportProgress) => void = () => {}): Promise<ImportResult> {
  const { format, checked } = await checkRows(ctx, access, req, progress);
  const result = () => ({ format: format.name, rows: checked.map(outcome) });
  const failed = () => checked.some((c) => c.row.errors.length > 0);
  if (req.dryRun || (req.allOrNothing && failed())) return { ...result(), imported: 0 };
  let valid = checked.filter((c) => c.post);
  const downloaded = await downloadAll(ctx, access, format, valid, progress);
  valid = valid.filter((c) => c.row.errors.length === 0);
  const imported = req.allOrNothing && failed() ? 0 : await saveAll(ctx, access, format, valid, req.allOrNothing ?? false, progress);
  // Files fetched for rows that were not saved would sit unused in the library: they go again.
  const kept = new Set(imported ? valid.filter((c) => c.row.errors.length === 0).flatMap((c) => c.post!.input.mediaIds ?? []) : []);
  for (const id of downloaded.filter((d) => !kept.has(d))) await removeMedia(ctx, access.workspaceId, id);
  return { ...result(), imported };
}
