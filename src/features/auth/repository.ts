/** Users, sessions, and creating and resolving API tokens: the only code that touches these tables (invites: workspaces/invites-repository.ts). */
import { sql } from 'kysely';
import type { Queryable, Tx } from '../../db/database.js';
import type { Role } from '../../db/schema.js';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  locale: string;
  password_hash: string | null;
}

export const authRepository = {
  /**
   * Holds the first-run lock until the caller's transaction ends, so two set-up requests at once cannot both find no
   * user and both create an owner: the second waits, then counts the first's user.
   */
  async lockFirstRun(trx: Tx): Promise<void> {
    await sql`SELECT pg_advisory_xact_lock(hashtext('chorus.setup'))`.execute(trx);
  },

  async countUsers(db: Queryable): Promise<number> {
    const row = await db.selectFrom('users').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
    return row.n;
  },

  async findUserByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
    return db
      .selectFrom('users')
      .select(['id', 'email', 'name', 'locale', 'password_hash'])
      .where(sql`lower(email)`, '=', email.toLowerCase())
      .executeTakeFirst();
  },

  async findUserById(db: Queryable, id: string): Promise<UserRow | undefined> {
    return db.selectFrom('users').select(['id', 'email', 'name', 'locale', 'password_hash']).where('id', '=', id).executeTakeFirst();
  },

  async findUserByIdForUpdate(db: Tx, id: string): Promise<UserRow | undefined> {
    return db
      .selectFrom('users')
      .select(['id', 'email', 'name', 'locale', 'password_hash'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
  },

  async createUser(db: Queryable, user: { email: string; name: string; passwordHash: string | null }): Promise<UserRow> {
    return db
      .insertInto('users')
      .values({ email: user.email, name: user.name, password_hash: user.passwordHash })
      .returning(['id', 'email', 'name', 'locale', 'password_hash'])
      .executeTakeFirstOrThrow();
  },

  async setPassword(db: Queryable, userId: string, passwordHash: string, name?: string): Promise<void> {
    await db
      .updateTable('users')
      .set(name ? { password_hash: passwordHash, name } : { password_hash: passwordHash })
      .where('id', '=', userId)
      .execute();
  },

  async createSession(
    db: Queryable,
    s: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date; userAgent?: string | null; ip?: string | null },
  ): Promise<void> {
    await db
      .insertInto('sessions')
      .values({
        token_hash: s.tokenHash,
        user_id: s.userId,
        csrf_token: s.csrfToken,
        expires_at: s.expiresAt,
        user_agent: s.userAgent ?? null,
        ip: s.ip ?? null,
      })
      .execute();
  },

  async findSession(db: Queryable, tokenHash: string) {
    return db
      .selectFrom('sessions')
      .select(['id', 'user_id', 'csrf_token', 'expires_at', 'last_seen_at', 'user_agent'])
      .where('token_hash', '=', tokenHash)
      .where('expires_at', '>', new Date())
      .executeTakeFirst();
  },

  async deleteSession(db: Queryable, tokenHash: string): Promise<void> {
    await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  },

  async createApiToken(db: Queryable, t: { workspaceId: string; userId: string; name: string; role: Role; tokenHash: string }) {
    return db
      .insertInto('api_tokens')
      .values({ workspace_id: t.workspaceId, user_id: t.userId, name: t.name, role: t.role, token_hash: t.tokenHash })
      .returning(['id', 'name', 'role', 'created_at'])
      .executeTakeFirstOrThrow();
  },

  async findApiToken(db: Queryable, tokenHash: string) {
    return db
      .selectFrom('api_tokens')
      .select(['id', 'workspace_id', 'user_id', 'role'])
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
  },

  async touchApiToken(db: Queryable, id: string): Promise<void> {
    await db.updateTable('api_tokens').set({ last_used_at: new Date() }).where('id', '=', id).execute();
  },

  /**
   * Records where a session is used from, at most once a minute per session (one write, not one per request), or
   * at once for a session made without that information (first run, invites).
   */
  async touchSession(db: Queryable, tokenHash: string, client: { userAgent: string | null; ip: string | null }): Promise<void> {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(), user_agent: client.userAgent, ip: client.ip })
      .where('token_hash', '=', tokenHash)
      .where((eb) => eb.or([eb('last_seen_at', '<', new Date(Date.now() - 60_000)), eb('user_agent', 'is', null)]))
      .execute();
  },

  async listSessions(db: Queryable, userId: string) {
    return db
      .selectFrom('sessions')
      .select(['id', 'created_at', 'last_seen_at', 'user_agent', 'ip'])
      .where('user_id', '=', userId)
      .where('expires_at', '>', new Date())
      .orderBy('last_seen_at', 'desc')
      .execute();
  },

  /** Ends one of the person's sessions; false when they have none with this id (another person's included). */
  async deleteSessionById(db: Queryable, userId: string, sessionId: string): Promise<boolean> {
    const row = await db.deleteFrom('sessions').where('user_id', '=', userId).where('id', '=', sessionId).returning('id').executeTakeFirst();
    return row !== undefined;
  },

  /** Ends every session of the person but `keepId`; returns how many ended. */
  async deleteOtherSessions(db: Queryable, userId: string, keepId: string | null): Promise<number> {
    let query = db.deleteFrom('sessions').where('user_id', '=', userId);
    if (keepId) query = query.where('id', '!=', keepId);
    const rows = await query.returning('id').execute();
    return rows.length;
  },
};
