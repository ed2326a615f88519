/** Listing and revoking API tokens (creating and resolving them is in repository.ts). */
import type { Queryable } from '../../db/database.js';

export const tokensRepository = {
  /** A workspace's tokens that still work, with who made them; `userId` narrows to one person's. */
  async listActive(db: Queryable, workspaceId: string, userId?: string) {
    let query = db
      .selectFrom('api_tokens as t')
      .innerJoin('users as u', 'u.id', 't.user_id')
      .select(['t.id', 't.name', 't.role', 't.user_id as userId', 'u.email as userEmail', 't.created_at as createdAt', 't.last_used_at as lastUsedAt'])
      .where('t.workspace_id', '=', workspaceId)
      .where('t.revoked_at', 'is', null)
      .orderBy('t.created_at', 'desc');
    if (userId) query = query.where('t.user_id', '=', userId);
    return query.execute();
  },

  async find(db: Queryable, workspaceId: string, tokenId: string) {
    return db
      .selectFrom('api_tokens')
      .select(['id', 'name', 'role', 'user_id', 'revoked_at'])
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', tokenId)
      .executeTakeFirst();
  },

  async revoke(db: Queryable, tokenId: string): Promise<void> {
    await db.updateTable('api_tokens').set({ revoked_at: new Date() }).where('id', '=', tokenId).where('revoked_at', 'is', null).execute();
  },

  /** Revokes every working token a person made for a workspace; returns how many. */
  async revokeAllOf(db: Queryable, workspaceId: string, userId: string): Promise<number> {
    const rows = await db
      .updateTable('api_tokens')
      .set({ revoked_at: new Date() })
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .returning('id')
      .execute();
    return rows.length;
  },

  /** The person's live API tokens, in every workspace they made one in. */
  async listOfUser(db: Queryable, userId: string) {
    return db
      .selectFrom('api_tokens as t')
      .innerJoin('workspaces as w', 'w.id', 't.workspace_id')
      .select(['t.id', 't.name', 't.role', 't.created_at', 't.last_used_at', 'w.id as workspace_id', 'w.name as workspace_name'])
      .where('t.user_id', '=', userId)
      .where('t.revoked_at', 'is', null)
      .orderBy('w.name')
      .orderBy('t.created_at', 'desc')
      .execute();
  },
};
