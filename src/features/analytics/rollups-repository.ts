/**
 * The write side of the analytics rollups (migration 0032): folds newly stored metric points into publication_daily,
 * channel_daily and publication_totals. Called by the metrics repository in the transaction that stored the points,
 * with only the points actually inserted, so a retried collection (its points already there) adds nothing.
 *
 * Each touched publication's days from its earliest new point onwards are recomputed from its points (a few dozen
 * rows through the primary key), and channel_daily receives the difference between the new and the old values.
 * Recomputing instead of adding one delta keeps a late point (older than the latest one) right as well.
 *
 * @example
 *   const stored = await trx.insertInto('publication_metrics').values(rows).onConflict(...).returning([...]).execute();
 *   await rollupsRepository.addStoredPoints(trx, stored);
 */
import { sql } from 'kysely';
import type { Tx } from '../../db/database.js';

export interface StoredPoint {
  publication_id: string;
  fetched_at: Date;
}

/** The UTC date of an instant, as 'YYYY-MM-DD'. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Per publication, the earliest UTC day a new point falls on; sorted by id so concurrent writers lock in one order. */
function earliestDays(points: readonly StoredPoint[]): { ids: string[]; days: string[] } {
  const since = new Map<string, string>();
  for (const p of points) {
    const day = utcDay(p.fetched_at);
    const known = since.get(p.publication_id);
    if (known === undefined || day < known) since.set(p.publication_id, day);
  }
  const ids = [...since.keys()].sort();
  return { ids, days: ids.map((id) => since.get(id)!) };
}

/** A point's figures from its cumulative counts (the definitions are in migration 0032). */
const FIGURES = sql`
  coalesce(m.impressions, m.views, 0) AS impressions, coalesce(m.views, 0) AS views,
  m.likes + m.reposts + m.replies + coalesce(m.quotes, 0) + coalesce(m.saves, 0) AS engagements,
  coalesce(m.link_clicks, 0) AS link_clicks`;

export const rollupsRepository = {
  async addStoredPoints(trx: Tx, points: readonly StoredPoint[]): Promise<void> {
    if (points.length === 0) return;
    const { ids, days } = earliestDays(points);
    await upsertTotals(ids).execute(trx);
    await recomputeDays(ids, days).execute(trx);
  },
};

/**
 * Each publication's latest point into publication_totals (locking its row, so two writers of one publication take
 * turns); a publication measured for the first time counts as published on its channel's day.
 */
function upsertTotals(ids: string[]) {
  return sql`
    WITH latest AS (
      -- One index lookup per publication (publication_metrics' primary key), never a scan of the points.
      SELECT p.id AS publication_id, p.workspace_id, p.channel_id, p.post_id, p.network, coalesce(p.published_at, l.fetched_at) AS published_at,
             l.fetched_at, l.impressions, l.views, l.engagements, l.link_clicks
      FROM unnest(${ids}::uuid[]) AS a(id)
      JOIN publications p ON p.id = a.id
      CROSS JOIN LATERAL (
        SELECT m.fetched_at, ${FIGURES} FROM publication_metrics m WHERE m.publication_id = a.id ORDER BY m.fetched_at DESC LIMIT 1
      ) l
    ),
    written AS (
      INSERT INTO publication_totals (publication_id, workspace_id, channel_id, post_id, network, published_at, fetched_at, impressions, views, engagements, link_clicks)
      SELECT publication_id, workspace_id, channel_id, post_id, network, published_at, fetched_at, impressions, views, engagements, link_clicks
      FROM latest
      ORDER BY publication_id
      ON CONFLICT (publication_id) DO UPDATE SET
        fetched_at = excluded.fetched_at, impressions = excluded.impressions, views = excluded.views,
        engagements = excluded.engagements, link_clicks = excluded.link_clicks
      RETURNING channel_id, workspace_id, network, published_at, (xmax = 0) AS inserted
    )
    INSERT INTO channel_daily (channel_id, day, workspace_id, network, published)
    SELECT channel_id, (published_at AT TIME ZONE 'UTC')::date, workspace_id, network, count(*)
    FROM written WHERE inserted
    GROUP BY 1, 2, 3, 4
    ON CONFLICT (channel_id, day) DO UPDATE SET published = channel_daily.published + excluded.published
  `;
}

