/**
 * The publisher's reads and writes of publications and the per-channel rate buckets. Everything the publisher does per
 * batch of jobs is one statement per kind of change (lock, start, published, retry, finish), whatever the batch size.
 */
import { sql, type Selectable } from 'kysely';
import type { Queryable, Tx } from '../../db/database.js';
import type { PublicationRow } from '../posts/repository.js';
import type { PublishedRef } from '../../networks/connector.js';
import type { ChannelRateTable } from '../../db/schema.js';
import { hasSubscribedWebhook } from '../outgoing-webhooks/repository.js';

type ChannelRateRow = Selectable<ChannelRateTable>;

export interface PublishedOutcome {
  id: string;
  /** The attempt that reached the network: only it may record the outcome. */
  attempt: number;
  ref: PublishedRef;
  at: Date;
}

export interface RetryOutcome {
  id: string;
  at: Date;
  /** Kept on the publication for people to read; null leaves the previous note. */
  error: string | null;
}

export interface FinishOutcome {
  id: string;
  status: 'failed' | 'held';
  error: string;
  /** Held by the workspace's publishing pause (released on resume) rather than until a reconnect. */
  byPause?: boolean;
}

export interface TokenRequest {
  channelId: string;
  rate: { requests: number; perSeconds: number };
  /** How many publications of this batch want to go out on the channel now. */
  count: number;
}

/** Per channel: how many of the requested tokens were taken, and the wait (ms) of each of the others, soonest first. */
export type TokenGrant = Map<string, { granted: number; waits: number[] }>;

