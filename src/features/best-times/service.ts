/**
 * Best time to post: importing a channel's history from a CSV export, the channel's audience time zone, and the
 * recommended weekday × hour slots (estimate.ts) from the imported history and Chorus's own published posts.
 */
import type { AppContext } from '../../core/context.js';
import { invalid, notFound } from '../../core/errors.js';
import type { Queryable } from '../../db/database.js';
import type { WorkspaceAccess } from '../workspaces/access.js';
import { estimateBestTimes, type PastPost, type Slot } from './estimate.js';
import { readHistory, type RowError } from './history.js';
import { bestTimesRepository as repo, type ChannelZones } from './repository.js';

export interface ImportResult {
  imported: number;
  /** Rows already stored (an earlier import, or twice in this file). */
  skipped: number;
  errors: RowError[];
}

async function channelOf(ctx: AppContext, access: WorkspaceAccess, channelId: string): Promise<ChannelZones> {
  const channel = await repo.channelZones(ctx.database.db, access.workspaceId, channelId);
  if (!channel) throw notFound('Channel');
  return channel;
}

/** The canonical name of an IANA zone ("europe/paris" → "Europe/Paris"), or a 422 naming the field. */
export function checkTimeZone(zone: string, field = 'timeZone'): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    throw invalid('invalid_time_zone', `Unknown time zone "${zone}": use an IANA name such as "Europe/Paris" or "America/New_York".`, field);
  }
}

/**
 * Reads a history file and stores its readable rows in one transaction: a failure stores none of them. The file is
 * read (`readFile`) only once the channel is known to be the workspace's: another workspace's channel is a 404
 * whatever was sent.
 */
export async function importHistory(ctx: AppContext, access: WorkspaceAccess, channelId: string, readFile: () => Promise<string>): Promise<ImportResult> {
  await channelOf(ctx, access, channelId);
  const { posts, errors } = readHistory(await readFile(), new Date());
  const imported = await ctx.database.db.transaction().execute((trx) => repo.addHistory(trx, access.workspaceId, channelId, posts));
  return { imported, skipped: posts.length - imported, errors };
}

export async function setAudienceTimeZone(ctx: AppContext, access: WorkspaceAccess, channelId: string, timeZone: string | null) {
  const zone = timeZone === null ? null : checkTimeZone(timeZone);
  if (!(await repo.setAudienceTimeZone(ctx.database.db, access.workspaceId, channelId, zone))) throw notFound('Channel');
  const channel = await channelOf(ctx, access, channelId);
  return { timeZone: channel.audienceTimeZone ?? channel.workspaceTimeZone, audienceTimeZone: channel.audienceTimeZone };
}

/**
 * The imported history and Chorus's own publications, each post once: an imported row at the same minute as one of
 * Chorus's publications is that publication (an export of a channel Chorus already posts to), and Chorus's is kept.
 */
function mergeHistory(imported: PastPost[], own: PastPost[]): PastPost[] {
  const minute = (p: PastPost) => Math.floor(p.publishedAt.getTime() / 60_000);
  const ownMinutes = new Set(own.map(minute));
  return [...own, ...imported.filter((p) => !ownMinutes.has(minute(p)))];
}

/** The `count` best slots of the channel's week in `timeZone` (else its audience's, else the workspace's). */
export async function bestTimes(ctx: AppContext, access: WorkspaceAccess, channelId: string, query: { count: number; timeZone?: string | undefined }): Promise<{ timeZone: string; slots: Slot[] }> {
  const channel = await channelOf(ctx, access, channelId);
  const timeZone = checkTimeZone(query.timeZone ?? channel.audienceTimeZone ?? channel.workspaceTimeZone);
  return { timeZone, slots: (await channelEstimate(ctx.database.db, channelId, timeZone)).slice(0, query.count) };
}

/** All 168 slots of a channel's week in `timeZone`, best first (the channel is known to be the caller's). */
export async function channelEstimate(db: Queryable, channelId: string, timeZone: string): Promise<Slot[]> {
  const [imported, own] = await Promise.all([repo.history(db, channelId), repo.publishedWithMetrics(db, channelId)]);
  return estimateBestTimes(mergeHistory(imported, own), timeZone);
}
