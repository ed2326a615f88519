/**
 * The only code that touches channel_queue_slots, and the reads the queue needs: the channels with their audience
 * clock, and the due times already held by a channel's publications.
 */
import type { Queryable, Tx } from '../../db/database.js';
import type { QueueSlot } from './slots.js';

/** A channel of the workspace with the clock its slots are on. */
export interface QueueChannel {
  id: string;
  network: string;
  handle: string;
  /** The audience zone, else the workspace's. */
  timeZone: string;
}

export const queueRepository = {
  /** The workspace's channels among `ids` (others' and unknown ones are left out), in no particular order. */
  async channels(db: Queryable, workspaceId: string, ids: readonly string[]): Promise<QueueChannel[]> {
    if (ids.length === 0) return [];
    const rows = await db
      .selectFrom('channels as c')
      .innerJoin('workspaces as w', 'w.id', 'c.workspace_id')
      .select(['c.id', 'c.network', 'c.handle', 'c.audience_time_zone', 'w.timezone'])
      .where('c.workspace_id', '=', workspaceId)
      .where('c.id', 'in', ids)
      .execute();
    return rows.map((r) => ({ id: r.id, network: r.network, handle: r.handle, timeZone: r.audience_time_zone ?? r.timezone }));
  },

  /**
   * Locks the channels' rows until the transaction ends, so two posts queued at the same moment do not take the
   * same slot (the second waits, then sees the first's publication). Ids in order: no deadlock between two posts.
   */
  async lockChannels(trx: Tx, workspaceId: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await trx.selectFrom('channels').select('id').where('workspace_id', '=', workspaceId).where('id', 'in', ids).orderBy('id').forUpdate().execute();
  },

  async slots(db: Queryable, channelIds: readonly string[]): Promise<Map<string, QueueSlot[]>> {
    const out = new Map<string, QueueSlot[]>(channelIds.map((id) => [id, []]));
    if (channelIds.length === 0) return out;
    const rows = await db
      .selectFrom('channel_queue_slots')
      .select(['channel_id', 'weekday', 'time'])
      .where('channel_id', 'in', channelIds)
      .orderBy('weekday')
      .orderBy('time')
      .execute();
    for (const r of rows) out.get(r.channel_id)?.push({ weekday: r.weekday, time: r.time });
    return out;
  },

  /** Replaces the channel's week with `slots` (the caller's transaction makes it all or nothing). */
  async replaceSlots(trx: Tx, workspaceId: string, channelId: string, slots: readonly QueueSlot[]): Promise<void> {
    await trx.deleteFrom('channel_queue_slots').where('channel_id', '=', channelId).execute();
    if (slots.length === 0) return;
    await trx
      .insertInto('channel_queue_slots')
      .values(slots.map((s) => ({ channel_id: channelId, workspace_id: workspaceId, weekday: s.weekday, time: s.time })))
      .execute();
  },

  /**
   * When the channel's scheduled or publishing publications are due in [from, to), other than those of the post
   * `exceptPostId` (the post being rescheduled does not hold its own old slots).
   */
  async dueTimes(db: Queryable, channelId: string, from: Date, to: Date, exceptPostId?: string): Promise<Date[]> {
    let q = db
      .selectFrom('publications')
      .select('scheduled_at')
      .where('channel_id', '=', channelId)
      .where('status', 'in', ['scheduled', 'publishing'])
      .where('scheduled_at', '>=', from)
      .where('scheduled_at', '<', to);
    if (exceptPostId) q = q.where('post_id', '!=', exceptPostId);
    const rows = await q.execute();
    return rows.flatMap((r) => (r.scheduled_at ? [r.scheduled_at] : []));
  },
};
