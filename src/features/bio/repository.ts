/**
 * Link-in-bio pages: the only code that touches bio_pages and bio_items. It reads links too (joins for the page's
 * items, and which ids belong to a workspace) but never writes them.
 */
import type { Selectable } from 'kysely';
import type { Queryable } from '../../db/database.js';
import type { BioPagesTable } from '../../db/schema.js';

export type BioPageRow = Selectable<BioPagesTable>;

export interface BioPageValues {
  slug: string;
  title: string;
  description: string;
  theme: string;
  lang: string;
  avatarMediaId: string | null;
}

/** An item with the link it points to (for the editor: archived links included, flagged). */
export interface BioItemRow {
  position: number;
  link_id: string;
  label: string;
  code: string;
  archived_at: Date | null;
  expires_at: Date | null;
}

export const bioRepository = {
  async findByWorkspace(db: Queryable, workspaceId: string): Promise<BioPageRow | undefined> {
    return db.selectFrom('bio_pages').selectAll().where('workspace_id', '=', workspaceId).executeTakeFirst();
  },

  async findBySlug(db: Queryable, slug: string): Promise<BioPageRow | undefined> {
    return db.selectFrom('bio_pages').selectAll().where('slug', '=', slug).executeTakeFirst();
  },

  /** Creates or replaces the workspace's page. A slug held by another workspace raises a unique violation (23505). */
  async upsert(db: Queryable, workspaceId: string, v: BioPageValues): Promise<BioPageRow> {
    const values = {
      slug: v.slug,
      title: v.title,
      description: v.description,
      theme: v.theme,
      lang: v.lang,
      avatar_media_id: v.avatarMediaId,
    };
    return db
      .insertInto('bio_pages')
      .values({ workspace_id: workspaceId, ...values })
      .onConflict((oc) => oc.column('workspace_id').doUpdateSet({ ...values, updated_at: new Date() }))
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async replaceItems(db: Queryable, pageId: string, items: Array<{ linkId: string; label: string }>): Promise<void> {
    await db.deleteFrom('bio_items').where('bio_page_id', '=', pageId).execute();
    if (items.length === 0) return;
    await db
      .insertInto('bio_items')
      .values(items.map((item, position) => ({ bio_page_id: pageId, position, link_id: item.linkId, label: item.label })))
      .execute();
  },

  /** Items in order, each with its link's code and state. */
  async items(db: Queryable, pageId: string): Promise<BioItemRow[]> {
    return db
      .selectFrom('bio_items')
      .innerJoin('links', 'links.id', 'bio_items.link_id')
      .select(['bio_items.position', 'bio_items.link_id', 'bio_items.label', 'links.code', 'links.archived_at', 'links.expires_at'])
      .where('bio_items.bio_page_id', '=', pageId)
      .orderBy('bio_items.position')
      .execute();
  },

  /** Which of these link ids belong to the workspace. */
  async workspaceLinkIds(db: Queryable, workspaceId: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await db.selectFrom('links').select('id').where('workspace_id', '=', workspaceId).where('id', 'in', ids).execute();
    return new Set(rows.map((r) => r.id));
  },
};
