/**
 * Publication metrics as a time series: the only code that touches publication_metrics. Reads go through
 * `seriesOf`, so the store can change (a columnar store, rollups) without touching callers.
 */
import { sql, Transaction, type Selectable } from 'kysely';
import type { Queryable, Tx } from '../../db/database.js';
import type { PublicationMetricsTable } from '../../db/schema.js';
import type { PostMetrics } from '../../networks/connector.js';
import { rollupsRepository } from '../analytics/rollups-repository.js';

export type MetricsPoint = Selectable<PublicationMetricsTable>;

export interface CollectablePublication {
  id: string;
  external_id: string;
  published_at: Date;
  last_fetched_at: Date | null;
}

export const metricsRepository = {
  /** The channel's publications published after `since`, with when their last point was taken. */
  async publishedSince(db: Queryable, channelId: string, since: Date): Promise<CollectablePublication[]> {
    const rows = await db
      .selectFrom('publications as p')
      .select(['p.id', 'p.external_id', 'p.published_at'])
      // An index lookup on the series' primary key (publication_id, fetched_at), not a scan.
      .select(sql<Date | null>`(SELECT max(m.fetched_at) FROM publication_metrics m WHERE m.publication_id = p.id)`.as('last_fetched_at'))
      .where('p.channel_id', '=', channelId)
      .where('p.status', '=', 'published')
      .where('p.external_id', 'is not', null)
      .where('p.published_at', '>', since)
      .execute();
    return rows.flatMap((r) => (r.external_id && r.published_at ? [{ ...r, external_id: r.external_id, published_at: r.published_at }] : []));
  },

  /**
   * One point per publication and fetch; the same fetch stored twice (a retried job) is kept once. The points actually
   * stored are folded into the analytics rollups in the same transaction, so the rollups never count a point twice
   * nor miss one (a job instead would add a queue, a lag and a second place to get idempotency right).
   */
  async addPoints(db: Queryable, points: Array<{ publicationId: string; metrics: PostMetrics }>): Promise<void> {
    if (points.length === 0) return;
    const n = (v: number | null | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? Math.max(0, Math.round(v)) : null);
    const write = async (trx: Tx) => {
      const stored = await trx
        .insertInto('publication_metrics')
        .values(
          points.map(({ publicationId, metrics: m }) => ({
            publication_id: publicationId,
            fetched_at: m.fetchedAt,
            likes: n(m.likes) ?? 0,
            reposts: n(m.reposts) ?? 0,
            replies: n(m.replies) ?? 0,
            quotes: n(m.quotes),
            views: n(m.views),
            impressions: n(m.impressions),
            reach: n(m.reach),
            saves: n(m.saves),
            link_clicks: n(m.linkClicks),
          })),
        )
        .onConflict((oc) => oc.columns(['publication_id', 'fetched_at']).doNothing())
        .returning(['publication_id', 'fetched_at'])
        .execute();
      await rollupsRepository.addStoredPoints(trx, stored);
    };
    await (db instanceof Transaction ? write(db) : db.transaction().execute(write));
  },

  /** Every point of these publications, oldest first. */
  async seriesOf(db: Queryable, publicationIds: string[]): Promise<MetricsPoint[]> {
    if (publicationIds.length === 0) return [];
    return db
      .selectFrom('publication_metrics')
      .selectAll()
      .where('publication_id', 'in', publicationIds)
      .orderBy('publication_id')
      .orderBy('fetched_at')
      .execute();
  },

  /** The last point of each of these publications (publications never measured are absent). */
  async latestOf(db: Queryable, publicationIds: string[]): Promise<MetricsPoint[]> {
    if (publicationIds.length === 0) return [];
    return db
      .selectFrom('publication_metrics')
      .selectAll()
      .distinctOn('publication_id')
      .where('publication_id', 'in', publicationIds)
      .orderBy('publication_id')
      .orderBy('fetched_at', 'desc')
      .execute();
  },
};
