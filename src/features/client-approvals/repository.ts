/** Client approval links and their decisions: the only code that touches these two tables. */
import { sql, type Selectable } from 'kysely';
import type { Queryable } from '../../db/database.js';
import type { ClientApprovalDecisionsTable, ClientApprovalLinksTable, ClientDecision } from '../../db/schema.js';

export type ClientApprovalLink = Selectable<ClientApprovalLinksTable>;
export type ClientApprovalDecision = Selectable<ClientApprovalDecisionsTable>;

// A week of a busy workspace fits; a link is for a person to read, not a whole backlog.
export const MAX_LINK_POSTS = 50;

export interface NewLink {
  workspaceId: string;
  tokenHash: string;
  postIds: string[];
  email: string | null;
  note: string | null;
  expiresAt: Date;
  createdBy: string;
}

export const clientApprovalsRepository = {
  async insert(db: Queryable, l: NewLink): Promise<ClientApprovalLink> {
    return db
      .insertInto('client_approval_links')
      .values({
        workspace_id: l.workspaceId, token_hash: l.tokenHash, post_ids: JSON.stringify(l.postIds), email: l.email, note: l.note,
        expires_at: l.expiresAt, created_by: l.createdBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async findById(db: Queryable, id: string): Promise<ClientApprovalLink | undefined> {
    return db.selectFrom('client_approval_links').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async findDecision(db: Queryable, linkId: string, postId: string): Promise<ClientApprovalDecision | undefined> {
    return db.selectFrom('client_approval_decisions').selectAll().where('link_id', '=', linkId).where('post_id', '=', postId).executeTakeFirst();
  },

  /** The link a token hash opens, revoked or expired ones included (they answer 410, not 404). */
  async findByTokenHash(db: Queryable, tokenHash: string): Promise<ClientApprovalLink | undefined> {
    return db.selectFrom('client_approval_links').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  },

  async list(db: Queryable, workspaceId: string, limit: number): Promise<ClientApprovalLink[]> {
    return db.selectFrom('client_approval_links').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
  },

  /** Marks a link revoked; false when the workspace has no such link or it was already revoked. */
  async revoke(db: Queryable, workspaceId: string, id: string): Promise<boolean> {
    const rows = await db
      .updateTable('client_approval_links')
      .set({ revoked_at: sql<Date>`now()` })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .returning('id')
      .execute();
    return rows.length > 0;
  },

  async exists(db: Queryable, workspaceId: string, id: string): Promise<boolean> {
    const row = await db.selectFrom('client_approval_links').select('id').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    return row !== undefined;
  },

  /** Records one decision; false when this link already decided on this post (the primary key refuses a second). */
  async decide(db: Queryable, d: { linkId: string; postId: string; workspaceId: string; decision: ClientDecision; comment: string; name: string }): Promise<ClientApprovalDecision | undefined> {
    return db
      .insertInto('client_approval_decisions')
      .values({ link_id: d.linkId, post_id: d.postId, workspace_id: d.workspaceId, decision: d.decision, comment: d.comment, name: d.name })
      .onConflict((oc) => oc.columns(['link_id', 'post_id']).doNothing())
      .returningAll()
      .executeTakeFirst();
  },

  async decisionsOfLinks(db: Queryable, linkIds: string[]): Promise<ClientApprovalDecision[]> {
    if (linkIds.length === 0) return [];
    return db.selectFrom('client_approval_decisions').selectAll().where('link_id', 'in', linkIds).orderBy('decided_at').execute();
  },

  /** Every client decision on one post of the workspace, newest first (the post page shows them). */
  async decisionsOfPost(db: Queryable, workspaceId: string, postId: string): Promise<ClientApprovalDecision[]> {
    return db.selectFrom('client_approval_decisions').selectAll().where('workspace_id', '=', workspaceId).where('post_id', '=', postId).orderBy('decided_at', 'desc').execute();
  },

  /** Which of these ids are live posts of the workspace. */
  async postsOfWorkspace(db: Queryable, workspaceId: string, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await db.selectFrom('posts').select('id').where('workspace_id', '=', workspaceId).where('id', 'in', ids).where('deleted_at', 'is', null).execute();
    return rows.map((r) => r.id);
  },

  /** Posts waiting for approval or scheduled in [from, to), soonest first: what a "week of posts" link shows. */
  async postsBetween(db: Queryable, workspaceId: string, from: Date, to: Date): Promise<string[]> {
    const rows = await db
      .selectFrom('posts')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('deleted_at', 'is', null)
      .where('status', 'in', ['pending_approval', 'scheduled'])
      .where('scheduled_at', '>=', from)
      .where('scheduled_at', '<', to)
      .orderBy('scheduled_at')
      .orderBy('id')
      .limit(MAX_LINK_POSTS)
      .execute();
    return rows.map((r) => r.id);
  },

  /** The posts a link shows, with each channel's publication (the text that network gets, its media, its time). */
  async postsForClient(db: Queryable, workspaceId: string, postIds: string[]) {
    if (postIds.length === 0) return { posts: [], publications: [] };
    const posts = await db
      .selectFrom('posts')
      .select(['id', 'text', 'status', 'scheduled_at'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', postIds)
      .where('deleted_at', 'is', null)
      .execute();
    const publications = await db
      .selectFrom('publications as p')
      .innerJoin('channels as c', 'c.id', 'p.channel_id')
      .select(['p.id', 'p.post_id', 'p.network', 'p.text', 'p.media_ids', 'p.scheduled_at', 'c.display_name', 'c.handle'])
      .where('p.workspace_id', '=', workspaceId)
      .where('c.workspace_id', '=', workspaceId)
      .where('p.post_id', 'in', postIds)
      .where('p.status', '!=', 'cancelled')
      .orderBy('p.network')
      .orderBy('p.id')
      .execute();
    return { posts, publications };
  },

  async workspaceName(db: Queryable, workspaceId: string): Promise<string> {
    const row = await db.selectFrom('workspaces').select('name').where('id', '=', workspaceId).executeTakeFirst();
    return row?.name ?? '';
  },

  async mediaOfWorkspace(db: Queryable, workspaceId: string, ids: string[]) {
    if (ids.length === 0) return [];
    return db.selectFrom('media').select(['id', 'mime_type', 'alt_text']).where('workspace_id', '=', workspaceId).where('id', 'in', ids).execute();
  },

  /** The post's author and the link's maker, with their emails and languages: who hears about a decision. */
  async peopleToTell(db: Queryable, workspaceId: string, postId: string, linkCreator: string | null) {
    const post = await db.selectFrom('posts').select(['author_id', 'text']).where('workspace_id', '=', workspaceId).where('id', '=', postId).executeTakeFirst();
    const ids = [...new Set([post?.author_id, linkCreator].filter((id): id is string => typeof id === 'string'))];
    const people = ids.length === 0 ? [] : await db.selectFrom('users').select(['id', 'email', 'locale']).where('id', 'in', ids).execute();
    return { postText: post?.text ?? '', people, userIds: people.map((p) => p.id) };
  },
};
