/**
 * Link stats read from the click rollups (clicks-repository.ts writes them as clicks arrive), plus the A/B arms'
 * counts and the daily visitor salts. Stats read only the rollups, so a link with millions of clicks answers from a
 * few hundred rows.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { DB, Queryable } from '../../db/database.js';
import { clickTimeFromId } from './redirect/click-ring.js';

/** The breakdowns kept per day (bots excluded). */
export const DIMENSIONS = ['country', 'device', 'os', 'browser', 'referrer', 'network', 'rule'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

export const statsRepository = {
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
  async countArmConversion(db: Queryable, clickId: string): Promise<void> {
    // An upsert: the arm's visits may still be on their way from the redirector.
    // A v7 click id carries its time: bounding `at` reads one partition (see collect's findClick).
    const at = clickTimeFromId(clickId);
    const inTime = at ? sql`AND c.at >= ${at} AND c.at < ${new Date(at.getTime() + 1)}` : sql``;
    await sql`
      INSERT INTO link_arm_stats (link_id, arm, visits, conversions)
      SELECT c.link_id, c.variant, 0, 1 FROM clicks c WHERE c.id = ${clickId} ${inTime} AND c.variant IS NOT NULL
      ON CONFLICT (link_id, arm) DO UPDATE SET conversions = link_arm_stats.conversions + 1`.execute(db);
  },

  async armStats(db: DB, linkId: string) {
    return db.selectFrom('link_arm_stats').select(['arm', 'visits', 'conversions']).where('link_id', '=', linkId).execute();
  },

  /** Today's visitor salt, created by whichever process needs it first; older salts are deleted. */
  async saltFor(db: Queryable, day: string): Promise<string> {
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

  /** Human clicks (bots excluded, as in the rollups) on the workspace's links of each of these publications, all time. */
  async clicksByPublication(db: Queryable, workspaceId: string, publicationIds: string[]): Promise<Array<{ publication_id: string; clicks: number | string }>> {
    if (publicationIds.length === 0) return [];
    const rows = await db
      .selectFrom('link_stats_hourly as h')
      .innerJoin('links as l', 'l.id', 'h.link_id')
      .select(['l.publication_id', sql<number>`sum(h.clicks)::int8`.as('clicks')])
      .where('l.workspace_id', '=', workspaceId)
      .where('l.publication_id', 'in', publicationIds)
      .groupBy('l.publication_id')
      .execute();
    return rows.flatMap((r) => (r.publication_id ? [{ publication_id: r.publication_id, clicks: r.clicks }] : []));
  },
};
