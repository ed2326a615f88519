/**
 * Reading feeds: any worker queues the due ones (claimed with row locks, so each is read by one job), the job reads
 * the feed and posts its new entries, and `POST …/feeds/{id}/check` reads one now and answers what would be posted.
 *
 * The first read of a new feed posts nothing: it only records the entries already there. A feed usually lists its
 * last 10–50 entries, and posting those at once would flood the channels with a back-catalogue nobody asked for;
 * from then on only entries that appear later are posted.
 *
 * Entries are taken for posting with the feed's row locked, and each is recorded under the feed's primary key
 * (feed, GUID) before it is posted: two workers reading the same feed at once post each entry once, and the daily
 * cap (counted on the first channel's audience clock) cannot be passed by both at the same moment. An entry over the
 * day's cap is left unrecorded, so it goes out on a later day while the feed still lists it.
 *
 * @example
 *   await queueDueFeeds(ctx);              // every minute, any worker
 *   await readFeed(ctx, feedId);           // the job
 */
import type { AppContext } from '../../core/context.js';
import type { Queryable } from '../../db/database.js';
import { queueRepository } from '../queue/repository.js';
import type { WorkspaceAccess } from '../workspaces/access.js';
import { feedEntries, FeedFormatError, type FeedEntry } from './entries.js';
import { fetchFeed, type FeedResponse } from './fetch.js';
import { feedReadJob } from './jobs.js';
import { posterOf, postEntry, textsFor } from './post-entry.js';
import { feedsRepository as repo, type FeedRow } from './repository.js';
import { getFeed } from './service.js';

const MINUTE = 60_000;
/** How often a working feed is read: often enough for news, rarely enough to be polite to small blogs. */
export const FEED_INTERVAL_MS = 15 * MINUTE;
/** A broken feed waits twice as long after each failure, up to a day: reported, never retried in a tight loop. */
export const MAX_BACKOFF_MS = 24 * 60 * MINUTE;
/** A claimed feed is not queued again while its job runs (longer than a read's time limit). */
const LEASE_MS = 10 * MINUTE;

export function backoffAfter(failures: number): number {
  return Math.min(FEED_INTERVAL_MS * 2 ** Math.max(0, failures - 1), MAX_BACKOFF_MS);
}

/** Claims the due feeds, moves each out of reach for a while and queues its read, in one transaction. */
export async function queueDueFeeds(ctx: AppContext, now = new Date()): Promise<number> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const due = await repo.lockDue(trx, now, 50);
    for (const feed of due) {
      await repo.setNextCheck(trx, feed.id, new Date(now.getTime() + LEASE_MS));
      await ctx.jobs.send(feedReadJob, { feedId: feed.id }, { trx });
    }
    return due.length;
  });
}

/** The clock the daily cap is counted on: the first channel's audience zone, else the workspace's. */
async function feedClock(db: Queryable, feed: FeedRow): Promise<string> {
  const channels = await queueRepository.channels(db, feed.workspace_id, feed.channel_ids);
  const first = feed.channel_ids.map((id) => channels.find((c) => c.id === id)).find((c) => c !== undefined);
  if (first) return first.timeZone;
  const ws = await db.selectFrom('workspaces').select('timezone').where('id', '=', feed.workspace_id).executeTakeFirst();
  return ws?.timezone ?? 'UTC';
}

/** YYYY-MM-DD on the zone's clock. */
export function localDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The entries to post now: none on the first read (it records them), else the new ones up to the day's cap. */
async function takeEntries(ctx: AppContext, feedId: string, entries: FeedEntry[], now: Date): Promise<{ feed: FeedRow; taken: FeedEntry[] } | null> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const feed = await repo.lock(trx, feedId);
    if (!feed || !feed.active) return null;
    const known = await repo.knownKeys(trx, feed.id, entries.map((e) => e.key));
    const fresh = entries.filter((e) => !known.has(e.key));
    if (!feed.primed_at) {
      for (const e of fresh) await repo.insertItem(trx, feed.id, e, null);
      await repo.markPrimed(trx, feed.id, now);
      return { feed, taken: [] };
    }
    const day = localDay(now, await feedClock(trx, feed));
    const left = feed.daily_cap - (await repo.takenOn(trx, feed.id, day));
    const taken: FeedEntry[] = [];
    for (const e of fresh) {
      if (taken.length >= left) break;
      if (await repo.insertItem(trx, feed.id, e, day)) taken.push(e);
    }
    return { feed, taken };
  });
}

async function fail(ctx: AppContext, feed: FeedRow, error: string, now: Date): Promise<void> {
  const failures = feed.failures + 1;
  await repo.recordOutcome(ctx.database.db, feed.id, { status: 'error', error, failures, nextCheckAt: new Date(now.getTime() + backoffAfter(failures)) }, now);
  ctx.log.warn({ feedId: feed.id, failures, error }, 'feed read failed');
}

/** What a read of a feed did, for the worker's log and the tests. */
export interface ReadResult {
  status: 'ok' | 'error' | 'skipped';
  posted: number;
  error?: string;
}

