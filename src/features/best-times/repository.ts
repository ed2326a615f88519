/**
 * The only code that touches channel_history and a channel's audience time zone, and the one read of a channel's
 * own published publications with their latest metrics that best times need.
 */
import { sql } from 'kysely';
import type { Queryable } from '../../db/database.js';
import type { PastPost } from './estimate.js';
import type { HistoryPost } from './history.js';

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters (6 per row). */
const CHUNK = 1000;

/** A channel of the workspace, with the zones its best times may be counted in. */
export interface ChannelZones {
  id: string;
  audienceTimeZone: string | null;
  workspaceTimeZone: string;
}

export const bestTimesRepository = {
  /** The channel if it belongs to the workspace (another workspace's channel is not found). */
  async channelZones(db: Queryable, workspaceId: string, channelId: string): Promise<ChannelZones | undefined> {
    const row = await db
      .selectFrom('channels as c')
      .innerJoin('workspaces as w', 'w.id', 'c.workspace_id')
      .select(['c.id', 'c.audience_time_zone', 'w.timezone'])
      .where('c.workspace_id', '=', workspaceId)
      .where('c.id', '=', channelId)
      .executeTakeFirst();
    return row && { id: row.id, audienceTimeZone: row.audience_time_zone, workspaceTimeZone: row.timezone };
  },

  async setAudienceTimeZone(db: Queryable, workspaceId: string, channelId: string, timeZone: string | null): Promise<boolean> {
    const result = await db
      .updateTable('channels')
      .set({ audience_time_zone: timeZone })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', channelId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  /** Stores the posts not stored yet (same channel and instant: kept once); answers how many were new. */
  async addHistory(db: Queryable, workspaceId: string, channelId: string, posts: readonly HistoryPost[]): Promise<number> {
    let added = 0;
    for (let start = 0; start < posts.length; start += CHUNK) {
      const rows = await db
        .insertInto('channel_history')
        .values(
          posts.slice(start, start + CHUNK).map((p) => ({
            channel_id: channelId,
            workspace_id: workspaceId,
            published_at: p.publishedAt,
            impressions: p.impressions,
            engagements: p.engagements,
            clicks: p.clicks,
          })),
        )
        .onConflict((oc) => oc.columns(['channel_id', 'published_at']).doNothing())
        .returning('channel_id')
        .execute();
      added += rows.length;
    }
    return added;
  },

  async history(db: Queryable, channelId: string): Promise<PastPost[]> {
    const rows = await db
      .selectFrom('channel_history')
      .select(['published_at', 'impressions', 'engagements'])
      .where('channel_id', '=', channelId)
      .execute();
    return rows.map((r) => ({ publishedAt: r.published_at, impressions: Number(r.impressions), engagements: Number(r.engagements) }));
  },

  /**
   * The channel's published publications with their latest metrics point: impressions (views where the network
   * counts no impressions) and engagements as likes + reposts + replies + quotes + saves.
   */
  async publishedWithMetrics(db: Queryable, channelId: string): Promise<PastPost[]> {
    const rows = await db
      .selectFrom('publications as p')
      .innerJoinLateral(
        (eb) =>
          eb
            .selectFrom('publication_metrics as m')
            .select(['m.impressions', 'm.views', 'm.likes', 'm.reposts', 'm.replies', 'm.quotes', 'm.saves'])
            .whereRef('m.publication_id', '=', 'p.id')
            .orderBy('m.fetched_at', 'desc')
            .limit(1)
            .as('m'),
        (join) => join.onTrue(),
      )
      .select(['p.published_at'])
      .select(sql<number>`coalesce(m.impressions, m.views, 0)`.as('impressions'))
      .select(sql<number>`m.likes + m.reposts + m.replies + coalesce(m.quotes, 0) + coalesce(m.saves, 0)`.as('engagements'))
      .where('p.channel_id', '=', channelId)
      .where('p.status', '=', 'published')
      .where('p.published_at', 'is not', null)
      .execute();
    return rows.flatMap((r) => (r.published_at ? [{ publishedAt: r.published_at, impressions: Number(r.impressions), engagements: Number(r.engagements) }] : []));
  },
};
