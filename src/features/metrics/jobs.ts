/**
 * Collecting publications' metrics on a schedule, stored as a time series. The API never asks a network live:
 * pages read the series (fast, works while a network is down or rate-limited, and costs no API quota per view).
 *
 * Cadence: hourly for the first 7 days after publishing, then daily until 30 days, then never. Most of a post's
 * engagement happens in its first hours and days, where an hourly curve is worth having; after a week counts barely
 * move, and a daily point keeps the long tail visible for a fraction of the calls. 30 days is where the networks
 * stop reporting the richer numbers (X: `non_public_metrics` only for the last 30 days,
 * docs.x.com/x-api/fundamentals/metrics) and where reports stop looking. A channel with 100 posts a month costs
 * about 100 × (168 + 23) ≈ 19,000 lookups a month, batched by the connectors (X: 100 posts a request).
 */
import type { AppContext } from '../../core/context.js';
import { asNetworkError } from '../../networks/connector.js';
import { collectAccountMetrics } from '../account-metrics/service.js';
import { markNeedsReconnect } from '../channels/refresh.js';
import { channelContext } from '../channels/service.js';
import { activeChannel, channelRound, waitAfter } from '../engagement/channel-rounds.js';
import { channelSyncRepository } from '../engagement/sync-repository.js';
import { metricsRepository, type CollectablePublication } from './repository.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const HOURLY_FOR_MS = 7 * DAY;
const COLLECT_FOR_MS = 30 * DAY;
/** A point is due slightly before its full interval, so an hourly round a few seconds early does not skip an hour. */
const SLACK = 0.9;
/** Each channel is looked at this often; what is due inside it follows the cadence above. */
const ROUND_MS = HOUR;

/** Collections are queued by this round, one job per channel whose metrics round is due. */
export const metricsRound = channelRound({
  name: 'metrics-collect.v1',
  schedule: 'metrics',
  // The next round collects again; retries would only spend more of the network's quota.
  retryLimit: 1,
  claimLeaseMs: HOUR,
});

/** Whether a publication needs a new point now (hourly, then daily, then never). */
export function metricsDue(p: Pick<CollectablePublication, 'published_at' | 'last_fetched_at'>, now = Date.now()): boolean {
  const age = now - p.published_at.getTime();
  if (age > COLLECT_FOR_MS) return false;
  if (!p.last_fetched_at) return true;
  const interval = age <= HOURLY_FOR_MS ? HOUR : DAY;
  return now - p.last_fetched_at.getTime() >= interval * SLACK;
}

export type CollectOutcome = { kind: 'collected'; points: number } | { kind: 'skipped' | 'needs_reconnect' } | { kind: 'retry_later'; atMs: number };

/** Collects one channel's due publications in one connector call and stores a point for each answer. */
export async function collectChannelMetrics(ctx: AppContext, channelId: string, now = Date.now()): Promise<CollectOutcome> {
  const db = ctx.database.db;
  const found = await activeChannel(ctx, channelId);
  if (!found) return { kind: 'skipped' };
  const { channel, connector } = found;
  // The account's own figures ride on the same round, once a day; their failure never holds the posts' metrics.
  await collectAccountMetrics(ctx, channel, connector, new Date(now));
  const due = (await metricsRepository.publishedSince(db, channelId, new Date(now - COLLECT_FOR_MS))).filter((p) => metricsDue(p, now));
  if (due.length === 0) {
    await channelSyncRepository.metricsDone(db, channelId, new Date(now + ROUND_MS), null);
    return { kind: 'collected', points: 0 };
  }
  try {
    const metrics = await connector.fetchMetrics(channelContext(ctx, channel), [...new Set(due.map((p) => p.external_id))]);
    const byExternalId = new Map(metrics.map((m) => [m.externalId, m]));
    // Posts the network no longer has (deleted there) get no point; they stop being due after 30 days.
    const points = due.flatMap((p) => {
      const m = byExternalId.get(p.external_id);
      return m ? [{ publicationId: p.id, metrics: m }] : [];
    });
    await metricsRepository.addPoints(db, points);
    await channelSyncRepository.metricsDone(db, channelId, new Date(now + ROUND_MS), null);
    return { kind: 'collected', points: points.length };
  } catch (error) {
    const err = asNetworkError(error);
    if (err.kind === 'auth') {
      await markNeedsReconnect(ctx, channel, err.message);
      await channelSyncRepository.metricsDone(db, channelId, new Date(now + ROUND_MS), err.message);
      return { kind: 'needs_reconnect' };
    }
    // A rate limit is honoured to the millisecond the network gives; other failures wait for the next round.
    const wait = waitAfter(err, ROUND_MS);
    await channelSyncRepository.metricsDone(db, channelId, new Date(now + wait), err.message);
    ctx.log.warn({ channelId, network: channel.network, kind: err.kind, err: err.message }, 'metrics collection failed');
    return { kind: 'retry_later', atMs: now + wait };
  }
}
