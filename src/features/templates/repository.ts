/** The only place that touches `templates` and `hashtag_groups`. */
import { sql, type Selectable } from 'kysely';
import type { Queryable } from '../../db/database.js';
import type { HashtagGroupsTable, TemplatesTable } from '../../db/schema.js';

export type TemplateRow = Selectable<TemplatesTable>;
export type HashtagGroupRow = Selectable<HashtagGroupsTable>;

export interface TemplateFields {
  name: string;
  text: string;
  tags: string[];
  channelIds: string[];
}

export interface HashtagGroupFields {
  name: string;
  hashtags: string[];
}

export const templatesRepository = {
  async create(db: Queryable, workspaceId: string, createdBy: string, f: TemplateFields): Promise<TemplateRow> {
    return db
      .insertInto('templates')
      .values({ workspace_id: workspaceId, created_by: createdBy, name: f.name, text: f.text, tags: JSON.stringify(f.tags), channel_ids: JSON.stringify(f.channelIds) })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async list(db: Queryable, workspaceId: string): Promise<TemplateRow[]> {
    return db.selectFrom('templates').selectAll().where('workspace_id', '=', workspaceId).orderBy(sql`lower(name)`).execute();
  },

  async find(db: Queryable, workspaceId: string, id: string): Promise<TemplateRow | undefined> {
    return db.selectFrom('templates').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  },

  /** Another template of the workspace with this name, ignoring case (names are unique that way). */
  async findByName(db: Queryable, workspaceId: string, name: string, exceptId?: string): Promise<TemplateRow | undefined> {
    let query = db.selectFrom('templates').selectAll().where('workspace_id', '=', workspaceId).where(sql`lower(name)`, '=', name.toLowerCase());
    if (exceptId) query = query.where('id', '!=', exceptId);
    return query.executeTakeFirst();
  },

  async update(db: Queryable, workspaceId: string, id: string, f: Partial<TemplateFields>): Promise<TemplateRow | undefined> {
    return db
      .updateTable('templates')
      .set({
        ...(f.name !== undefined && { name: f.name }),
        ...(f.text !== undefined && { text: f.text }),
        ...(f.tags !== undefined && { tags: JSON.stringify(f.tags) }),
        ...(f.channelIds !== undefined && { channel_ids: JSON.stringify(f.channelIds) }),
        updated_at: new Date(),
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  },

  async remove(db: Queryable, workspaceId: string, id: string): Promise<boolean> {
    const result = await db.deleteFrom('templates').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  },
};

export const hashtagGroupsRepository = {
  async create(db: Queryable, workspaceId: string, f: HashtagGroupFields): Promise<HashtagGroupRow> {
    return db
      .insertInto('hashtag_groups')
      .values({ workspace_id: workspaceId, name: f.name, hashtags: JSON.stringify(f.hashtags) })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async list(db: Queryable, workspaceId: string): Promise<HashtagGroupRow[]> {
    return db.selectFrom('hashtag_groups').selectAll().where('workspace_id', '=', workspaceId).orderBy(sql`lower(name)`).execute();
  },

  async findByName(db: Queryable, workspaceId: string, name: string, exceptId?: string): Promise<HashtagGroupRow | undefined> {
    let query = db.selectFrom('hashtag_groups').selectAll().where('workspace_id', '=', workspaceId).where(sql`lower(name)`, '=', name.toLowerCase());
    if (exceptId) query = query.where('id', '!=', exceptId);
    return query.executeTakeFirst();
  },

  async update(db: Queryable, workspaceId: string, id: string, f: Partial<HashtagGroupFields>): Promise<HashtagGroupRow | undefined> {
    return db
      .updateTable('hashtag_groups')
      .set({
        ...(f.name !== undefined && { name: f.name }),
        ...(f.hashtags !== undefined && { hashtags: JSON.stringify(f.hashtags) }),
        updated_at: new Date(),
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  },

  async remove(db: Queryable, workspaceId: string, id: string): Promise<boolean> {
    const result = await db.deleteFrom('hashtag_groups').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  },
};
