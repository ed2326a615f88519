/** Invites to a workspace: the only code that touches the `invites` table. */
import { sql } from 'kysely';
import type { Queryable, Tx } from '../../db/database.js';
import type { Role } from '../../db/schema.js';

export interface UsableInvite {
  id: string;
  user_id: string;
  workspace_id: string;
  role: Role;
  created_at: Date;
}

export const invitesRepository = {
  async create(db: Queryable, i: { tokenHash: string; userId: string; workspaceId: string; role: Role; invitedBy: string; expiresAt: Date }) {
    return db
      .insertInto('invites')
      .values({
        token_hash: i.tokenHash,
        user_id: i.userId,
        workspace_id: i.workspaceId,
        role: i.role,
        invited_by: i.invitedBy,
        expires_at: i.expiresAt,
      })
      .returning(['id', 'expires_at'])
      .executeTakeFirstOrThrow();
  },

  /** An unused, unexpired invite by its secret's hash, locked until the transaction ends (one acceptance at a time). */
  async findUsableForUpdate(db: Tx, tokenHash: string): Promise<UsableInvite | undefined> {
    return db
      .selectFrom('invites')
      .select(['id', 'user_id', 'workspace_id', 'role', 'created_at'])
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', new Date())
      .forUpdate()
      .executeTakeFirst();
  },

  /** The same, with the names a person needs to decide (no lock: for showing the invite). */
  async describeUsable(db: Queryable, tokenHash: string) {
    return db
      .selectFrom('invites as i')
      .innerJoin('users as u', 'u.id', 'i.user_id')
      .innerJoin('workspaces as w', 'w.id', 'i.workspace_id')
      .select(['u.email', 'w.name as workspaceName', 'i.role', sql<boolean>`u.password_hash IS NOT NULL`.as('existingAccount')])
      .where('i.token_hash', '=', tokenHash)
      .where('i.used_at', 'is', null)
      .where('i.expires_at', '>', new Date())
      .executeTakeFirst();
  },

  /** Whether another workspace invited this account earlier and that invite can still be used. */
  async hasEarlierElsewhere(db: Queryable, invite: UsableInvite): Promise<boolean> {
    const row = await db
      .selectFrom('invites')
      .select('id')
      .where('user_id', '=', invite.user_id)
      .where('workspace_id', '<>', invite.workspace_id)
      .where('used_at', 'is', null)
      .where('expires_at', '>', new Date())
      .where('created_at', '<', invite.created_at)
      .executeTakeFirst();
    return row !== undefined;
  },

  async markUsed(db: Queryable, id: string): Promise<void> {
    await db.updateTable('invites').set({ used_at: new Date() }).where('id', '=', id).execute();
  },

  /** Withdraws every outstanding invite of a person to a workspace; returns how many there were. */
  async cancel(db: Queryable, workspaceId: string, userId: string): Promise<number> {
    const rows = await db
      .deleteFrom('invites')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .returning('id')
      .execute();
    return rows.length;
  },

  /** People invited and not yet joined (newest invite per person), with whether their link still works. */
  async listPending(db: Queryable, workspaceId: string) {
    return db
      .selectFrom('invites as i')
      .innerJoin('users as u', 'u.id', 'i.user_id')
      .leftJoin('memberships as m', (j) => j.onRef('m.workspace_id', '=', 'i.workspace_id').onRef('m.user_id', '=', 'i.user_id'))
      .distinctOn('i.user_id')
      .select(['u.id as userId', 'u.email', 'u.name', 'i.role', 'i.expires_at as expiresAt'])
      .where('i.workspace_id', '=', workspaceId)
      .where('i.used_at', 'is', null)
      .where('m.user_id', 'is', null)
      .orderBy('i.user_id')
      .orderBy('i.created_at', 'desc')
      .execute();
  },
};
