/** The only place that touches `post_notes` and `post_versions`: the team's notes on a post and its content history. */
import type { Selectable } from 'kysely';
import type { Queryable } from '../../db/database.js';
import type { PostNotesTable, PostVersionContent, PostVersionsTable } from '../../db/schema.js';

export type PostNoteRow = Selectable<PostNotesTable>;
export type PostVersionRow = Selectable<PostVersionsTable>;

export const postNotesRepository = {
  async insertNote(db: Queryable, n: { workspaceId: string; postId: string; authorId: string; text: string; mentions: string[] }): Promise<PostNoteRow> {
    return db
      .insertInto('post_notes')
      .values({ workspace_id: n.workspaceId, post_id: n.postId, author_id: n.authorId, text: n.text, mentions: JSON.stringify(n.mentions) })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async updateNote(db: Queryable, id: string, text: string, mentions: string[]): Promise<PostNoteRow> {
    return db.updateTable('post_notes').set({ text, mentions: JSON.stringify(mentions), updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  },

  async deleteNote(db: Queryable, id: string): Promise<void> {
    await db.deleteFrom('post_notes').where('id', '=', id).execute();
  },

  /** A note of this post of this workspace (anything else is "not found"). */
  async findNote(db: Queryable, workspaceId: string, postId: string, id: string): Promise<PostNoteRow | undefined> {
    return db.selectFrom('post_notes').selectAll().where('workspace_id', '=', workspaceId).where('post_id', '=', postId).where('id', '=', id).executeTakeFirst();
  },

  /** Oldest first, like a conversation. */
  async notesOf(db: Queryable, workspaceId: string, postId: string): Promise<PostNoteRow[]> {
    return db.selectFrom('post_notes').selectAll().where('workspace_id', '=', workspaceId).where('post_id', '=', postId).orderBy('created_at').orderBy('id').limit(500).execute();
  },

  async insertVersion(db: Queryable, v: { workspaceId: string; postId: string; number: number; authorId: string | null; content: PostVersionContent; changes: string[]; createdAt?: Date }): Promise<PostVersionRow> {
    return db
      .insertInto('post_versions')
      .values({
        workspace_id: v.workspaceId,
        post_id: v.postId,
        number: v.number,
        author_id: v.authorId,
        content: JSON.stringify(v.content),
        changes: JSON.stringify(v.changes),
        ...(v.createdAt && { created_at: v.createdAt }),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async latestVersion(db: Queryable, postId: string): Promise<PostVersionRow | undefined> {
    return db.selectFrom('post_versions').selectAll().where('post_id', '=', postId).orderBy('number', 'desc').limit(1).executeTakeFirst();
  },

  /** Newest first, with the name of who made each. */
  async versionsOf(db: Queryable, workspaceId: string, postId: string) {
    return db
      .selectFrom('post_versions as v')
      .leftJoin('users as u', 'u.id', 'v.author_id')
      .selectAll('v')
      .select(['u.name as author_name', 'u.email as author_email'])
      .where('v.workspace_id', '=', workspaceId)
      .where('v.post_id', '=', postId)
      .orderBy('v.number', 'desc')
      .limit(500)
      .execute();
  },

  async findVersion(db: Queryable, workspaceId: string, postId: string, id: string): Promise<PostVersionRow | undefined> {
    return db.selectFrom('post_versions').selectAll().where('workspace_id', '=', workspaceId).where('post_id', '=', postId).where('id', '=', id).executeTakeFirst();
  },

  async versionByNumber(db: Queryable, postId: string, number: number): Promise<PostVersionRow | undefined> {
    return db.selectFrom('post_versions').selectAll().where('post_id', '=', postId).where('number', '=', number).executeTakeFirst();
  },
};