/** Reads one feed and posts its new entries (the job). */
export async function readFeed(ctx: AppContext, feedId: string, now = new Date(), fetcher?: typeof fetch): Promise<ReadResult> {
  const feed = await repo.findById(ctx.database.db, feedId);
  if (!feed || !feed.active) return { status: 'skipped', posted: 0 };
  const next = new Date(now.getTime() + FEED_INTERVAL_MS);
  const response = await fetchFeed(feed.url, { etag: feed.etag, lastModified: feed.last_modified }, fetcher);
  if (response.kind === 'failed') return failed(ctx, feed, response.error, now);
  if (response.kind === 'unchanged') {
    await repo.recordOutcome(ctx.database.db, feed.id, { status: 'ok', error: null, failures: 0, nextCheckAt: next }, now);
    return { status: 'ok', posted: 0 };
  }
  const entries = parsed(response);
  if (typeof entries === 'string') return failed(ctx, feed, entries, now);
  const poster = await posterOf(ctx.database.db, feed);
  if (!poster) return failed(ctx, feed, 'The person who added this feed is no longer in the workspace or may no longer post; remove the feed and add it again.', now);
  const took = await takeEntries(ctx, feed.id, entries, now);
  if (!took) return { status: 'skipped', posted: 0 };
  // The validators are kept only once the entries are taken: a 304 next time must not hide entries never taken.
  await repo.recordOutcome(ctx.database.db, feed.id, { status: 'ok', error: null, failures: 0, nextCheckAt: next, etag: response.etag, lastModified: response.lastModified }, now);
  return postTaken(ctx, took.feed, poster, took.taken, now, next);
}

async function failed(ctx: AppContext, feed: FeedRow, error: string, now: Date): Promise<ReadResult> {
  await fail(ctx, feed, error, now);
  return { status: 'error', posted: 0, error };
}

function parsed(response: Extract<FeedResponse, { kind: 'body' }>): FeedEntry[] | string {
  try {
    return feedEntries(response.text);
  } catch (error) {
    if (error instanceof FeedFormatError) return error.message;
    throw error;
  }
}

/** Posts the taken entries; an entry a network refuses is recorded as failed and shown on the feed. */
async function postTaken(ctx: AppContext, feed: FeedRow, poster: WorkspaceAccess, taken: FeedEntry[], now: Date, next: Date): Promise<ReadResult> {
  let posted = 0;
  let lastError: string | null = null;
  for (const entry of taken) {
    const outcome = await postEntry(ctx, feed, poster, entry);
    if ('postId' in outcome) {
      posted++;
      await repo.finishItem(ctx.database.db, feed.id, entry.key, 'posted', outcome.postId, null);
    } else {
      lastError = outcome.error;
      await repo.finishItem(ctx.database.db, feed.id, entry.key, 'failed', null, outcome.error);
    }
  }
  if (lastError) {
    // The feed itself was read: its next read is at the usual time; the refusal is shown until a read posts cleanly.
    await repo.recordOutcome(ctx.database.db, feed.id, { status: 'error', error: lastError, failures: 0, nextCheckAt: next }, now);
    return { status: 'error', posted, error: lastError };
  }
  return { status: 'ok', posted };
}

/** An entry as the preview shows it. */
export interface PreviewEntry {
  key: string;
  title: string;
  link: string | null;
  publishedAt: Date | null;
  /** The post's text on the feed's first channel. */
  text: string;
  /** Posted on the next read (new, within today's cap, and not the first read). */
  willPost: boolean;
  /** Already seen (posted, or recorded on the first read). */
  seen: boolean;
}

export interface FeedCheck {
  status: 'ok' | 'error';
  error: string | null;
  firstRead: boolean;
  remainingToday: number;
  entries: PreviewEntry[];
}

const PREVIEW_ENTRIES = 20;

/** Reads the feed now (unconditionally, without posting or remembering anything but its status) and previews it. */
export async function checkFeed(ctx: AppContext, access: WorkspaceAccess, id: string, now = new Date(), fetcher?: typeof fetch): Promise<FeedCheck> {
  const feed = await getFeed(ctx, access, id);
  const db = ctx.database.db;
  const response = await fetchFeed(feed.url, null, fetcher);
  const entries = response.kind === 'body' ? parsed(response) : response.kind === 'failed' ? response.error : 'The feed answered 304 Not Modified to a plain request.';
  const keep = { failures: feed.failures, nextCheckAt: feed.next_check_at };
  if (typeof entries === 'string') {
    await repo.recordOutcome(db, feed.id, { status: 'error', error: entries, ...keep }, now);
    return { status: 'error', error: entries, firstRead: !feed.primed_at, remainingToday: 0, entries: [] };
  }
  await repo.recordOutcome(db, feed.id, { status: 'ok', error: null, ...keep }, now);
  const known = await repo.knownKeys(db, feed.id, entries.map((e) => e.key));
  const remainingToday = Math.max(0, feed.daily_cap - (await repo.takenOn(db, feed.id, localDay(now, await feedClock(db, feed)))));
  const next = new Set(feed.primed_at ? entries.filter((e) => !known.has(e.key)).slice(0, remainingToday).map((e) => e.key) : []);
  const shown = entries.slice(-PREVIEW_ENTRIES).reverse();
  const out: PreviewEntry[] = [];
  for (const e of shown) {
    const text = (await textsFor(ctx, db, feed, e)).values().next().value ?? '';
    out.push({ key: e.key, title: e.title, link: e.link, publishedAt: e.publishedAt, text, willPost: next.has(e.key), seen: known.has(e.key) });
  }
  return { status: 'ok', error: null, firstRead: !feed.primed_at, remainingToday, entries: out };
}
