/**
 * Raw clicks and the rollups maintained as they arrive. Stats read only the rollups, so a link with millions of
 * clicks answers from a few hundred rows.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { DB, Tx } from '../../db/database.js';

export interface ClickEvent {
  id: string;
  at: Date;
  linkId: string;
  workspaceId: string;
  publicationId: string | null;
  network: string | null;
  channelId: string | null;
  country: string | null;
  region: string | null;
  device: string | null;
  os: string | null;
  browser: string | null;
  referrerHost: string | null;
  trigger: 'link' | 'qr';
  ruleIndex: number | null;
  /** The A/B arm the visitor was sent to, for links with variants. */
  variant?: string | null;
  visitorHash: string;
  isBot: boolean;
}

/** The breakdowns kept per day (bots excluded). */
export const DIMENSIONS = ['country', 'device', 'os', 'browser', 'referrer', 'network', 'rule'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

export const statsRepository = {
  /**
   * Writes a batch of clicks and folds it into the rollups, in one transaction. The batch travels as one JSON
   * parameter (JSON.stringify is native and cheap, where encoding thousands of parameters is not — this runs in
   * the redirector's process) and PostgreSQL does the counting: the batch goes into a temporary table, then each
   * rollup is one INSERT … SELECT … GROUP BY … ORDER BY (sorted, so concurrent flushes lock rows in the same order).
   */
  async recordClicks(db: DB, batch: ClickEvent[]): Promise<void> {
    if (batch.length === 0) return;
    const json = JSON.stringify(
      batch.map((c) => ({
        id: c.id,
        at: c.at,
        link_id: c.linkId,
        workspace_id: c.workspaceId,
        publication_id: c.publicationId,
        network: c.network,
        channel_id: c.channelId,
        country: c.country,
        region: c.region,
        device: c.device,
        os: c.os,
        browser: c.browser,
        referrer_host: c.referrerHost,
        trigger: c.trigger,
        rule_index: c.ruleIndex,
        visitor_hash: c.visitorHash,
        is_bot: c.isBot,
        variant: c.variant ?? null,
      })),
    );
    await db.transaction().execute(async (trx) => {
      await sql`CREATE TEMP TABLE IF NOT EXISTS click_batch (LIKE clicks) ON COMMIT DELETE ROWS`.execute(trx);
      await sql`INSERT INTO click_batch SELECT * FROM json_populate_recordset(NULL::click_batch, ${json}::json)`.execute(trx);
      await sql`INSERT INTO clicks SELECT * FROM click_batch ON CONFLICT DO NOTHING`.execute(trx);
      await sql`
        INSERT INTO link_stats_hourly (link_id, hour, clicks, bots, qr)
        SELECT link_id, date_trunc('hour', at),
               count(*) FILTER (WHERE NOT is_bot), count(*) FILTER (WHERE is_bot), count(*) FILTER (WHERE NOT is_bot AND trigger = 'qr')
        FROM click_batch GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (link_id, hour) DO UPDATE SET clicks = link_stats_hourly.clicks + excluded.clicks,
          bots = link_stats_hourly.bots + excluded.bots, qr = link_stats_hourly.qr + excluded.qr`.execute(trx);
      await sql`
        INSERT INTO link_stats_daily_dims (link_id, day, dim, value, clicks)
        SELECT b.link_id, (b.at AT TIME ZONE 'UTC')::date, d.dim, left(d.value, 200), count(*)
        FROM click_batch b CROSS JOIN LATERAL (VALUES
          ('country', coalesce(b.country, 'unknown')), ('device', coalesce(b.device, 'unknown')),
          ('os', coalesce(b.os, 'unknown')), ('browser', coalesce(b.browser, 'unknown')),
          ('referrer', coalesce(b.referrer_host, 'direct')), ('network', coalesce(b.network, 'none')),
          ('rule', coalesce(b.rule_index::text, 'default'))) AS d(dim, value)
        WHERE NOT b.is_bot
        GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        ON CONFLICT (link_id, day, dim, value) DO UPDATE SET clicks = link_stats_daily_dims.clicks + excluded.clicks`.execute(trx);
      await sql`
        WITH fresh AS (
          INSERT INTO link_visitors_daily (link_id, day, visitor_hash)
          SELECT DISTINCT link_id, (at AT TIME ZONE 'UTC')::date, visitor_hash FROM click_batch WHERE NOT is_bot ORDER BY 1, 2, 3
          ON CONFLICT DO NOTHING
          RETURNING link_id, day)
        INSERT INTO link_stats_daily (link_id, day, uniques)
        SELECT link_id, day, count(*) FROM fresh GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (link_id, day) DO UPDATE SET uniques = link_stats_daily.uniques + excluded.uniques`.execute(trx);
    });
  },

  /** Adds A/B visits per arm (counted by the redirector, written with its next batch). */
  async addArmVisits(db: DB, visits: Array<{ linkId: string; arm: string; n: number }>): Promise<void> {
    if (visits.length === 0) return;
    const sorted = [...visits].sort((a, b) => (`${a.linkId}|${a.arm}` < `${b.linkId}|${b.arm}` ? -1 : 1));
    await db
      .insertInto('link_arm_stats')
      .values(sorted.map((v) => ({ link_id: v.linkId, arm: v.arm, visits: v.n, conversions: 0 })))
      .onConflict((oc) => oc.columns(['link_id', 'arm']).doUpdateSet((eb) => ({ visits: eb('link_arm_stats.visits', '+', eb.ref('excluded.visits')) })))
      .execute();
  },

  /** A conversion whose click went to an A/B arm counts for that arm (the bandit learns from it). */
  async countArmConversion(db: DB | Tx, clickId: string): Promise<void> {
    // An upsert: the arm's visits may still be on their way from the redirector.
    await sql`
      INSERT INTO link_arm_stats (link_id, arm, visits, conversions)
      SELECT c.link_id, c.variant, 0, 1 FROM clicks c WHERE c.id = ${clickId} AND c.variant IS NOT NULL
      ON CONFLICT (link_id, arm) DO UPDATE SET conversions = link_arm_stats.conversions + 1`.execute(db);
  },

  async armStats(db: DB, linkId: string) {
    return db.selectFrom('link_arm_stats').select(['arm', 'visits', 'conversions']).where('link_id', '=', linkId).execute();
  },

  /** Today's visitor salt, created by whichever process needs it first; older salts are deleted. */
  async saltFor(db: DB | Tx, day: string): Promise<string> {
    await db
      .insertInto('visitor_salts')
      .values({ day, salt: randomBytes(16).toString('hex') })
      .onConflict((oc) => oc.column('day').doNothing())
      .execute();
    await db.deleteFrom('visitor_salts').where('day', '<', day).execute();
    const row = await db.selectFrom('visitor_salts').select('salt').where('day', '=', day).executeTakeFirstOrThrow();
    return row.salt;
  },

  async totals(db: DB, linkId: string, from: Date, to: Date) {
    const row = await db
      .selectFrom('link_stats_hourly')
      .select([
        sql<number>`coalesce(sum(clicks), 0)::int8`.as('clicks'),
        sql<number>`coalesce(sum(bots), 0)::int8`.as('bots'),
        sql<number>`coalesce(sum(qr), 0)::int8`.as('qr'),
      ])
      .where('link_id', '=', linkId)
      .where('hour', '>=', from)
      .where('hour', '<', to)
      .executeTakeFirstOrThrow();
    const uniques = await db
      .selectFrom('link_stats_daily')
      .select(sql<number>`coalesce(sum(uniques), 0)::int8`.as('uniques'))
      .where('link_id', '=', linkId)
      .where('day', '>=', dayOf(from))
      .where('day', '<', dayOf(new Date(to.getTime() + 86_399_999)))
      .executeTakeFirstOrThrow();
    return { ...row, uniques: uniques.uniques };
  },

  async series(db: DB, linkId: string, from: Date, to: Date, interval: 'hour' | 'day') {
    const bucket = interval === 'hour' ? sql<Date>`hour` : sql<Date>`date_trunc('day', hour AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'`;
    return db
      .selectFrom('link_stats_hourly')
      .select([bucket.as('at'), sql<number>`sum(clicks)::int8`.as('clicks')])
      .where('link_id', '=', linkId)
      .where('hour', '>=', from)
      .where('hour', '<', to)
      .groupBy(sql`1`)
      .orderBy(sql`1`)
      .execute();
  },

  async breakdowns(db: DB, linkId: string, from: Date, to: Date) {
    return db
      .selectFrom('link_stats_daily_dims')
      .select(['dim', 'value', sql<number>`sum(clicks)::int8`.as('clicks')])
      .where('link_id', '=', linkId)
      .where('day', '>=', dayOf(from))
      .where('day', '<=', dayOf(new Date(to.getTime() - 1)))
      .groupBy(['dim', 'value'])
      .orderBy('dim')
      .orderBy(sql`3`, 'desc')
      .execute();
  },
};
