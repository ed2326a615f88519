/**
 * The only place that touches `campaigns`, the reads of posts and links that ask whether a campaign is used, the
 * write that keeps its links' utm_campaign in step with it, and the reads its report is built from.
 */
import { sql, type Selectable } from 'kysely';
import type { Queryable } from '../../db/database.js';
import type { CampaignGoal, CampaignsTable } from '../../db/schema.js';

export type CampaignRow = Selectable<CampaignsTable>;

export interface CampaignFields {
  name: string;
  goal: CampaignGoal;
  startsAt: Date;
  endsAt: Date;
  utmCampaign: string;
}

export const campaignsRepository = {
  async create(db: Queryable, workspaceId: string, createdBy: string | null, f: CampaignFields): Promise<CampaignRow> {
    return db
      .insertInto('campaigns')
      .values({ workspace_id: workspaceId, name: f.name, goal: f.goal, starts_at: f.startsAt, ends_at: f.endsAt, utm_campaign: f.utmCampaign, created_by: createdBy })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /** Newest first; archived ones only when asked. */
  async list(db: Queryable, workspaceId: string, archived: boolean): Promise<CampaignRow[]> {
    const q = db.selectFrom('campaigns').selectAll().where('workspace_id', '=', workspaceId);
    return (archived ? q : q.where('archived_at', 'is', null)).orderBy('starts_at', 'desc').orderBy('name').execute();
  },

  async find(db: Queryable, workspaceId: string, id: string): Promise<CampaignRow | undefined> {
    return db.selectFrom('campaigns').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  },

  /** Share-locked in a transaction, so a post or link saved with it and its deletion never cross. */
  async findForShare(db: Queryable, workspaceId: string, id: string): Promise<CampaignRow | undefined> {
    return db.selectFrom('campaigns').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).forShare().executeTakeFirst();
  },

  async findForUpdate(db: Queryable, workspaceId: string, id: string): Promise<CampaignRow | undefined> {
    return db.selectFrom('campaigns').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).forUpdate().executeTakeFirst();
  },

  /** Another campaign of the workspace with this name, ignoring case (names are unique that way). */
  async findByName(db: Queryable, workspaceId: string, name: string, exceptId?: string): Promise<CampaignRow | undefined> {
    let query = db.selectFrom('campaigns').selectAll().where('workspace_id', '=', workspaceId).where(sql`lower(name)`, '=', name.toLowerCase());
    if (exceptId) query = query.where('id', '!=', exceptId);
    return query.executeTakeFirst();
  },

  async update(db: Queryable, workspaceId: string, id: string, f: Partial<CampaignFields> & { archivedAt?: Date | null }): Promise<CampaignRow | undefined> {
    return db
      .updateTable('campaigns')
      .set({
        ...(f.name !== undefined && { name: f.name }),
        ...(f.goal !== undefined && { goal: f.goal }),
        ...(f.startsAt !== undefined && { starts_at: f.startsAt }),
        ...(f.endsAt !== undefined && { ends_at: f.endsAt }),
        ...(f.utmCampaign !== undefined && { utm_campaign: f.utmCampaign }),
        ...(f.archivedAt !== undefined && { archived_at: f.archivedAt }),
        updated_at: new Date(),
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  },

  async remove(db: Queryable, workspaceId: string, id: string): Promise<void> {
    await db.deleteFrom('campaigns').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
  },

  /** Posts (deleted ones too: their results stay) and links that name the campaign. */
  async usage(db: Queryable, workspaceId: string, id: string): Promise<{ posts: number; links: number }> {
    const [posts, links] = await Promise.all([
      db.selectFrom('posts').select((eb) => eb.fn.countAll<string>().as('n')).where('workspace_id', '=', workspaceId).where('campaign_id', '=', id).executeTakeFirstOrThrow(),
      db.selectFrom('links').select((eb) => eb.fn.countAll<string>().as('n')).where('workspace_id', '=', workspaceId).where('campaign_id', '=', id).executeTakeFirstOrThrow(),
    ]);
    return { posts: Number(posts.n), links: Number(links.n) };
  },

  /**
   * Sets utm_campaign on every link of the campaign (after a rename of it); returns their codes, so the redirector
   * forgets them.
   */
  async renameLinksUtm(db: Queryable, workspaceId: string, id: string, utmCampaign: string): Promise<string[]> {
    const rows = await db
      .updateTable('links')
      .set({ utm: sql<string>`jsonb_set(utm, '{campaign}', to_jsonb(${utmCampaign}::text))`, updated_at: new Date() })
      .where('workspace_id', '=', workspaceId)
      .where('campaign_id', '=', id)
      .returning('code')
      .execute();
    return rows.map((r) => r.code);
  },

  /**
   * Moves the tracked links of a post to its new campaign (or none), with that utm_campaign (or none, or the
   * workspace's default); returns their codes.
   */
  async moveLinksOfPost(db: Queryable, workspaceId: string, postId: string, campaignId: string | null, utmCampaign: string | null): Promise<string[]> {
    const utm = utmCampaign === null ? sql<string>`utm - 'campaign'` : sql<string>`jsonb_set(utm, '{campaign}', to_jsonb(${utmCampaign}::text))`;
    const rows = await db
      .updateTable('links')
      .set({ campaign_id: campaignId, utm, updated_at: new Date() })
      .where('workspace_id', '=', workspaceId)
      .where('post_id', '=', postId)
      .returning('code')
      .execute();
    return rows.map((r) => r.code);
  },
};
