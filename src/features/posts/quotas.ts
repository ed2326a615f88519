/**
 * A schedule checked against each network's publishing quota (networks/publishing-quotas.ts): the post's
 * publications on a channel, with that channel's others due or published around them, must fit every documented
 * moving window. A move onto a full day is refused with the channel, the network and the limit.
 */
import { invalid } from '../../core/errors.js';
import type { Queryable } from '../../db/database.js';
import { busiestWindow, publishingQuotas, windowLabel, type PublishingQuota } from '../../networks/publishing-quotas.js';
import type { ChannelRow } from '../channels/repository.js';
import { networkName } from '../channels/network-names.js';
import type { PlannedPublication } from './plan.js';
import { postsRepository } from './repository.js';

/** Each channel the plans publish on, with the instants they publish there. */
function timesByChannel(plans: PlannedPublication[]): Map<string, { channel: ChannelRow; times: number[] }> {
  const out = new Map<string, { channel: ChannelRow; times: number[] }>();
  for (const plan of plans) {
    if (!plan.scheduledAt) continue;
    const entry = out.get(plan.channel.id) ?? { channel: plan.channel, times: [] };
    entry.times.push(plan.scheduledAt.getTime());
    out.set(plan.channel.id, entry);
  }
  return out;
}

function quotaExceeded(channel: ChannelRow, quota: PublishingQuota, at: number, field: string) {
  const { amount, unit } = windowLabel(quota.windowMs);
  const network = networkName(channel.network);
  const when = new Date(at).toISOString().slice(0, 16).replace('T', ' ');
  const span = `${amount} ${amount === 1 ? unit.slice(0, -1) : unit}`;
  const message =
    `${network} publishes at most ${quota.max} posts in any ${span} for ${channel.handle}, and that many are ` +
    `already due around ${when} UTC; pick another time or remove ${channel.handle} from this post.`;
  const params = { network: channel.network, channel: channel.handle, max: quota.max, window: amount, unit };
  return invalid('quota_exceeded', message, field, { channelId: channel.id }, params);
}

/**
 * Throws `quota_exceeded` (422, on `field`) when the plans would take a channel past one of its network's quotas;
 * `postId` is the post being changed, whose own earlier times do not count. Call it in the transaction that saves.
 */
export async function checkPublishingQuotas(db: Queryable, postId: string | null, plans: PlannedPublication[], field: string): Promise<void> {
  // In the order of the channels' ids, so two saves locking the same channels never wait on each other in a circle.
  const channels = [...timesByChannel(plans).values()].sort((a, b) => a.channel.id.localeCompare(b.channel.id));
  for (const { channel, times } of channels) {
    const quotas = publishingQuotas(channel.network);
    if (quotas.length === 0) continue;
    await postsRepository.lockChannelSchedule(db, channel.id);
    const widest = Math.max(...quotas.map((q) => q.windowMs));
    const from = new Date(Math.min(...times) - widest);
    const to = new Date(Math.max(...times) + widest);
    const all = [...(await postsRepository.dueTimesOnChannel(db, channel.id, from, to, postId)), ...times];
    for (const quota of quotas) {
      const full = times.find((at) => busiestWindow(all, at, quota.windowMs) > quota.max);
      if (full !== undefined) throw quotaExceeded(channel, quota, full, field);
    }
  }
}
