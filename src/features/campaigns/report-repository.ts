/**
 * The reads a campaign report is built from: its posts' publications, its links with the clicks, conversions and
 * share tokens they brought (rollups, never raw clicks), and the names of channels, segments and posts. Metrics
 * points come from the metrics repository (`latestOf`).
 */
import { sql } from 'kysely';
import type { Queryable } from '../../db/database.js';

export interface CampaignPublication {
  id: string;
  post_id: string;
  channel_id: string;
  network: string;
  segment_id: string | null;
}

export interface CampaignLink {
  id: string;
  post_id: string | null;
  publication_id: string | null;
  channel_id: string | null;
  network: string | null;
}

export const campaignReportRepository = {
  /** Published publications of the campaign's posts (a deleted post's results still count). */
  async publications(db: Queryable, workspaceId: string, campaignId: string): Promise<CampaignPublication[]> {
    return db
      .selectFrom('publications as p')
      .innerJoin('posts', 'posts.id', 'p.post_id')
      .select(['p.id', 'p.post_id', 'p.channel_id', 'p.network', 'p.segment_id'])
      .where('posts.workspace_id', '=', workspaceId)
      .where('posts.campaign_id', '=', campaignId)
      .where('p.status', '=', 'published')
      .orderBy('p.published_at')
      .execute();
  },

  /** The campaign's links: its posts' tracked links and the links given it by hand. */
  async links(db: Queryable, workspaceId: string, campaignId: string): Promise<CampaignLink[]> {
    return db
      .selectFrom('links')
      .select(['id', 'post_id', 'publication_id', 'channel_id', 'network'])
      .where('workspace_id', '=', workspaceId)
      .where('campaign_id', '=', campaignId)
      .execute();
  },

  /** Human clicks (bots excluded, as in the rollups) per link, all time. */
  async clicks(db: Queryable, linkIds: string[]): Promise<Array<{ link_id: string; clicks: number | string }>> {
    if (linkIds.length === 0) return [];
    return db
      .selectFrom('link_stats_hourly')
      .select(['link_id', sql<string>`sum(clicks)::int8`.as('clicks')])
      .where('link_id', 'in', linkIds)
      .groupBy('link_id')
      .execute();
  },

  /** Conversions per link, name and currency ('' when none was given), all time. */
  async conversions(db: Queryable, linkIds: string[]) {
    if (linkIds.length === 0) return [];
    return db
      .selectFrom('conversion_stats_daily')
      .select(['link_id', 'name', 'currency', sql<string>`sum(conversions)::int8`.as('conversions'), sql<string>`sum(value)::text`.as('value')])
      .where('link_id', 'in', linkIds)
      .groupBy(['link_id', 'name', 'currency'])
      .execute();
  },

  /** Every share token minted through the campaign's links. */
  async shareNodes(db: Queryable, workspaceId: string, linkIds: string[]) {
    if (linkIds.length === 0) return [];
    return db.selectFrom('share_tokens').select(['token', 'parent_token', 'visits', 'link_id']).where('workspace_id', '=', workspaceId).where('link_id', 'in', linkIds).execute();
  },

  async channelNames(db: Queryable, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await db.selectFrom('channels').select(['id', 'handle']).where('workspace_id', '=', workspaceId).where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, r.handle]));
  },

  async segmentNames(db: Queryable, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await db.selectFrom('segments').select(['id', 'name']).where('workspace_id', '=', workspaceId).where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  },

  /** The first 80 characters of each post's text, as its label. */
  async postLabels(db: Queryable, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await db.selectFrom('posts').select(['id', sql<string>`left(text, 80)`.as('label')]).where('workspace_id', '=', workspaceId).where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, r.label]));
  },
};
