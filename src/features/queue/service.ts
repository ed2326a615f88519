/**
 * Queue slots (issue 14): a channel's weekly posting times, and choosing each channel's time for a post "added to the
 * queue" (its next free slot) or timed "at the best time" (the best free hour of the estimate within a window). The
 * pure choice is in slots.ts; here are the reads, the locks and the errors a person can act on.
 */
import type { AppContext } from '../../core/context.js';
import { invalid, notFound } from '../../core/errors.js';
import type { Queryable, Tx } from '../../db/database.js';
import type { DueReason } from '../../db/schema.js';
import { channelEstimate } from '../best-times/service.js';
import type { WorkspaceAccess } from '../workspaces/access.js';
import { queueRepository as repo, type QueueChannel } from './repository.js';
import { bestFreeSlot, checkSlots, nextQueueSlot, QUEUE_HORIZON_DAYS, takenMinutes, type ChosenTime, type QueueSlot } from './slots.js';

/** A channel's queue as the API shows it. */
export interface ChannelQueue {
  channelId: string;
  /** The clock the slots are on: the channel's audience zone, else the workspace's. */
  timeZone: string;
  slots: QueueSlot[];
}

async function channelOf(db: Queryable, access: WorkspaceAccess, channelId: string): Promise<QueueChannel> {
  const [channel] = await repo.channels(db, access.workspaceId, [channelId]);
  if (!channel) throw notFound('Channel');
  return channel;
}

export async function getQueue(ctx: AppContext, access: WorkspaceAccess, channelId: string): Promise<ChannelQueue> {
  const channel = await channelOf(ctx.database.db, access, channelId);
  const slots = await repo.slots(ctx.database.db, [channel.id]);
  return { channelId: channel.id, timeZone: channel.timeZone, slots: slots.get(channel.id) ?? [] };
}

/** Replaces the channel's week of slots (checked first: a bad slot stores nothing). */
export async function putQueue(ctx: AppContext, access: WorkspaceAccess, channelId: string, slots: readonly QueueSlot[]): Promise<ChannelQueue> {
  const checked = checkSlots(slots);
  return ctx.database.db.transaction().execute(async (trx) => {
    const channel = await channelOf(trx, access, channelId);
    await repo.replaceSlots(trx, access.workspaceId, channel.id, checked);
    return { channelId: channel.id, timeZone: channel.timeZone, slots: checked };
  });
}

/** How Chorus is asked to choose the time: the queue, or the best time within some days. */
export type AutoTiming = { kind: 'queue' } | { kind: 'bestTime'; withinDays: number };

/** A channel's chosen due time and why. */
export interface ChannelTime {
  at: Date;
  reason: DueReason;
}

const DAY_MS = 86_400_000;

async function queueTime(db: Queryable, channel: QueueChannel, slots: QueueSlot[], now: Date, exceptPostId?: string): Promise<ChosenTime> {
  const who = { channel: channel.handle, network: channel.network };
  if (slots.length === 0) {
    throw invalid('queue_empty', `${channel.handle} on ${channel.network} has no queue slots yet; add some to its queue or pick a time.`, 'queue', undefined, who);
  }
  const due = await repo.dueTimes(db, channel.id, now, new Date(now.getTime() + (QUEUE_HORIZON_DAYS + 2) * DAY_MS), exceptPostId);
  const chosen = nextQueueSlot(slots, channel.timeZone, now, takenMinutes(due));
  if (!chosen) throw invalid('queue_full', `Every queue slot of ${channel.handle} on ${channel.network} is taken for the next year; add slots or pick a time.`, 'queue', undefined, who);
  return chosen;
}

async function bestTime(db: Queryable, channel: QueueChannel, withinDays: number, now: Date, exceptPostId?: string): Promise<ChannelTime> {
  const due = await repo.dueTimes(db, channel.id, now, new Date(now.getTime() + (withinDays + 1) * DAY_MS), exceptPostId);
  const estimates = await channelEstimate(db, channel.id, channel.timeZone);
  const chosen = bestFreeSlot(estimates, channel.timeZone, now, withinDays, takenMinutes(due));
  if (!chosen) {
    const params = { channel: channel.handle, network: channel.network, days: withinDays };
    throw invalid('best_time_full', `Every hour of the next ${withinDays} days is taken on ${channel.handle} (${channel.network}); allow more days or pick a time.`, 'bestTime.withinDays', undefined, params);
  }
  const { at, slot, score, posts } = chosen;
  return { at, reason: { kind: 'bestTime', slot, timeZone: channel.timeZone, score: Math.round(score * 100) / 100, posts } };
}

/**
 * Each channel's due time for a post timed by `how`, with the channels locked until the transaction ends. Channels
 * not in the workspace are left out (the post's own checks refuse them). `exceptPostId`: the post being
 * rescheduled, whose publications do not hold slots against it.
 */
export async function chooseTimes(trx: Tx, workspaceId: string, channelIds: readonly string[], how: AutoTiming, exceptPostId?: string, now = new Date()): Promise<Map<string, ChannelTime>> {
  const ids = [...new Set(channelIds)];
  await repo.lockChannels(trx, workspaceId, ids);
  const channels = await repo.channels(trx, workspaceId, ids);
  const byId = new Map(channels.map((c) => [c.id, c]));
  const slots = how.kind === 'queue' ? await repo.slots(trx, ids) : new Map<string, QueueSlot[]>();
  const out = new Map<string, ChannelTime>();
  for (const id of ids) {
    const channel = byId.get(id);
    if (!channel) continue;
    if (how.kind === 'bestTime') {
      out.set(id, await bestTime(trx, channel, how.withinDays, now, exceptPostId));
      continue;
    }
    const { at, slot } = await queueTime(trx, channel, slots.get(id) ?? [], now, exceptPostId);
    out.set(id, { at, reason: { kind: 'queue', slot, timeZone: channel.timeZone } });
  }
  return out;
}
