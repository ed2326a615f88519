/**
 * Polling each active channel's engagement on a schedule. Webhooks (src/features/webhooks) bring Meta and X items
 * within seconds when configured; polling is what every network has, and it catches what a webhook missed. Both
 * store through the same upsert, so an item found twice is one row.
 *
 * Each channel keeps a cursor (`engagement_since`): the newest item seen, minus an overlap, so an item the network
 * indexes a little late is still found on the next poll (the upsert makes the overlap free).
 */
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import type { JobDefinition } from '../../core/jobs.js';
import { asNetworkError } from '../../networks/connector.js';
import { markNeedsReconnect } from '../channels/refresh.js';
import { channelContext } from '../channels/service.js';
import { activeChannel, channelRound, waitAfter } from './channel-rounds.js';
import { storeEngagement } from './service.js';
import { channelSyncRepository } from './sync-repository.js';

/** How often a channel is polled. */
const POLL_EVERY_MS = 5 * 60_000;
/**
 * X meters reads by plan (docs.x.com/x-api/fundamentals/rate-limits: 15-minute windows; monthly read caps on the
 * paid tiers) and one poll costs three reads (our posts, mentions, DMs): every 15 minutes matches its windows.
 */
const POLL_EVERY_MS_BY_NETWORK: Record<string, number> = { x: 15 * 60_000 };
/** Items a network indexes late (search, comment counts) are looked for again for this long. */
const CURSOR_OVERLAP_MS = 10 * 60_000;

/**
 * Sends one reply from the inbox (reply-sender.ts), exactly once. A job whose worker died is handed to another after
 * the queue's expiry; the reply's own lease then tells that worker to ask the network before sending again.
 */
export const engagementReplyJob = {
  name: 'engagement-reply.v1',
  schema: z.object({ replyId: z.uuid() }),
} satisfies JobDefinition<z.ZodType>;

/** Polls are queued by this round, one job per channel whose poll is due. */
export const engagementRound = channelRound({
  name: 'engagement-poll.v1',
  schedule: 'engagement',
  // A failed poll is simply the next round's poll; retries would only add calls against the network's limits.
  retryLimit: 1,
  // A claimed channel whose worker died is polled again after this.
  claimLeaseMs: 10 * 60_000,
});

export type PollOutcome = { kind: 'polled'; found: number; stored: number } | { kind: 'skipped' | 'needs_reconnect' } | { kind: 'retry_later'; atMs: number };

/** Polls one channel: everything since its cursor, stored once; returns what happened. */
export async function pollChannelEngagement(ctx: AppContext, channelId: string, now = Date.now()): Promise<PollOutcome> {
  const db = ctx.database.db;
  const found = await activeChannel(ctx, channelId);
  if (!found) return { kind: 'skipped' };
  const { channel, connector } = found;
  const every = POLL_EVERY_MS_BY_NETWORK[channel.network] ?? POLL_EVERY_MS;
  const sync = await channelSyncRepository.get(db, channelId);
  const since = sync?.engagement_since ?? null;
  try {
    const items = await connector.fetchEngagement(channelContext(ctx, channel), since);
    const stored = await storeEngagement(ctx, channel, items);
    const newest = items.reduce((max, i) => Math.max(max, i.createdAt.getTime() || 0), 0);
    // Never ahead of now (a clock-skewed item), never behind where the cursor already was.
    const candidate = newest ? Math.min(newest, now) - CURSOR_OVERLAP_MS : 0;
    const nextSince = since && since.getTime() >= candidate ? since : candidate > 0 ? new Date(candidate) : since;
    await channelSyncRepository.engagementDone(db, channelId, { since: nextSince, nextAt: new Date(now + every), error: null, polledAt: new Date(now) });
    return { kind: 'polled', found: items.length, stored };
  } catch (error) {
    const err = asNetworkError(error);
    if (err.kind === 'auth') {
      await markNeedsReconnect(ctx, channel, err.message);
      await channelSyncRepository.engagementDone(db, channelId, { since, nextAt: new Date(now + every), error: err.message });
      return { kind: 'needs_reconnect' };
    }
    // A rate limit waits exactly as long as the network asks (never a fixed pause); other failures wait a round.
    const wait = waitAfter(err, every);
    await channelSyncRepository.engagementDone(db, channelId, { since, nextAt: new Date(now + wait), error: err.message });
    ctx.log.warn({ channelId, network: channel.network, kind: err.kind, err: err.message }, 'engagement poll failed');
    return { kind: 'retry_later', atMs: now + wait };
  }
}
