/**
 * Per channel, when each background schedule is next due (engagement polls, metrics collection, credential
 * refresh): the only code that touches channel_sync. Due channels are claimed by moving their next time forward in
 * the same UPDATE that finds them, so several worker processes never queue one channel twice.
 */
import { sql } from 'kysely';
import type { DB, Queryable } from '../../db/database.js';

export type SyncSchedule = 'engagement' | 'metrics' | 'refresh';

const NEXT_COLUMN = { engagement: 'engagement_next_at', metrics: 'metrics_next_at', refresh: 'refresh_next_at' } as const;

export const channelSyncRepository = {
  /**
   * Claims up to `limit` active channels whose `schedule` is due, pushing it `leaseMs` ahead (the job sets the
   * precise next time when it ends; if its worker dies, the channel comes round again after the lease). For the
   * refresh schedule a channel whose row changed since the last check (a reconnect saved new credentials) is due too.
   */
  async claimDue(db: DB, schedule: SyncSchedule, leaseMs: number, limit = 200, now = new Date()): Promise<string[]> {
    // Channels connected since the last round get their row, every schedule due as of `now` (this round).
    await sql`INSERT INTO channel_sync (channel_id, engagement_next_at, metrics_next_at, refresh_next_at)
              SELECT id, ${now}, ${now}, ${now} FROM channels c
              WHERE c.status = 'active' AND NOT EXISTS (SELECT 1 FROM channel_sync s WHERE s.channel_id = c.id)
              ON CONFLICT (channel_id) DO NOTHING`.execute(db);
    const column = sql.ref(NEXT_COLUMN[schedule]);
    const changed = schedule === 'refresh' ? sql`OR s.refresh_checked_at IS NULL OR c.updated_at > s.refresh_checked_at` : sql``;
    const { rows } = await sql<{ channel_id: string }>`
      UPDATE channel_sync SET ${column} = ${new Date(now.getTime() + leaseMs)}
      WHERE channel_id IN (
        SELECT s.channel_id FROM channel_sync s JOIN channels c ON c.id = s.channel_id
        WHERE c.status = 'active' AND (s.${column} <= ${now} ${changed})
        ORDER BY s.${column} LIMIT ${limit}
        FOR UPDATE OF s SKIP LOCKED)
      RETURNING channel_id`.execute(db);
    return rows.map((r) => r.channel_id);
  },

  async get(db: Queryable, channelId: string) {
    return db.selectFrom('channel_sync').selectAll().where('channel_id', '=', channelId).executeTakeFirst();
  },

  async engagementDone(db: Queryable, channelId: string, s: { since: Date | null; nextAt: Date; error: string | null; polledAt?: Date }): Promise<void> {
    await db
      .insertInto('channel_sync')
      .values({ channel_id: channelId, engagement_since: s.since, engagement_next_at: s.nextAt, engagement_error: s.error, engagement_polled_at: s.polledAt ?? null })
      .onConflict((oc) =>
        oc.column('channel_id').doUpdateSet({
          engagement_since: s.since,
          engagement_next_at: s.nextAt,
          engagement_error: s.error,
          ...(s.polledAt && { engagement_polled_at: s.polledAt }),
        }),
      )
      .execute();
  },

  async metricsDone(db: Queryable, channelId: string, nextAt: Date, error: string | null): Promise<void> {
    await db
      .insertInto('channel_sync')
      .values({ channel_id: channelId, metrics_next_at: nextAt, metrics_error: error })
      .onConflict((oc) => oc.column('channel_id').doUpdateSet({ metrics_next_at: nextAt, metrics_error: error }))
      .execute();
  },

  /** After a refresh check: `failures` counts consecutive transient failures (0 after a success). */
  async refreshDone(db: Queryable, channelId: string, s: { nextAt: Date; checkedAt: Date; failures: number; error: string | null }): Promise<void> {
    const values = { refresh_next_at: s.nextAt, refresh_checked_at: s.checkedAt, refresh_failures: s.failures, refresh_error: s.error };
    await db
      .insertInto('channel_sync')
      .values({ channel_id: channelId, ...values })
      .onConflict((oc) => oc.column('channel_id').doUpdateSet(values))
      .execute();
  },
};
