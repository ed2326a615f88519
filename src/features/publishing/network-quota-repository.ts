/**
 * The daily quota counters of the networks that have one (YouTube today), shared by every Chorus process: the only
 * code that touches `network_quota_usage`. network-quota.ts says why the count lives in the database.
 *
 * @example
 * const { reserved, used } = await networkQuotaRepository.reserve(db, 'youtube', key, 1600, 10_000);
 */
import type { Queryable } from '../../db/database.js';
import type { QuotaKey } from '../../networks/youtube/index.js';

/** The only code that touches `network_quota_usage`. */
export const networkQuotaRepository = {
  /**
   * Adds `cost` to the counter when the total stays within `limit`, atomically: `INSERT … ON CONFLICT DO UPDATE …
   * WHERE units + cost <= limit` takes the row lock, so of two workers racing for the last units one gets none.
   * Returns the count after the reservation, or the count that refused it.
   */
  async reserve(db: Queryable, network: string, key: QuotaKey, cost: number, limit: number): Promise<{ reserved: boolean; used: number }> {
    if (cost > limit) return { reserved: false, used: await networkQuotaRepository.units(db, network, key) };
    const row = await db
      .insertInto('network_quota_usage')
      .values({ network, project: key.project, bucket: key.bucket, day: key.day, units: cost })
      .onConflict((oc) =>
        oc
          .columns(['network', 'project', 'bucket', 'day'])
          .doUpdateSet((eb) => ({ units: eb('network_quota_usage.units', '+', eb.ref('excluded.units')), updated_at: new Date() }))
          .where((eb) => eb(eb('network_quota_usage.units', '+', eb.ref('excluded.units')), '<=', limit)),
      )
      .returning('units')
      .executeTakeFirst();
    if (row) return { reserved: true, used: row.units };
    return { reserved: false, used: await networkQuotaRepository.units(db, network, key) };
  },

  /** Gives units back (a call that never reached the network), never below zero. */
  async refund(db: Queryable, network: string, key: QuotaKey, cost: number): Promise<void> {
    await db
      .updateTable('network_quota_usage')
      .set((eb) => ({ units: eb.fn('greatest', [eb('units', '-', cost), eb.lit(0)]), updated_at: new Date() }))
      .where('network', '=', network)
      .where('project', '=', key.project)
      .where('bucket', '=', key.bucket)
      .where('day', '=', key.day)
      .execute();
  },

  /**
   * Marks a counter spent: its units become at least `limit`, in one upsert (`GREATEST`, so a count already higher,
   * under another process's larger setting, stays), and every `reserve` against it is refused until the next day.
   * A call in flight then that never reached Google refunds its cost: the next call reaches Google, is told the
   * quota is spent, and marks the counter again — one wasted request, never a day of them.
   */
  async exhaust(db: Queryable, network: string, key: QuotaKey, limit: number): Promise<void> {
    await db
      .insertInto('network_quota_usage')
      .values({ network, project: key.project, bucket: key.bucket, day: key.day, units: limit })
      .onConflict((oc) =>
        oc
          .columns(['network', 'project', 'bucket', 'day'])
          .doUpdateSet((eb) => ({ units: eb.fn<number>('greatest', [eb.ref('network_quota_usage.units'), eb.ref('excluded.units')]), updated_at: new Date() })),
      )
      .execute();
  },

  async units(db: Queryable, network: string, key: QuotaKey): Promise<number> {
    const row = await db
      .selectFrom('network_quota_usage')
      .select('units')
      .where('network', '=', network)
      .where('project', '=', key.project)
      .where('bucket', '=', key.bucket)
      .where('day', '=', key.day)
      .executeTakeFirst();
    return row?.units ?? 0;
  },

  /** Every bucket of a project on a day. */
  async usage(db: Queryable, network: string, project: string, day: string): Promise<Record<string, number>> {
    const rows = await db.selectFrom('network_quota_usage').select(['bucket', 'units']).where('network', '=', network).where('project', '=', project).where('day', '=', day).execute();
    return Object.fromEntries(rows.map((r) => [r.bucket, r.units]));
  },

  /** Forgets days before `day` ('YYYY-MM-DD'); a past day's count is never read again. */
  async sweep(db: Queryable, network: string, day: string): Promise<number> {
    const result = await db.deleteFrom('network_quota_usage').where('network', '=', network).where('day', '<', day).executeTakeFirst();
    return Number(result.numDeletedRows);
  },
};
