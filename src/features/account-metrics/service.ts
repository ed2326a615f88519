/**
 * Account-level figures: each connected account's followers (and its own reach and impressions where the network
 * reports them), read once a day on the metrics round and kept per day, so growth can be drawn over any period.
 *
 * @example
 *   await collectAccountMetrics(ctx, channel, connector);  // at most once a day per channel
 */
import type { AppContext } from '../../core/context.js';
import type { ChannelRow } from '../channels/repository.js';
import { asNetworkError, type Connector } from '../../networks/connector.js';
import { channelContext } from '../channels/service.js';
import { accountMetricsRepository } from './repository.js';

/** A reading a little under a day old is due again, so a round a few minutes early does not skip a day. */
const EVERY_MS = 23 * 3600_000;

/** Reads and stores the account's figures when due; a failure is logged and waits for the next round. */
export async function collectAccountMetrics(ctx: AppContext, channel: ChannelRow, connector: Connector, now = new Date()): Promise<boolean> {
  if (!connector.fetchAccountMetrics) return false;
  const db = ctx.database.db;
  const last = await accountMetricsRepository.lastFetched(db, channel.id);
  if (last && now.getTime() - last.getTime() < EVERY_MS && last.toISOString().slice(0, 10) === now.toISOString().slice(0, 10)) return false;
  try {
    const metrics = await connector.fetchAccountMetrics(channelContext(ctx, channel));
    await accountMetricsRepository.upsert(db, { channelId: channel.id, workspaceId: channel.workspace_id, at: now, metrics });
    return true;
  } catch (error) {
    const err = asNetworkError(error);
    ctx.log.warn({ channelId: channel.id, network: channel.network, kind: err.kind, err: err.message }, 'reading the account figures failed');
    return false;
  }
}
