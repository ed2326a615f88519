/**
 * Accepting an invite. An invite grants membership in the workspace that issued it and nothing else, and it sets a
 * password only for an account that has none:
 * - a new account chooses its password with the link, unless another workspace invited the same address earlier
 *   and that invite still works (the earlier workspace's link is the one that creates the account; otherwise any
 *   workspace could add someone else's invitee and claim the account first);
 * - an account that has a password accepts by being signed in as itself, so a link issued before the password was
 *   set can no longer reset it, and a link that reaches the wrong person gives them nothing.
 */
import type { AppContext } from '../../core/context.js';
import { ApiError, conflict, invalid } from '../../core/errors.js';
import { auditRepository } from '../audit/repository.js';
import { invitesRepository } from '../workspaces/invites-repository.js';
import { workspacesRepository } from '../workspaces/repository.js';
import type { Actor } from './actor.js';
import { authRepository } from './repository.js';
import { hashPassword, hashSecret } from './secrets.js';
import { checkPassword, createSession, publicUser, type SessionClient } from './service.js';

const invalidInvite = () => invalid('invalid_invite', 'This invite link was already used or has expired. Ask for a new one.', 'token');

/** What an invite link is for, so the page can say it before the person acts. */
export async function describeInvite(ctx: AppContext, token: string) {
  const found = await invitesRepository.describeUsable(ctx.database.db, hashSecret(token));
  if (!found) throw invalidInvite();
  return found;
}

export async function acceptInvite(
  ctx: AppContext,
  input: { token: string; password?: string; name?: string },
  actor: Actor | null,
  client: SessionClient = {},
) {
  // Hash outside the transaction (≈ 50 ms of CPU); it is used only if the account turns out to have no password.
  const passwordHash = input.password ? (checkPassword(input.password), await hashPassword(input.password)) : null;
  const result = await ctx.database.db.transaction().execute(async (trx) => {
    const invite = await invitesRepository.findUsableForUpdate(trx, hashSecret(input.token));
    if (!invite) throw invalidInvite();
    // Locks the account: two invites of one address accepted at once are decided one after the other.
    const user = await authRepository.findUserByIdForUpdate(trx, invite.user_id);
    if (!user) throw invalidInvite();
    let newAccount = false;
    if (user.password_hash) {
      if (actor?.via !== 'session') {
        throw new ApiError(401, 'sign_in_to_accept', `This invite is for ${user.email}, who already has an account: sign in as ${user.email}, then open the link again.`);
      }
      if (actor.userId !== user.id) {
        throw new ApiError(403, 'invite_for_someone_else', `This invite is for ${user.email}. Sign out, then sign in as ${user.email} to accept it.`);
      }
    } else {
      if (!passwordHash) throw invalid('weak_password', 'Choose a password of at least 10 characters.', 'password');
      if (await invitesRepository.hasEarlierElsewhere(trx, invite)) {
        throw conflict('invite_conflict', `${user.email} was invited to another workspace first. Accept that invite first; this one can then be accepted by signing in.`, 'token');
      }
      await authRepository.setPassword(trx, user.id, passwordHash, input.name);
      newAccount = true;
    }
    await invitesRepository.markUsed(trx, invite.id);
    // Someone who became a member another way since keeps the role they have.
    const already = await workspacesRepository.findMembership(trx, invite.workspace_id, user.id);
    if (!already) await workspacesRepository.addMember(trx, invite.workspace_id, user.id, invite.role);
    await auditRepository.record(trx, {
      workspaceId: invite.workspace_id,
      actorUserId: user.id,
      action: 'member.added',
      targetType: 'user',
      targetId: user.id,
      data: { email: user.email, role: already?.role ?? invite.role, via: 'invite' },
    });
    return { userId: user.id, newAccount, workspaceId: invite.workspace_id };
  });
  const user = (await authRepository.findUserById(ctx.database.db, result.userId))!;
  // A new account gets its first session; a signed-in person keeps theirs.
  const session = result.newAccount ? await createSession(ctx, result.userId, client) : null;
  return { user: publicUser(user), session, workspaceId: result.workspaceId };
}
