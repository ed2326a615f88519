/** The only place that touches `ideas`. */
import { sql, type Selectable } from 'kysely';
import type { Queryable } from '../../db/database.js';
import { containsPattern } from '../../db/like.js';
import type { IdeaStage, IdeasTable } from '../../db/schema.js';

export type IdeaRow = Selectable<IdeasTable>;

export interface IdeaFields {
  title: string;
  notes: string;
  tags: string[];
  mediaIds: string[];
  stage: IdeaStage;
  position: number;
}

export const ideasRepository = {
  async create(db: Queryable, workspaceId: string, createdBy: string | null, f: IdeaFields): Promise<IdeaRow> {
    return db
      .insertInto('ideas')
      .values({
        workspace_id: workspaceId,
        title: f.title,
        notes: f.notes,
        tags: JSON.stringify(f.tags),
        media_ids: JSON.stringify(f.mediaIds),
        stage: f.stage,
        position: f.position,
        created_by: createdBy,
        updated_at: new Date(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /** The board: by stage, then by the order people gave them; narrowed by words or a tag. */
  async list(db: Queryable, workspaceId: string, filter: { q?: string; tag?: string }): Promise<IdeaRow[]> {
    let query = db.selectFrom('ideas').selectAll().where('workspace_id', '=', workspaceId);
    if (filter.tag) query = query.where(sql<boolean>`tags @> ${JSON.stringify([filter.tag])}::jsonb`);
    if (filter.q) {
      const pattern = containsPattern(filter.q);
      query = query.where(sql<boolean>`(title ILIKE ${pattern} OR notes ILIKE ${pattern} OR tags::text ILIKE ${pattern})`);
    }
    return query.orderBy('stage').orderBy('position').orderBy('created_at').limit(1000).execute();
  },

  async find(db: Queryable, workspaceId: string, id: string): Promise<IdeaRow | undefined> {
    return db.selectFrom('ideas').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  },

  /** The position after the last card of a stage: where a new or moved idea lands unless told otherwise. */
  async endOfStage(db: Queryable, workspaceId: string, stage: IdeaStage): Promise<number> {
    const row = await db
      .selectFrom('ideas')
      .select(sql<number | null>`max(position)`.as('last'))
      .where('workspace_id', '=', workspaceId)
      .where('stage', '=', stage)
      .executeTakeFirst();
    return (row?.last ?? 0) + 1;
  },

  async update(db: Queryable, workspaceId: string, id: string, f: Partial<IdeaFields>): Promise<IdeaRow | undefined> {
    return db
      .updateTable('ideas')
      .set({
        ...(f.title !== undefined && { title: f.title }),
        ...(f.notes !== undefined && { notes: f.notes }),
        ...(f.tags !== undefined && { tags: JSON.stringify(f.tags) }),
        ...(f.mediaIds !== undefined && { media_ids: JSON.stringify(f.mediaIds) }),
        ...(f.stage !== undefined && { stage: f.stage }),
        ...(f.position !== undefined && { position: f.position }),
        updated_at: new Date(),
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  },

  /** Links the post made from the idea, unless another click linked one first (then nothing changes). */
  async linkPost(db: Queryable, workspaceId: string, id: string, postId: string, position: number): Promise<IdeaRow | undefined> {
    return db
      .updateTable('ideas')
      .set({ post_id: postId, stage: 'used', position, updated_at: new Date() })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('post_id', 'is', null)
      .returningAll()
      .executeTakeFirst();
  },

  async remove(db: Queryable, workspaceId: string, id: string): Promise<boolean> {
    const result = await db.deleteFrom('ideas').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  },

  /** Tags in use on ideas, most used first. */
  async tags(db: Queryable, workspaceId: string): Promise<Array<{ tag: string; count: number }>> {
    const rows = await sql<{ tag: string; count: string }>`
      SELECT t.tag, count(*) AS count FROM ideas, jsonb_array_elements_text(ideas.tags) AS t(tag)
       WHERE ideas.workspace_id = ${workspaceId} GROUP BY t.tag ORDER BY count(*) DESC, t.tag LIMIT 200
    `.execute(db);
    return rows.rows.map((r) => ({ tag: r.tag, count: Number(r.count) }));
  },
};
