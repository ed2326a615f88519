/** OAuth sign-in attempts and waiting grants of the networks configured from env: the only code on these tables. */
import type { Queryable } from '../../db/database.js';
import type { GrantAccount } from '../../db/schema-oauth.js';


export const networkOAuthRepository = {
  async saveAttempt(
    db: Queryable,
    a: { stateHash: string; workspaceId: string; userId: string; sessionHash: string | null; network: string; verifierEnc: string | null; expiresAt: Date },
  ): Promise<void> {
    await db
      .insertInto('oauth_attempts')
      .values({
        state_hash: a.stateHash,
        workspace_id: a.workspaceId,
        user_id: a.userId,
        session_hash: a.sessionHash,
        network: a.network,
        verifier_enc: a.verifierEnc,
        expires_at: a.expiresAt,
      })
      .execute();
  },

  /**
   * Takes the attempt out whatever happens next: a state works once. Expired ones are returned too (and gone), so the
   * callback can say "expired" rather than "unknown".
   */
  async takeAttempt(db: Queryable, stateHash: string) {
    return db.deleteFrom('oauth_attempts').where('state_hash', '=', stateHash).returningAll().executeTakeFirst();
  },

  async saveGrant(db: Queryable, g: { workspaceId: string; userId: string; network: string; accounts: GrantAccount[]; choicesEnc: string; expiresAt: Date }) {
    return db
      .insertInto('oauth_grants')
      .values({
        workspace_id: g.workspaceId,
        user_id: g.userId,
        network: g.network,
        accounts: JSON.stringify(g.accounts),
        choices_enc: g.choicesEnc,
        expires_at: g.expiresAt,
      })
      .returning(['id', 'expires_at'])
      .executeTakeFirstOrThrow();
  },

  /** A grant of this workspace and person that has not expired. */
  async findGrant(db: Queryable, workspaceId: string, userId: string, id: string) {
    return db
      .selectFrom('oauth_grants')
      .selectAll()
      .where('id', '=', id)
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .where('expires_at', '>', new Date())
      .executeTakeFirst();
  },

  async removeGrant(db: Queryable, id: string): Promise<void> {
    await db.deleteFrom('oauth_grants').where('id', '=', id).execute();
  },

  /** Sweeps what nobody finished (called when a new sign-in starts, so the tables stay small without a job). */
  async removeExpired(db: Queryable, now = new Date()): Promise<void> {
    await db.deleteFrom('oauth_attempts').where('expires_at', '<=', now).execute();
    await db.deleteFrom('oauth_grants').where('expires_at', '<=', now).execute();
  },
};
