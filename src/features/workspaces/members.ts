/**
 * A workspace's team: inviting people, changing roles, removing people. The rules, no HTTP and no SQL strings.
 *
 * Adding someone who is not a member yet always makes an invite, even when their account exists: Chorus does not
 * verify email addresses, so only the holder of the link the workspace handed out may join it. A membership is made
 * when that link is accepted (src/features/auth/invites.ts). Every change keeps at least one owner.
 */
import type { AppContext } from '../../core/context.js';
import { conflict, forbidden, notFound } from '../../core/errors.js';
import type { Tx } from '../../db/database.js';
import type { Role } from '../../db/schema.js';
import { auditRepository } from '../audit/repository.js';
import type { AuditAction } from '../audit/actions.js';
import { authRepository } from '../auth/repository.js';
import { hashSecret, newSecret } from '../auth/secrets.js';
import { tokensRepository } from '../auth/tokens-repository.js';
import type { WorkspaceAccess } from './access.js';
import { invitesRepository } from './invites-repository.js';
import { workspacesRepository } from './repository.js';

const INVITE_DAYS = 7;

export type MemberStatus = 'active' | 'invited';

const lastOwner = () =>
  conflict('last_owner', 'A workspace needs at least one owner. Make someone else an owner first.', 'role');

/** Invites a person (a one-time link, shown to the caller), or changes the role of someone already a member. */
export async function inviteOrChangeRole(ctx: AppContext, access: WorkspaceAccess, email: string, role: Role) {
  if (role === 'owner' && access.role !== 'owner') throw forbidden('Only an owner can make someone an owner.');
  return ctx.database.db.transaction().execute(async (trx) => {
    await workspacesRepository.lockForMembershipChange(trx, access.workspaceId);
    const user = (await authRepository.findUserByEmail(trx, email)) ?? (await authRepository.createUser(trx, { email, name: '', passwordHash: null }));
    const existing = await workspacesRepository.findMembership(trx, access.workspaceId, user.id);
    const member = { userId: user.id, email: user.email, name: user.name, role };
    if (existing) {
      await changeRole(trx, access, user.id, existing.role, role);
      await record(trx, access, 'member.role_changed', user.id, { email: user.email, from: existing.role, role });
      return { member: { ...member, status: 'active' as MemberStatus, expiresAt: null }, inviteUrl: null };
    }
    const secret = newSecret('chi_');
    const invite = await invitesRepository.create(trx, {
      tokenHash: hashSecret(secret),
      userId: user.id,
      workspaceId: access.workspaceId,
      role,
      invitedBy: access.userId,
      expiresAt: new Date(Date.now() + INVITE_DAYS * 86_400_000),
    });
    await record(trx, access, 'member.invited', user.id, { email: user.email, role });
    return {
      member: { ...member, status: 'invited' as MemberStatus, expiresAt: invite.expires_at.toISOString() },
      inviteUrl: `${ctx.config.publicUrl}/#/invite/${secret}`,
    };
  });
}

async function changeRole(trx: Tx, access: WorkspaceAccess, userId: string, from: Role, to: Role): Promise<void> {
  if (from === 'owner' && access.role !== 'owner') throw forbidden('Only an owner can change an owner.');
  if (from === 'owner' && to !== 'owner' && (await workspacesRepository.countOwners(trx, access.workspaceId)) <= 1) throw lastOwner();
  await workspacesRepository.addMember(trx, access.workspaceId, userId, to);
}

/**
 * Takes a person out of the workspace: their membership, every API token they made for it (they stop working at
 * once) and any invite still waiting. Owners are removed only by owners, and never the last one.
 */
export async function removeMember(ctx: AppContext, access: WorkspaceAccess, userId: string) {
  return ctx.database.db.transaction().execute(async (trx) => {
    await workspacesRepository.lockForMembershipChange(trx, access.workspaceId);
    const membership = await workspacesRepository.findMembership(trx, access.workspaceId, userId);
    const user = await authRepository.findUserById(trx, userId);
    if (membership?.role === 'owner') {
      if (access.role !== 'owner') throw forbidden('Only an owner can remove an owner.');
      if ((await workspacesRepository.countOwners(trx, access.workspaceId)) <= 1) throw lastOwner();
    }
    if (membership) await workspacesRepository.removeMember(trx, access.workspaceId, userId);
    const invitesCancelled = await invitesRepository.cancel(trx, access.workspaceId, userId);
    if (!membership && invitesCancelled === 0) throw notFound('Member');
    const tokensRevoked = await tokensRepository.revokeAllOf(trx, access.workspaceId, userId);
    await record(trx, access, 'member.removed', userId, {
      email: user?.email,
      role: membership?.role ?? null,
      tokensRevoked,
      invitesCancelled,
    });
    return { tokensRevoked };
  });
}

/** Members and people still invited, for the team screen. */
export async function listTeam(ctx: AppContext, workspaceId: string) {
  const db = ctx.database.db;
  const [members, pending] = await Promise.all([
    workspacesRepository.listMembers(db, workspaceId),
    invitesRepository.listPending(db, workspaceId),
  ]);
  return [
    ...members.map((m) => ({ ...m, status: 'active' as MemberStatus, expiresAt: null })),
    ...pending.map((p) => ({ ...p, status: 'invited' as MemberStatus, expiresAt: p.expiresAt.toISOString() })),
  ];
}

/** Revokes one API token. Anyone may revoke their own; admins and owners anyone's, but only owners an owner's. */
export async function revokeToken(ctx: AppContext, access: WorkspaceAccess, tokenId: string): Promise<void> {
  await ctx.database.db.transaction().execute(async (trx) => {
    const token = await tokensRepository.find(trx, access.workspaceId, tokenId);
    if (!token) throw notFound('Token');
    if (token.user_id !== access.userId) {
      if (access.role !== 'owner' && access.role !== 'admin') throw forbidden("Only admins and owners can revoke other people's tokens.");
      const maker = await workspacesRepository.findMembership(trx, access.workspaceId, token.user_id);
      if (maker?.role === 'owner' && access.role !== 'owner') throw forbidden("Only an owner can revoke an owner's token.");
    }
    if (token.revoked_at) return;
    await tokensRepository.revoke(trx, token.id);
    await record(trx, access, 'token.revoked', token.id, { name: token.name, role: token.role }, 'api_token');
  });
}

function record(trx: Tx, access: WorkspaceAccess, action: AuditAction, targetId: string, data: Record<string, unknown>, targetType = 'user') {
  return auditRepository.record(trx, { workspaceId: access.workspaceId, actorUserId: access.userId, action, targetType, targetId, data });
}
