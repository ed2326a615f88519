/** The publisher's reads and writes of publications and the per-channel rate buckets. */
import type { Queryable, Tx } from '../../db/database.js';
import type { PublicationRow } from '../posts/repository.js';
import type { PublishedRef } from '../../networks/connector.js';

export const publishingRepository = {
  async lock(trx: Tx, id: string): Promise<PublicationRow | undefined> {
    return trx.selectFrom('publications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  },

  /** Records the attempt before the network is called, so a crash mid-call is found and reconciled. */
  async startAttempt(trx: Tx, id: string, leaseUntil: Date): Promise<PublicationRow> {
    return trx
      .updateTable('publications')
      .set((eb) => ({
        status: 'publishing',
        attempt_count: eb('attempt_count', '+', 1),
        attempt_started_at: new Date(),
        lease_until: leaseUntil,
        next_attempt_at: null,
        updated_at: new Date(),
      }))
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async setNextAttempt(db: Queryable, id: string, at: Date, error: string | null): Promise<void> {
    await db
      .updateTable('publications')
      .set({ next_attempt_at: at, lease_until: null, updated_at: new Date(), ...(error !== null && { error }) })
      .where('id', '=', id)
      .execute();
  },

  /** Only the attempt that holds the publication may finish it. */
  async markPublished(db: Queryable, id: string, attempt: number, ref: PublishedRef, at: Date): Promise<boolean> {
    const result = await db
      .updateTable('publications')
      .set({
        status: 'published',
        external_id: ref.externalId,
        external_url: ref.url,
        published_at: at,
        lease_until: null,
        error: null,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .where('attempt_count', '=', attempt)
      .where('status', '=', 'publishing')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  async finish(db: Queryable, id: string, status: 'failed' | 'held', error: string): Promise<void> {
    await db
      .updateTable('publications')
      .set({ status, error, lease_until: null, next_attempt_at: null, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
  },

  /** Held publications of a channel go back to the schedule (after a reconnect); returns them for queueing. */
  async releaseHeld(trx: Tx, channelId: string): Promise<PublicationRow[]> {
    const now = new Date();
    const held = await trx.selectFrom('publications').selectAll().where('channel_id', '=', channelId).where('status', '=', 'held').forUpdate().execute();
    const released: PublicationRow[] = [];
    for (const pub of held) {
      const scheduledAt = pub.scheduled_at && pub.scheduled_at > now ? pub.scheduled_at : now;
      released.push(
        await trx
          .updateTable('publications')
          .set((eb) => ({ status: 'scheduled', scheduled_at: scheduledAt, error: null, version: eb('version', '+', 1), updated_at: now }))
          .where('id', '=', pub.id)
          .returningAll()
          .executeTakeFirstOrThrow(),
      );
    }
    return released;
  },

  /** Publications whose job seems lost (long overdue): the sweeper queues them again. */
  async findStranded(db: Queryable, olderThan: Date, limit: number) {
    return db
      .selectFrom('publications')
      .select(['id', 'version'])
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'scheduled'), eb('scheduled_at', '<', olderThan)]),
          eb.and([
            eb('status', '=', 'publishing'),
            eb(eb.fn.coalesce('next_attempt_at', 'lease_until'), '<', olderThan),
          ]),
        ]),
      )
      .limit(limit)
      .execute();
  },

  /**
   * Takes one token from the channel's bucket (shared by every worker through the row lock). Returns 0 when a
   * token was taken, else the milliseconds to wait.
   */
  async takeToken(trx: Tx, channelId: string, rate: { requests: number; perSeconds: number }, now = new Date()): Promise<number> {
    await trx
      .insertInto('channel_rate')
      .values({ channel_id: channelId, tokens: rate.requests, refilled_at: now })
      .onConflict((oc) => oc.column('channel_id').doNothing())
      .execute();
    const bucket = await trx.selectFrom('channel_rate').selectAll().where('channel_id', '=', channelId).forUpdate().executeTakeFirstOrThrow();
    if (bucket.blocked_until && bucket.blocked_until > now) return bucket.blocked_until.getTime() - now.getTime();
    const perMs = rate.requests / (rate.perSeconds * 1000);
    const tokens = Math.min(rate.requests, bucket.tokens + Math.max(0, now.getTime() - bucket.refilled_at.getTime()) * perMs);
    if (tokens < 1) {
      await trx.updateTable('channel_rate').set({ tokens, refilled_at: now }).where('channel_id', '=', channelId).execute();
      return Math.ceil((1 - tokens) / perMs);
    }
    await trx.updateTable('channel_rate').set({ tokens: tokens - 1, refilled_at: now }).where('channel_id', '=', channelId).execute();
    return 0;
  },

  /** After a 429, nobody uses the channel until the network says so. */
  async blockChannel(db: Queryable, channelId: string, until: Date): Promise<void> {
    await db.updateTable('channel_rate').set({ blocked_until: until }).where('channel_id', '=', channelId).execute();
  },
};
