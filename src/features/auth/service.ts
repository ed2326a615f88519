/** Sign-up on first run, sign-in, sessions, API tokens and invites: the rules, no HTTP and no SQL. */
import { sql } from 'kysely';
import type { AppContext } from '../../app/context.js';
import { ApiError, conflict, forbidden, invalid } from '../../app/errors.js';
import type { Role } from '../../db/schema.js';
import { auditRepository } from '../audit/repository.js';
import { workspacesRepository } from '../workspaces/repository.js';
import type { WorkspaceAccess } from '../workspaces/access.js';
import { atLeast } from './actor.js';
import { authRepository } from './repository.js';
import { hashPassword, hashSecret, newSecret, verifyPassword } from './secrets.js';
import { twoFactorChallengeFor } from './two-factor.js';

export const SESSION_DAYS = 30;
const INVITE_DAYS = 7;

export function publicUser(u: { id: string; email: string; name: string; locale?: string }) {
  return { id: u.id, email: u.email, name: u.name, locale: u.locale ?? 'en' };
}

function checkPassword(password: string): void {
  if (password.length < 10) throw invalid('weak_password', 'Use a password of at least 10 characters.', 'password');
}

/** The browser and address a session is used from, shown on the person's list of sessions. */
export interface SessionClient {
  userAgent?: string | null;
  ip?: string | null;
}

export async function createSession(ctx: AppContext, userId: string, client: SessionClient = {}) {
  const token = newSecret('chs_');
  const csrfToken = newSecret('csrf_');
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  await authRepository.createSession(ctx.database.db, { tokenHash: hashSecret(token), userId, csrfToken, expiresAt, ...client });
  return { token, csrfToken, maxAgeSeconds: SESSION_DAYS * 86_400 };
}

/** First run: creates the first owner and workspace. Refused once any user exists. */
export async function setup(ctx: AppContext, input: { email: string; password: string; workspaceName: string; name?: string }) {
  checkPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  const created = await ctx.database.db.transaction().execute(async (trx) => {
    // Two setup requests at once must not both succeed.
    await sql`SELECT pg_advisory_xact_lock(hashtext('chorus.setup'))`.execute(trx);
    if ((await authRepository.countUsers(trx)) > 0) {
      throw conflict('already_set_up', 'Chorus is already set up. Sign in, or ask an owner to invite you.');
    }
    const user = await authRepository.createUser(trx, { email: input.email, name: input.name ?? '', passwordHash });
    const workspace = await workspacesRepository.create(trx, input.workspaceName);
    await workspacesRepository.addMember(trx, workspace.id, user.id, 'owner');
    const token = newSecret('cht_');
    await authRepository.createApiToken(trx, {
      workspaceId: workspace.id,
      userId: user.id,
      name: 'First-run token',
      role: 'owner',
      tokenHash: hashSecret(token),
    });
    await auditRepository.record(trx, {
      workspaceId: workspace.id,
      actorUserId: user.id,
      action: 'workspace.created',
      targetType: 'workspace',
      targetId: workspace.id,
    });
    return { user, workspace, token };
  });
  const session = await createSession(ctx, created.user.id);
  return {
    user: publicUser(created.user),
    workspace: { id: created.workspace.id, name: created.workspace.name, role: 'owner' as const },
    token: created.token,
    session,
  };
}

export async function login(ctx: AppContext, email: string, password: string, client: SessionClient = {}) {
  const user = await authRepository.findUserByEmail(ctx.database.db, email);
  // Verify even for unknown emails so timing does not reveal which emails have accounts.
  const ok = await verifyPassword(password, user?.password_hash ?? 'scrypt$32768$8$3$AAAAAAAAAAAAAAAAAAAAAA==$AAAA');
  if (!user || !ok) throw new ApiError(401, 'invalid_credentials', 'Wrong email or password.');
  // With two-factor on, the password opens no session: the code step does (two-factor-sign-in.ts).
  const twoFactor = await twoFactorChallengeFor(ctx, user.id);
  if (twoFactor) return { user: publicUser(user), twoFactor };
  const session = await createSession(ctx, user.id, client);
  return { user: publicUser(user), session };
}

/** An API token for scripts; its role is at most the creator's. The secret is returned once, stored hashed. */
export async function createApiToken(ctx: AppContext, access: WorkspaceAccess, name: string, role: Role | undefined) {
  const tokenRole = role ?? access.role;
  if (!atLeast(access.role, tokenRole)) {
    throw forbidden(`A token cannot have more power than you: you are ${access.role}, the token asks for ${tokenRole}.`);
  }
  const token = newSecret('cht_');
  const row = await ctx.database.db.transaction().execute(async (trx) => {
    const created = await authRepository.createApiToken(trx, {
      workspaceId: access.workspaceId,
      userId: access.userId,
      name,
      role: tokenRole,
      tokenHash: hashSecret(token),
    });
    await auditRepository.record(trx, {
      workspaceId: access.workspaceId,
      actorUserId: access.userId,
      action: 'token.created',
      targetType: 'api_token',
      targetId: created.id,
      data: { name, role: tokenRole },
    });
    return created;
  });
  return { id: row.id, name: row.name, role: row.role, token };
}

/** Adds a person to a workspace; a new person gets a one-time invite link to choose a password. */
export async function addMember(ctx: AppContext, access: WorkspaceAccess, email: string, role: Role) {
  if (role === 'owner' && access.role !== 'owner') throw forbidden('Only an owner can add another owner.');
  return ctx.database.db.transaction().execute(async (trx) => {
    let user = await authRepository.findUserByEmail(trx, email);
    let inviteToken: string | null = null;
    if (!user) {
      user = await authRepository.createUser(trx, { email, name: '', passwordHash: null });
    }
    if (!user.password_hash) {
      inviteToken = newSecret('chi_');
      await authRepository.createInvite(trx, {
        tokenHash: hashSecret(inviteToken),
        userId: user.id,
        workspaceId: access.workspaceId,
        expiresAt: new Date(Date.now() + INVITE_DAYS * 86_400_000),
      });
    }
    const existing = await workspacesRepository.findMembership(trx, access.workspaceId, user.id);
    if (existing?.role === 'owner' && access.role !== 'owner') throw forbidden('Only an owner can change an owner.');
    await workspacesRepository.addMember(trx, access.workspaceId, user.id, role);
    await auditRepository.record(trx, {
      workspaceId: access.workspaceId,
      actorUserId: access.userId,
      action: existing ? 'member.role_changed' : 'member.added',
      targetType: 'user',
      targetId: user.id,
      data: { email, role },
    });
    return {
      member: { userId: user.id, email: user.email, name: user.name, role },
      inviteUrl: inviteToken ? `${ctx.config.publicUrl}/#/invite/${inviteToken}` : null,
    };
  });
}

/** Accepting an invite sets the password and signs the person in. */
export async function acceptInvite(ctx: AppContext, token: string, password: string, name?: string) {
  checkPassword(password);
  const passwordHash = await hashPassword(password);
  const userId = await ctx.database.db.transaction().execute(async (trx) => {
    const invite = await authRepository.consumeInvite(trx, hashSecret(token));
    if (!invite) throw invalid('invalid_invite', 'This invite link was already used or has expired. Ask for a new one.', 'token');
    await authRepository.setPassword(trx, invite.user_id, passwordHash, name);
    return invite.user_id;
  });
  const user = await authRepository.findUserById(ctx.database.db, userId);
  const session = await createSession(ctx, userId);
  return { user: publicUser(user!), session };
}
