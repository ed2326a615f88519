/** Sign-up on first run, sign-in, sessions and API tokens: the rules, no HTTP and no SQL (invites: invites.ts). */
import type { AppContext } from '../../core/context.js';
import { ApiError, conflict, forbidden, invalid } from '../../core/errors.js';
import type { Role } from '../../db/schema.js';
import { auditRepository } from '../audit/repository.js';
import { workspacesRepository } from '../workspaces/repository.js';
import type { WorkspaceAccess } from '../workspaces/access.js';
import { atLeast } from './actor.js';
import { authRepository } from './repository.js';
import { hashPassword, hashSecret, newSecret, unmatchableHash, verifyPassword } from './secrets.js';
import { twoFactorChallengeFor } from './two-factor.js';

export const SESSION_DAYS = 30;

export function publicUser(u: { id: string; email: string; name: string; locale?: string }) {
  return { id: u.id, email: u.email, name: u.name, locale: u.locale ?? 'en' };
}

export function checkPassword(password: string): void {
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
export async function setup(ctx: AppContext, input: { email: string; password: string; workspaceName: string; name?: string }, client: SessionClient = {}) {
  checkPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  const created = await ctx.database.db.transaction().execute(async (trx) => {
    // Two setup requests at once must not both succeed.
    await authRepository.lockFirstRun(trx);
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
  const session = await createSession(ctx, created.user.id, client);
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
  const ok = await verifyPassword(password, user?.password_hash ?? unmatchableHash());
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
    await auditRepository.recordBy(trx, access, {
      action: 'token.created',
      targetType: 'api_token',
      targetId: created.id,
      data: { name, role: tokenRole },
    });
    return created;
  });
  return { id: row.id, name: row.name, role: row.role, token };
}
