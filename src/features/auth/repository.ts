/** Users, sessions, API tokens and invites: the only code that touches these tables. */
import { sql } from 'kysely';
import type { DB, Tx } from '../../db/database.js';
import type { Role } from '../../db/schema.js';

type Q = DB | Tx;

export interface UserRow {
  id: string;
  email: string;
  name: string;
  locale: string;
  password_hash: string | null;
}

export const authRepository = {
  async countUsers(db: Q): Promise<number> {
    const row = await db.selectFrom('users').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
    return row.n;
  },

  async findUserByEmail(db: Q, email: string): Promise<UserRow | undefined> {
    return db
      .selectFrom('users')
      .select(['id', 'email', 'name', 'locale', 'password_hash'])
      .where(sql`lower(email)`, '=', email.toLowerCase())
      .executeTakeFirst();
  },

  async findUserById(db: Q, id: string): Promise<UserRow | undefined> {
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

  async createUser(db: Q, user: { email: string; name: string; passwordHash: string | null }): Promise<UserRow> {
    return db
      .insertInto('users')
      .values({ email: user.email, name: user.name, password_hash: user.passwordHash })
      .returning(['id', 'email', 'name', 'locale', 'password_hash'])
      .executeTakeFirstOrThrow();
  },

  async setPassword(db: Q, userId: string, passwordHash: string, name?: string): Promise<void> {
    await db
      .updateTable('users')
      .set(name ? { password_hash: passwordHash, name } : { password_hash: passwordHash })
      .where('id', '=', userId)
      .execute();
  },

  async createSession(
    db: Q,
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

  async findSession(db: Q, tokenHash: string) {
    return db
      .selectFrom('sessions')
      .select(['id', 'user_id', 'csrf_token', 'expires_at', 'last_seen_at', 'user_agent'])
      .where('token_hash', '=', tokenHash)
      .where('expires_at', '>', new Date())
      .executeTakeFirst();
  },

  async deleteSession(db: Q, tokenHash: string): Promise<void> {
    await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  },

  async createApiToken(db: Q, t: { workspaceId: string; userId: string; name: string; role: Role; tokenHash: string }) {
    return db
      .insertInto('api_tokens')
      .values({ workspace_id: t.workspaceId, user_id: t.userId, name: t.name, role: t.role, token_hash: t.tokenHash })
      .returning(['id', 'name', 'role', 'created_at'])
      .executeTakeFirstOrThrow();
  },

  async findApiToken(db: Q, tokenHash: string) {
    return db
      .selectFrom('api_tokens')
      .select(['id', 'workspace_id', 'user_id', 'role'])
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
  },

  async touchApiToken(db: Q, id: string): Promise<void> {
    await db.updateTable('api_tokens').set({ last_used_at: new Date() }).where('id', '=', id).execute();
  },
};
