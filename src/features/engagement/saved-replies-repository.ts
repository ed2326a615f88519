/** A workspace's saved replies: the only code that touches the saved_replies table. */
import type { Selectable } from 'kysely';
import type { Queryable } from '../../db/database.js';
import type { SavedRepliesTable } from '../../db/schema.js';

export type SavedReplyRow = Selectable<SavedRepliesTable>;

export const savedRepliesRepository = {
  async list(db: Queryable, workspaceId: string): Promise<SavedReplyRow[]> {
    return db.selectFrom('saved_replies').selectAll().where('workspace_id', '=', workspaceId).orderBy('name').orderBy('id').execute();
  },

  async create(db: Queryable, workspaceId: string, by: string, reply: { name: string; text: string }): Promise<SavedReplyRow> {
    return db
      .insertInto('saved_replies')
      .values({ workspace_id: workspaceId, created_by: by, name: reply.name, text: reply.text })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async update(db: Queryable, workspaceId: string, id: string, change: { name?: string; text?: string }): Promise<SavedReplyRow | undefined> {
    return db
      .updateTable('saved_replies')
      .set({ ...change, updated_at: new Date() })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  },

  async remove(db: Queryable, workspaceId: string, id: string): Promise<boolean> {
    const result = await db.deleteFrom('saved_replies').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  },
};