export const publishingRepository = {
  /** Locks the publications of a batch, in id order so that two claimers can never deadlock on each other. */
  async lockMany(trx: Tx, ids: string[]): Promise<PublicationRow[]> {
    if (ids.length === 0) return [];
    return trx.selectFrom('publications').selectAll().where('id', 'in', ids).orderBy('id').forUpdate().execute();
  },

  /** Records the attempts before the network is called, so a crash mid-call is found and reconciled. */
  async startAttempts(trx: Tx, ids: string[], leaseUntil: Date): Promise<PublicationRow[]> {
    if (ids.length === 0) return [];
    const now = new Date();
    return trx
      .updateTable('publications')
      .set((eb) => ({
        status: 'publishing',
        attempt_count: eb('attempt_count', '+', 1),
        attempt_started_at: now,
        lease_until: leaseUntil,
        next_attempt_at: null,
        updated_at: now,
      }))
      .where('id', 'in', ids)
      .returningAll()
      .execute();
  },

  async setNextAttempts(db: Queryable, items: RetryOutcome[]): Promise<void> {
    if (items.length === 0) return;
    const rows = items.map((i) => sql`(${i.id}::uuid, ${i.at.toISOString()}::timestamptz, ${i.error}::text)`);
    await sql`
      UPDATE publications AS p
      SET next_attempt_at = v.at, lease_until = NULL, updated_at = now(), error = COALESCE(v.error, p.error)
      FROM (VALUES ${sql.join(rows)}) AS v(id, at, error)
      WHERE p.id = v.id`.execute(db);
  },

  /** The targeting a segment's publication is sent with, resolved at this attempt (no version bump: the job stays valid). */
  async setTargeting(db: Queryable, id: string, targeting: Record<string, unknown>): Promise<void> {
    await db.updateTable('publications').set({ targeting: JSON.stringify(targeting) }).where('id', '=', id).execute();
  },

  /**
   * Only the attempt that holds a publication may finish it; returns those actually marked published, each with
   * whether its workspace has a webhook for `publication.published` (so the caller emits at no extra round trip).
   */
  async markPublishedMany(db: Queryable, items: PublishedOutcome[]): Promise<Array<{ id: string; webhooks: boolean }>> {
    if (items.length === 0) return [];
    const rows = items.map(
      (i) => sql`(${i.id}::uuid, ${i.attempt}::int, ${i.ref.externalId}::text, ${i.ref.url}::text, ${i.at.toISOString()}::timestamptz)`,
    );
    const result = await sql<{ id: string; webhooks: boolean }>`
      UPDATE publications AS p
      SET status = 'published', external_id = v.external_id, external_url = v.external_url, published_at = v.at,
          lease_until = NULL, error = NULL, updated_at = now()
      FROM (VALUES ${sql.join(rows)}) AS v(id, attempt, external_id, external_url, at)
      WHERE p.id = v.id AND p.attempt_count = v.attempt AND p.status = 'publishing'
      RETURNING p.id, ${hasSubscribedWebhook(sql`p.workspace_id`, sql.lit('publication.published'))} AS webhooks`.execute(db);
    return result.rows;
  },

  /** Returns the failed ones whose workspace has a webhook for `publication.failed` (no extra round trip). */
  async finishMany(db: Queryable, items: FinishOutcome[]): Promise<string[]> {
    if (items.length === 0) return [];
    const rows = items.map((i) => sql`(${i.id}::uuid, ${i.status}::text, ${i.error}::text, ${i.byPause ?? false}::boolean)`);
    const result = await sql<{ id: string; webhooks: boolean }>`
      UPDATE publications AS p
      SET status = v.status, error = v.error, held_by_pause = v.by_pause, lease_until = NULL, next_attempt_at = NULL, updated_at = now()
      FROM (VALUES ${sql.join(rows)}) AS v(id, status, error, by_pause)
      WHERE p.id = v.id
      RETURNING p.id, v.status = 'failed' AND ${hasSubscribedWebhook(sql`p.workspace_id`, sql.lit('publication.failed'))} AS webhooks`.execute(db);
    return result.rows.filter((r) => r.webhooks).map((r) => r.id);
  },

  /**
   * Held publications of a channel go back to the schedule (after a reconnect); returns them for queueing. Those
   * held by the workspace's publishing pause wait for the resume.
   */
  async releaseHeld(trx: Tx, channelId: string): Promise<PublicationRow[]> {
    const now = new Date();
    const held = await trx
      .selectFrom('publications')
      .selectAll()
      .where('channel_id', '=', channelId)
      .where('status', '=', 'held')
      .where('held_by_pause', '=', false)
      .forUpdate()
      .execute();
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
   * Takes tokens from the channels' buckets (shared by every worker through the row locks). One statement creates the
   * missing buckets and locks all of them in channel order: two claimers that each locked what existed and then
   * created the rest deadlocked on each other's new rows. A channel blocked after a 429 gives none until the
   * network's time is up.
   */
  async takeTokens(trx: Tx, requests: TokenRequest[], now = new Date()): Promise<TokenGrant> {
    const grants: TokenGrant = new Map();
    if (requests.length === 0) return grants;
    const sorted = [...requests].sort((a, b) => (a.channelId < b.channelId ? -1 : a.channelId > b.channelId ? 1 : 0));
    const { rows: buckets } = await sql<ChannelRateRow>`
      INSERT INTO channel_rate AS c (channel_id, tokens, refilled_at)
      SELECT v.channel_id, v.tokens, ${now.toISOString()}::timestamptz
      FROM (VALUES ${sql.join(sorted.map((r) => sql`(${r.channelId}::uuid, ${r.rate.requests}::float8)`))}) AS v(channel_id, tokens)
      ORDER BY v.channel_id
      ON CONFLICT (channel_id) DO UPDATE SET tokens = c.tokens
      RETURNING c.*`.execute(trx);
    const updates = [];
    for (const r of requests) {
      const bucket = buckets.find((b) => b.channel_id === r.channelId)!;
      if (bucket.blocked_until && bucket.blocked_until > now) {
        grants.set(r.channelId, { granted: 0, waits: Array<number>(r.count).fill(bucket.blocked_until.getTime() - now.getTime()) });
        continue;
      }
      const perMs = r.rate.requests / (r.rate.perSeconds * 1000);
      const tokens = Math.min(r.rate.requests, bucket.tokens + Math.max(0, now.getTime() - bucket.refilled_at.getTime()) * perMs);
      const granted = Math.min(r.count, Math.max(0, Math.floor(tokens)));
      const left = tokens - granted;
      // Those without a token come back one refill apart instead of all at once.
      const waits = Array.from({ length: r.count - granted }, (_, j) => Math.max(1, Math.ceil((j + 1 - left) / perMs)));
      grants.set(r.channelId, { granted, waits });
      updates.push(sql`(${r.channelId}::uuid, ${left}::float8)`);
    }
    if (updates.length > 0) {
      await sql`
        UPDATE channel_rate AS c SET tokens = v.tokens, refilled_at = ${now.toISOString()}::timestamptz
        FROM (VALUES ${sql.join(updates)}) AS v(channel_id, tokens)
        WHERE c.channel_id = v.channel_id`.execute(trx);
    }
    return grants;
  },

  /** After a 429, nobody uses the channel until the network says so. */
  async blockChannel(db: Queryable, channelId: string, until: Date): Promise<void> {
    await db.updateTable('channel_rate').set({ blocked_until: until }).where('channel_id', '=', channelId).execute();
  },
};
