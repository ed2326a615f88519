/** Links: the only code that touches the links table (clicks and rollups: clicks-repository.ts writes them,
 * stats-repository.ts reads them). */
import { sql, type Selectable } from 'kysely';
import type { Queryable } from '../../db/database.js';
import type { LinkRuleRow, LinksTable, LinkUtm, LinkVariants } from '../../db/schema.js';

export type LinkRow = Selectable<LinksTable>;

export interface NewLink {
  workspaceId: string;
  code: string;
  url: string;
  utm: LinkUtm;
  rules: LinkRuleRow[];
  tags: string[];
  title: string;
  passwordHash: string | null;
  expiresAt: Date | null;
  addClickId: boolean;
  postId?: string | null;
  publicationId?: string | null;
  network?: string | null;
  channelId?: string | null;
  createdBy: string | null;
  variants?: LinkVariants | null;
  campaignId?: string | null;
}

export const linksRepository = {
  /** Inserts unless the code is taken; returns undefined then (the caller picks another code). */
  async insert(db: Queryable, l: NewLink): Promise<LinkRow | undefined> {
    return db
      .insertInto('links')
      .values({
        workspace_id: l.workspaceId,
        code: l.code,
        url: l.url,
        utm: JSON.stringify(l.utm),
        rules: JSON.stringify(l.rules),
        tags: JSON.stringify(l.tags),
        title: l.title,
        password_hash: l.passwordHash,
        expires_at: l.expiresAt,
        add_click_id: l.addClickId,
        post_id: l.postId ?? null,
        publication_id: l.publicationId ?? null,
        network: l.network ?? null,
        channel_id: l.channelId ?? null,
        created_by: l.createdBy,
        variants: JSON.stringify(l.variants ?? null),
        campaign_id: l.campaignId ?? null,
      })
      .onConflict((oc) => oc.column('code').doNothing())
      .returningAll()
      .executeTakeFirst();
  },

  async find(db: Queryable, workspaceId: string, id: string): Promise<LinkRow | undefined> {
    return db.selectFrom('links').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  },

  /** A publication's tracked link for one destination (reused when the post is edited). */
  async findForPublication(db: Queryable, publicationId: string, url: string): Promise<LinkRow | undefined> {
    return db.selectFrom('links').selectAll().where('publication_id', '=', publicationId).where('url', '=', url).executeTakeFirst();
  },

  /** The redirector's lookup: by code alone (codes are global, like a domain's paths). */
  async findByCode(db: Queryable, code: string): Promise<LinkRow | undefined> {
    return db.selectFrom('links').selectAll().where('code', '=', code).executeTakeFirst();
  },

  async list(db: Queryable, workspaceId: string, f: { archived: boolean; tag?: string; limit: number; before?: Date }): Promise<LinkRow[]> {
    let q = db.selectFrom('links').selectAll().where('workspace_id', '=', workspaceId);
    q = f.archived ? q.where('archived_at', 'is not', null) : q.where('archived_at', 'is', null);
    if (f.tag) q = q.where(sql<boolean>`tags @> ${JSON.stringify([f.tag])}::jsonb`);
    if (f.before) q = q.where('created_at', '<', f.before);
    return q.orderBy('created_at', 'desc').limit(f.limit).execute();
  },

  async update(
    db: Queryable,
    workspaceId: string,
    id: string,
    p: Partial<{ url: string; utm: LinkUtm; rules: LinkRuleRow[]; tags: string[]; title: string; passwordHash: string | null; expiresAt: Date | null; addClickId: boolean; archivedAt: Date | null; variants: LinkVariants | null; campaignId: string | null }>,
  ): Promise<LinkRow | undefined> {
    return db
      .updateTable('links')
      .set({
        ...(p.url !== undefined && { url: p.url }),
        ...(p.utm !== undefined && { utm: JSON.stringify(p.utm) }),
        ...(p.rules !== undefined && { rules: JSON.stringify(p.rules) }),
        ...(p.tags !== undefined && { tags: JSON.stringify(p.tags) }),
        ...(p.title !== undefined && { title: p.title }),
        ...(p.passwordHash !== undefined && { password_hash: p.passwordHash }),
        ...(p.expiresAt !== undefined && { expires_at: p.expiresAt }),
        ...(p.addClickId !== undefined && { add_click_id: p.addClickId }),
        ...(p.archivedAt !== undefined && { archived_at: p.archivedAt }),
        ...(p.variants !== undefined && { variants: JSON.stringify(p.variants) }),
        ...(p.campaignId !== undefined && { campaign_id: p.campaignId }),
        updated_at: new Date(),
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  },
};
