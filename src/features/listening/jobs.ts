/**
 * Searching each active query on each of its channels on a schedule. The round claims due (query, channel) pairs with
 * a lease (listening_runs, as channel_sync does for the engagement polls) and queues one job each; the job searches,
 * keeps what the query allows (filter.ts), stores it in the inbox as `listening` items through the engagement upsert
 * (one row per channel and external id, however often it is found) and records which query found it.
 *
 * Each pair keeps a cursor (`since`): the newest match seen, minus an overlap for posts a network indexes late.
 */
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import type { JobDefinition } from '../../core/jobs.js';
import { asNetworkError, type SearchQuery } from '../../networks/connector.js';
import { markNeedsReconnect } from '../channels/refresh.js';
import { channelContext } from '../channels/service.js';
import { activeChannel, waitAfter } from '../engagement/channel-rounds.js';
import { storeEngagement } from '../engagement/service.js';
import { keepMatch } from './filter.js';
import { listeningRepository } from './repository.js';

/** How often a pair is searched. */
const SEARCH_EVERY_MS = 5 * 60_000;
/**
 * X meters reads by plan (docs.x.com/x-api/fundamentals/rate-limits: 15-minute windows, monthly caps on paid tiers),
 * as the engagement poll does: one search per query every 15 minutes.
 */
const SEARCH_EVERY_MS_BY_NETWORK: Record<string, number> = { x: 15 * 60_000 };
const CURSOR_OVERLAP_MS = 10 * 60_000;
/** A claimed pair whose worker died is searched again after this. */
const CLAIM_LEASE_MS = 10 * 60_000;

export const ListeningJobPayload = z.object({ queryId: z.uuid(), channelId: z.uuid() });

// A failed search is simply the next round's search; retries would only add calls against the network's limits.
export const listeningJob = { name: 'listening-search.v1', schema: ListeningJobPayload, retryLimit: 1 } satisfies JobDefinition<typeof ListeningJobPayload>;

/** Claims the due pairs and queues one job each; returns how many. */
export async function queueDueSearches(ctx: AppContext): Promise<number> {
  const due = await listeningRepository.claimDue(ctx.database.db, CLAIM_LEASE_MS);
  for (const pair of due) await ctx.jobs.send(listeningJob, pair);
  return due.length;
}

export type SearchOutcome = { kind: 'searched'; found: number; kept: number; stored: number } | { kind: 'skipped' | 'needs_reconnect' } | { kind: 'retry_later'; atMs: number };

/** Searches one query on one channel: everything since the pair's cursor, stored once; returns what happened. */
export async function searchQueryOnChannel(ctx: AppContext, queryId: string, channelId: string, now = Date.now()): Promise<SearchOutcome> {
  const db = ctx.database.db;
  const query = await listeningRepository.findById(db, queryId);
  const found = await activeChannel(ctx, channelId);
  // A query paused or deleted, a channel taken off it or gone, a network without search: nothing to do.
  if (!query || !query.active || !query.channel_ids.includes(channelId) || !found || found.channel.workspace_id !== query.workspace_id) return { kind: 'skipped' };
  const { channel, connector } = found;
  if (!connector.search) return { kind: 'skipped' };
  const every = SEARCH_EVERY_MS_BY_NETWORK[channel.network] ?? SEARCH_EVERY_MS;
  const since = (await listeningRepository.getRun(db, queryId, channelId))?.since ?? null;
  const search: SearchQuery = { keywords: query.keywords, hashtags: query.hashtags, exclude: query.exclude, languages: query.languages };
  try {
    const items = await connector.search(channelContext(ctx, channel), search, since);
    const own = await listeningRepository.ownAccounts(db, query.workspace_id, channel.network);
    const kept = items.filter((item) => keepMatch(item, search, own)).map((item) => ({ ...item, kind: 'listening' as const, inReplyTo: null }));
    const stored = await storeEngagement(ctx, channel, kept);
    await listeningRepository.addMatches(db, queryId, channelId, kept.map((i) => i.externalId));
    const newest = items.reduce((max, i) => Math.max(max, i.createdAt.getTime() || 0), 0);
    // Never ahead of now (a clock-skewed post), never behind where the cursor already was.
    const candidate = newest ? Math.min(newest, now) - CURSOR_OVERLAP_MS : 0;
    const nextSince = since && since.getTime() >= candidate ? since : candidate > 0 ? new Date(candidate) : since;
    await listeningRepository.runDone(db, queryId, channelId, { since: nextSince, nextAt: new Date(now + every), error: null, searchedAt: new Date(now) });
    return { kind: 'searched', found: items.length, kept: kept.length, stored };
  } catch (error) {
    const err = asNetworkError(error);
    if (err.kind === 'auth') {
      await markNeedsReconnect(ctx, channel, err.message);
      await listeningRepository.runDone(db, queryId, channelId, { since, nextAt: new Date(now + every), error: err.message });
      return { kind: 'needs_reconnect' };
    }
    // A rate limit waits exactly as long as the network asks (Retry-After), never a fixed pause; other failures wait a round.
    const wait = waitAfter(err, every);
    await listeningRepository.runDone(db, queryId, channelId, { since, nextAt: new Date(now + wait), error: err.message });
    ctx.log.warn({ queryId, channelId, network: channel.network, kind: err.kind, err: err.message }, 'listening search failed');
    return { kind: 'retry_later', atMs: now + wait };
  }
}
