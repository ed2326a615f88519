/**
 * Two-factor enrolments, recovery codes, sign-in challenges and the workspace requirement: the only code that
 * touches these tables and columns (migration 0017). Sessions are in repository.ts, API tokens in tokens-repository.ts.
 */
import { sql } from 'kysely';
import type { Queryable } from '../../db/database.js';

export const twoFactorRepository = {
  async findEnrolment(db: Queryable, userId: string) {
    return db
      .selectFrom('user_two_factor')
      .select(['secret_enc', 'enabled_at', 'last_used_step'])
      .where('user_id', '=', userId)
      .executeTakeFirst();
  },

  /** Stores a new pending secret; refused (false) while two-factor is on, so a live secret is never replaced. */
  async savePendingSecret(db: Queryable, userId: string, secretEnc: string): Promise<boolean> {
    const row = await db
      .insertInto('user_two_factor')
      .values({ user_id: userId, secret_enc: secretEnc })
      .onConflict((oc) =>
        oc
          .column('user_id')
          .doUpdateSet({ secret_enc: secretEnc, last_used_step: null, created_at: new Date() })
          .where('user_two_factor.enabled_at', 'is', null),
      )
      .returning('user_id')
      .executeTakeFirst();
    return row !== undefined;
  },

  /**
   * Records `step` as the last accepted time step, only if it is later than the one before: two requests with the
   * same code cannot both pass. `enable` also turns two-factor on (the confirming code of an enrolment).
   */
  async acceptStep(db: Queryable, userId: string, step: number, enable: boolean): Promise<boolean> {
    let query = db
      .updateTable('user_two_factor')
      .set(enable ? { last_used_step: step, enabled_at: new Date() } : { last_used_step: step })
      .where('user_id', '=', userId)
      .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', String(step))]));
    query = enable ? query.where('enabled_at', 'is', null) : query.where('enabled_at', 'is not', null);
    const result = await query.returning('user_id').executeTakeFirst();
    return result !== undefined;
  },

  async remove(db: Queryable, userId: string): Promise<void> {
    await db.deleteFrom('two_factor_recovery_codes').where('user_id', '=', userId).execute();
    await db.deleteFrom('user_two_factor').where('user_id', '=', userId).execute();
  },

  async replaceRecoveryCodes(db: Queryable, userId: string, hashes: string[]): Promise<void> {
    await db.deleteFrom('two_factor_recovery_codes').where('user_id', '=', userId).execute();
    await db
      .insertInto('two_factor_recovery_codes')
      .values(hashes.map((code_hash) => ({ user_id: userId, code_hash })))
      .execute();
  },

  /** Marks an unused recovery code used; false if it is unknown or was used before. */
  async useRecoveryCode(db: Queryable, userId: string, codeHash: string): Promise<boolean> {
    const row = await db
      .updateTable('two_factor_recovery_codes')
      .set({ used_at: new Date() })
      .where('user_id', '=', userId)
      .where('code_hash', '=', codeHash)
      .where('used_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  },

  async countRecoveryCodesLeft(db: Queryable, userId: string): Promise<number> {
    const row = await db
      .selectFrom('two_factor_recovery_codes')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .executeTakeFirstOrThrow();
    return row.n;
  },

  async createChallenge(db: Queryable, c: { tokenHash: string; userId: string; expiresAt: Date }): Promise<void> {
    // Expired challenges are swept here, where new ones are made, so the table stays small without a job.
    await db.deleteFrom('two_factor_challenges').where('expires_at', '<', new Date()).execute();
    await db.insertInto('two_factor_challenges').values({ token_hash: c.tokenHash, user_id: c.userId, expires_at: c.expiresAt }).execute();
  },

  /** Counts one guess against a live challenge with guesses left; undefined when there is no such challenge. */
  async spendChallengeAttempt(db: Queryable, tokenHash: string, maxAttempts: number) {
    return db
      .updateTable('two_factor_challenges')
      .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
      .where('token_hash', '=', tokenHash)
      .where('expires_at', '>', new Date())
      .where('attempts', '<', maxAttempts)
      .returning(['user_id', 'attempts'])
      .executeTakeFirst();
  },

  /** Deletes the challenge; true only for the one request that deleted it (single use). */
  async deleteChallenge(db: Queryable, tokenHash: string): Promise<boolean> {
    const row = await db.deleteFrom('two_factor_challenges').where('token_hash', '=', tokenHash).returning('user_id').executeTakeFirst();
    return row !== undefined;
  },

  async workspaceRequires(db: Queryable, workspaceId: string): Promise<boolean> {
    const row = await db.selectFrom('workspaces').select('require_two_factor').where('id', '=', workspaceId).executeTakeFirst();
    return row?.require_two_factor ?? false;
  },

  async setWorkspaceRequirement(db: Queryable, workspaceId: string, required: boolean): Promise<void> {
    await db.updateTable('workspaces').set({ require_two_factor: required }).where('id', '=', workspaceId).execute();
  },

  async membersWithoutTwoFactor(db: Queryable, workspaceId: string) {
    return db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .leftJoin('user_two_factor as t', (join) => join.onRef('t.user_id', '=', 'm.user_id').on('t.enabled_at', 'is not', null))
      .select(['u.id as userId', 'u.email', 'u.name'])
      .where('m.workspace_id', '=', workspaceId)
      .where('t.user_id', 'is', null)
      .orderBy('u.email')
      .execute();
  },

  /** The person's workspaces that require two-factor. */
  async workspacesRequiring(db: Queryable, userId: string) {
    return db
      .selectFrom('memberships as m')
      .innerJoin('workspaces as w', 'w.id', 'm.workspace_id')
      .select(['w.id', 'w.name'])
      .where('m.user_id', '=', userId)
      .where('w.require_two_factor', '=', true)
      .orderBy('w.name')
      .execute();
  },
};
