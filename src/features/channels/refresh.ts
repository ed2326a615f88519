/**
 * Keeps channels' credentials fresh before they expire (X: 2 hours; LinkedIn, Threads, pasted Meta user tokens:
 * about 60 days), so publishing, polls and metrics never meet an expired token. Refreshed credentials are saved
 * through the channels repository, sealed like at connect time. When the network refuses to renew, the channel is
 * marked `needs_reconnect` — the same state the publisher sets on an auth failure: its publications are held when
 * they come due (not dropped), the web app shows the reconnect banner, and reconnecting releases them.
 *
 * @example
 * // worker: every 30 s
 * await refreshRound.queueDue(ctx);      // claims due channels, queues one refresh job each
 * // job handler
 * await refreshChannel(ctx, channelId);
 */
import type { AppContext } from '../../core/context.js';
import { asNetworkError, type Credentials } from '../../networks/connector.js';
import { REFRESH_MARGIN_MS } from '../../networks/oauth2.js';
import { auditRepository } from '../audit/repository.js';
import { activeChannel, channelRound, waitAfter } from '../engagement/channel-rounds.js';
import { channelSyncRepository } from '../engagement/sync-repository.js';
import { channelsRepository, type ChannelRow } from './repository.js';
import { channelContext } from './service.js';

/**
 * A channel without an expiry (Page tokens, Mastodon) is still looked at this often: connectors with a wider
 * margin than the shortest one (LinkedIn renews a week early) see their window open within a check.
 */
const IDLE_CHECK_MS = 6 * 3600_000;
/** Never look again sooner than this, even when an expiry is near or past (the connector decides what to do). */
const MIN_GAP_MS = 60_000;
const MAX_FAILURE_BACKOFF_MS = 3600_000;

/** Refreshes are queued by this round, one job per channel whose refresh check is due. */
export const refreshRound = channelRound({
  name: 'channel-refresh.v1',
  schedule: 'refresh',
  // The next round re-queues a channel that failed; pg-boss retries cover only a crash mid-job.
  retryLimit: 2,
  // How long a claimed channel waits before another worker may take it again (a dead worker's job).
  claimLeaseMs: 5 * 60_000,
});

/**
 * When to look at a channel next: when the shortest refresh margin of any connector (10 minutes, oauth2.ts)
 * opens before its `expiresAt`, and at least every 6 hours.
 */
export function nextRefreshCheck(credentials: Credentials, now = Date.now()): Date {
  const expiresAt = Date.parse(credentials['expiresAt'] ?? '');
  if (!Number.isFinite(expiresAt)) return new Date(now + IDLE_CHECK_MS);
  const at = expiresAt - REFRESH_MARGIN_MS;
  return new Date(Math.min(now + IDLE_CHECK_MS, Math.max(now + MIN_GAP_MS, at)));
}

/**
 * Marks the channel `needs_reconnect` with the network's reason and records it in the audit log. Publications of
 * the channel are held by the publisher when they come due (src/features/publishing/publisher.ts, claim), and
 * released by the reconnect (channels/service.ts connectChannel).
 */
export async function markNeedsReconnect(ctx: AppContext, channel: ChannelRow, reason: string): Promise<void> {
  await ctx.database.db.transaction().execute(async (trx) => {
    await channelsRepository.setStatus(trx, channel.id, 'needs_reconnect', reason);
    await auditRepository.record(trx, {
      workspaceId: channel.workspace_id,
      actorUserId: null,
      action: 'channel.needs_reconnect',
      targetType: 'channel',
      targetId: channel.id,
      data: { reason },
    });
  });
  ctx.log.warn({ channelId: channel.id, network: channel.network, reason }, 'channel needs reconnecting');
}

export type RefreshOutcome = 'refreshed' | 'unchanged' | 'needs_reconnect' | 'retry_later' | 'skipped';

/** Refreshes one channel's credentials if its connector says they are due; records when to look again. */
export async function refreshChannel(ctx: AppContext, channelId: string, now = Date.now()): Promise<RefreshOutcome> {
  const db = ctx.database.db;
  const found = await activeChannel(ctx, channelId);
  if (!found) return 'skipped';
  const { channel, connector } = found;
  const base = channelContext(ctx, channel);
  let saved = false;
  const chCtx = {
    ...base,
    onCredentialsChanged: async (next: Credentials) => {
      await base.onCredentialsChanged(next);
      saved = true;
    },
  };
  const sync = await channelSyncRepository.get(db, channelId);
  try {
    const next = await connector.refreshCredentials(chCtx);
    // Some connectors return new credentials without calling back (Bluesky): save them the same sealed way.
    if (next && !saved) await channelsRepository.setCredentials(db, channel.id, ctx.secrets.seal(next, channel.workspace_id));
    // Checked after saving: the save moves channels.updated_at, which must not make the channel due again.
    const checkedAt = new Date();
    await channelSyncRepository.refreshDone(db, channelId, { nextAt: nextRefreshCheck(next ?? base.credentials, now), checkedAt, failures: 0, error: null });
    if (next) ctx.log.info({ channelId, network: channel.network }, 'channel credentials refreshed');
    return next ? 'refreshed' : 'unchanged';
  } catch (error) {
    const err = asNetworkError(error);
    if (err.kind === 'auth') {
      await markNeedsReconnect(ctx, channel, err.message);
      await channelSyncRepository.refreshDone(db, channelId, { nextAt: new Date(now + IDLE_CHECK_MS), checkedAt: new Date(), failures: 0, error: err.message });
      return 'needs_reconnect';
    }
    // Rate limits: exactly when the network says. Anything else: doubling from a minute, at most an hour.
    const failures = (sync?.refresh_failures ?? 0) + 1;
    const wait = waitAfter(err, Math.min(MAX_FAILURE_BACKOFF_MS, MIN_GAP_MS * 2 ** (failures - 1)));
    await channelSyncRepository.refreshDone(db, channelId, { nextAt: new Date(now + wait), checkedAt: new Date(), failures, error: err.message });
    ctx.log.warn({ channelId, network: channel.network, kind: err.kind, err: err.message }, 'credential refresh failed; will retry');
    return 'retry_later';
  }
}
