/**
 * The shape every per-channel background round shares (credential refresh, engagement polls, metrics collection):
 * a job whose payload is one channel id, and a round that claims the channels whose schedule is due
 * (channel_sync) and queues one job each. Claiming moves the channel's next time forward by the lease, so several
 * workers never queue one channel twice, and a channel whose worker died comes round again after the lease.
 *
 * The job handlers share their first and last steps too: find the channel, active and with a connector, or skip it;
 * and on failure, read what the network said (`asNetworkError`, beside NetworkError) and wait as long as it asks (`waitAfter`).
 *
 * @example
 *   export const engagementRound = channelRound({ name: 'engagement-poll.v1', schedule: 'engagement', retryLimit: 1, claimLeaseMs: 600_000 });
 *   await engagementRound.queueDue(ctx); // → how many channels were queued
 *   ctx.jobs.work(engagementRound.job, async ({ channelId }) => void (await pollChannelEngagement(ctx, channelId)), 4);
 */
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import type { JobDefinition } from '../../core/jobs.js';
import type { Connector, NetworkError } from '../../networks/connector.js';
import { channelsRepository, type ChannelRow } from '../channels/repository.js';
import { channelSyncRepository, type SyncSchedule } from './sync-repository.js';

export const ChannelJobPayload = z.object({ channelId: z.uuid() });

export interface ChannelRound {
  schedule: SyncSchedule;
  job: JobDefinition<typeof ChannelJobPayload>;
  /** Claims the channels whose schedule is due and queues one job each; returns how many. */
  queueDue(ctx: AppContext): Promise<number>;
}

export function channelRound(options: {
  /** Queue name with its version, e.g. `engagement-poll.v1`. */
  name: string;
  schedule: SyncSchedule;
  /** pg-boss retries of one job; the next round is the usual retry, so these only cover a crash mid-job. */
  retryLimit: number;
  /** How long a claimed channel waits before another worker may take it again. */
  claimLeaseMs: number;
}): ChannelRound {
  const job = { name: options.name, schema: ChannelJobPayload, retryLimit: options.retryLimit } satisfies JobDefinition<typeof ChannelJobPayload>;
  return {
    schedule: options.schedule,
    job,
    async queueDue(ctx) {
      const due = await channelSyncRepository.claimDue(ctx.database.db, options.schedule, options.claimLeaseMs);
      for (const channelId of due) await ctx.jobs.send(job, { channelId });
      return due.length;
    },
  };
}

/** The channel a job is about, when it is still active and its network is known here; otherwise the job skips it. */
export async function activeChannel(ctx: AppContext, channelId: string): Promise<{ channel: ChannelRow; connector: Connector } | null> {
  const channel = await channelsRepository.findById(ctx.database.db, channelId);
  const connector = channel ? ctx.networks.get(channel.network) : undefined;
  if (!channel || channel.status !== 'active' || !connector) return null;
  return { channel, connector };
}

/** How long to wait after a failure: exactly what a rate-limited network asks (at least a second), else `otherwiseMs`. */
export function waitAfter(err: NetworkError, otherwiseMs: number): number {
  return err.kind === 'rate_limited' && err.details.retryAfterMs !== undefined ? Math.max(1000, err.details.retryAfterMs) : otherwiseMs;
}