/** The touched publications' days from `days[i]` on, recomputed; channel_daily gets new minus old. */
function recomputeDays(ids: string[], days: string[]) {
  return sql`
    WITH affected AS (
      SELECT a.publication_id, a.since, p.workspace_id, p.channel_id, p.post_id, p.network
      FROM unnest(${ids}::uuid[], ${days}::date[]) AS a(publication_id, since)
      JOIN publications p ON p.id = a.publication_id
    ),
    points AS (
      -- From the last point before the first recomputed day: the baseline the first day's increase starts from.
      SELECT m.publication_id, m.fetched_at, ${FIGURES}
      FROM affected a JOIN publication_metrics m ON m.publication_id = a.publication_id
      WHERE m.fetched_at >= coalesce(
        (SELECT max(b.fetched_at) FROM publication_metrics b
         WHERE b.publication_id = a.publication_id AND b.fetched_at < (a.since::timestamp AT TIME ZONE 'UTC')),
        '-infinity'::timestamptz)
    ),
    increases AS (
      SELECT publication_id, (fetched_at AT TIME ZONE 'UTC')::date AS day,
             impressions - coalesce(lag(impressions) OVER w, 0) AS impressions,
             views - coalesce(lag(views) OVER w, 0) AS views,
             engagements - coalesce(lag(engagements) OVER w, 0) AS engagements,
             link_clicks - coalesce(lag(link_clicks) OVER w, 0) AS link_clicks
      FROM points
      WINDOW w AS (PARTITION BY publication_id ORDER BY fetched_at)
    ),
    fresh AS (
      SELECT i.publication_id, i.day, sum(i.impressions) AS impressions, sum(i.views) AS views,
             sum(i.engagements) AS engagements, sum(i.link_clicks) AS link_clicks
      FROM increases i JOIN affected a ON a.publication_id = i.publication_id
      WHERE i.day >= a.since
      GROUP BY i.publication_id, i.day
    ),
    old AS (
      -- Per publication through the primary key (a join could scan the whole table).
      SELECT d.publication_id, d.day, d.impressions, d.views, d.engagements, d.link_clicks
      FROM affected a
      CROSS JOIN LATERAL (SELECT * FROM publication_daily d WHERE d.publication_id = a.publication_id AND d.day >= a.since) d
    ),
    written AS (
      INSERT INTO publication_daily (publication_id, day, workspace_id, channel_id, post_id, network, impressions, views, engagements, link_clicks)
      SELECT f.publication_id, f.day, a.workspace_id, a.channel_id, a.post_id, a.network, f.impressions, f.views, f.engagements, f.link_clicks
      FROM fresh f JOIN affected a ON a.publication_id = f.publication_id
      ORDER BY f.publication_id, f.day
      ON CONFLICT (publication_id, day) DO UPDATE SET
        impressions = excluded.impressions, views = excluded.views, engagements = excluded.engagements, link_clicks = excluded.link_clicks
      RETURNING 1
    ),
    changes AS (
      SELECT publication_id, day, impressions, views, engagements, link_clicks FROM fresh
      UNION ALL
      SELECT publication_id, day, -impressions, -views, -engagements, -link_clicks FROM old
    )
    INSERT INTO channel_daily (channel_id, day, workspace_id, network, impressions, views, engagements, link_clicks)
    SELECT a.channel_id, c.day, a.workspace_id, a.network, sum(c.impressions), sum(c.views), sum(c.engagements), sum(c.link_clicks)
    FROM changes c JOIN affected a ON a.publication_id = c.publication_id
    GROUP BY a.channel_id, c.day, a.workspace_id, a.network
    HAVING sum(c.impressions) <> 0 OR sum(c.views) <> 0 OR sum(c.engagements) <> 0 OR sum(c.link_clicks) <> 0
    ORDER BY a.channel_id, c.day
    ON CONFLICT (channel_id, day) DO UPDATE SET
      impressions = channel_daily.impressions + excluded.impressions, views = channel_daily.views + excluded.views,
      engagements = channel_daily.engagements + excluded.engagements, link_clicks = channel_daily.link_clicks + excluded.link_clicks
  `;
}
