/**
 * A workspace's calendar feed (issue 15): a secret address that calendar clients subscribe to, listing the
 * workspace's scheduled and published publications. The token is shown once, when made or rotated; only its SHA-256
 * is kept, and the public route finds the feed by that hash (an index lookup, so no secret is compared byte by byte).
 *
 * @example
 * const { url } = await createOrRotateFeed(ctx, access); // https://chorus.example/calendar/chc_….ics
 */
import type { AppContext } from '../../core/context.js';
import { auditRepository } from '../audit/repository.js';
import { hashSecret, newSecret } from '../auth/secrets.js';
import type { WorkspaceAccess } from '../workspaces/access.js';
import { calendarText } from './ics.js';
import { calendarFeedRepository as repo } from './repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** What a subscriber sees: the recent past (to check what went out) and the coming year. */
export const FEED_DAYS_BEFORE = 30;
export const FEED_DAYS_AFTER = 365;

/** base64url of 32 random bytes behind a `chc_` prefix: anything else is not a feed token and is not looked up. */
const TOKEN_SHAPE = /^chc_[A-Za-z0-9_-]{43}$/;

export interface FeedStatus {
  exists: boolean;
  createdAt: string | null;
}

export async function feedStatus(ctx: AppContext, workspaceId: string): Promise<FeedStatus> {
  const row = await repo.find(ctx.database.db, workspaceId);
  return { exists: row !== undefined, createdAt: row?.created_at.toISOString() ?? null };
}

/** Makes the feed, or gives it a new address (the old one answers 404 from now on). Audited, without the token. */
export async function createOrRotateFeed(ctx: AppContext, access: WorkspaceAccess): Promise<{ url: string; createdAt: string }> {
  const token = newSecret('chc_');
  const saved = await ctx.database.db.transaction().execute(async (trx) => {
    const row = await repo.upsert(trx, access.workspaceId, hashSecret(token), access.userId);
    await auditRepository.recordBy(trx, access, { action: 'calendar_feed.created', targetType: 'calendar_feed', targetId: access.workspaceId, data: { rotated: row.rotated } });
    return row;
  });
  return { url: `${ctx.config.publicUrl}/calendar/${token}.ics`, createdAt: saved.created_at.toISOString() };
}

/** Revokes the feed; false when there was none. Audited. */
export async function revokeFeed(ctx: AppContext, access: WorkspaceAccess): Promise<boolean> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const removed = await repo.remove(trx, access.workspaceId);
    if (removed) await auditRepository.recordBy(trx, access, { action: 'calendar_feed.revoked', targetType: 'calendar_feed', targetId: access.workspaceId });
    return removed;
  });
}

/** The iCalendar text a token opens, or null for a malformed, unknown or revoked token. */
export async function feedCalendar(ctx: AppContext, token: string, now = new Date()): Promise<string | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const workspace = await repo.workspaceOfToken(ctx.database.db, hashSecret(token));
  if (!workspace) return null;
  const from = new Date(now.getTime() - FEED_DAYS_BEFORE * DAY_MS);
  const to = new Date(now.getTime() + FEED_DAYS_AFTER * DAY_MS);
  const publications = await repo.publicationsBetween(ctx.database.db, workspace.id, from, to);
  return calendarText({ name: workspace.name, publicUrl: ctx.config.publicUrl, now, publications });
}
