/**
 * The tenant gate every workspace route passes through. Anything of another workspace answers 404 (not 403), so
 * ids of other tenants cannot even be confirmed to exist.
 */
import type { DB } from '../../db/database.js';
import type { Role } from '../../db/schema.js';
import { ApiError, forbidden, notFound, unauthorized } from '../../core/errors.js';
import { atLeast, lowerRole, type Actor } from '../auth/actor.js';
import { workspacesRepository } from './repository.js';
import { twoFactorRepository } from '../auth/two-factor-repository.js';

export interface WorkspaceAccess {
  workspaceId: string;
  workspaceName: string;
  timezone: string;
  userId: string;
  role: Role;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * 403 `two_factor_required`, for a signed-in person without two-factor in a workspace that requires it
 * (two-factor-requirement.ts sets the requirement and says why tokens are not asked).
 */
export function twoFactorRequired(workspaceName: string, workspaceId: string): ApiError {
  return new ApiError(
    403,
    'two_factor_required',
    `"${workspaceName}" requires two-factor sign-in. Turn it on in your account security settings to continue.`,
    undefined,
    { workspaceId },
  );
}

const ROLE_WORDS: Record<Role, string> = {
  viewer: 'a viewer',
  contributor: 'a contributor',
  editor: 'an editor',
  admin: 'an admin',
  owner: 'an owner',
};

// The server's pre-validation gate and the handler both ask for the same membership on one request: the actor
// object is made anew for every request, so remembering the lookup per actor serves both with one query.
const memberships = new WeakMap<Actor, Map<string, ReturnType<typeof lookUpMembership>>>();

/**
 * The membership, and whether a workspace that requires two-factor must keep this person out for now. Only signed-in
 * people are asked (two-factor-requirement.ts says why tokens are not), and only when the workspace requires it, so
 * the usual request makes no second query.
 */
async function lookUpMembership(db: DB, actor: Actor, workspaceId: string) {
  const membership = await workspacesRepository.findMembership(db, workspaceId, actor.userId);
  if (!membership) return undefined;
  const asked = membership.requireTwoFactor && actor.via === 'session';
  const twoFactorMissing = asked && !(await twoFactorRepository.findEnrolment(db, actor.userId))?.enabled_at;
  return { ...membership, twoFactorMissing };
}

function membershipOf(db: DB, actor: Actor, workspaceId: string) {
  let byWorkspace = memberships.get(actor);
  if (!byWorkspace) memberships.set(actor, (byWorkspace = new Map()));
  let found = byWorkspace.get(workspaceId);
  if (!found) byWorkspace.set(workspaceId, (found = lookUpMembership(db, actor, workspaceId)));
  return found;
}

export async function requireWorkspace(db: DB, actor: Actor | null, workspaceId: string, min: Role): Promise<WorkspaceAccess> {
  if (!actor) throw unauthorized();
  if (!isUuid(workspaceId)) throw notFound('Workspace');
  if (actor.via === 'token' && actor.tokenWorkspaceId !== workspaceId) throw notFound('Workspace');
  const membership = await membershipOf(db, actor, workspaceId);
  if (!membership) throw notFound('Workspace');
  if (membership.twoFactorMissing) throw twoFactorRequired(membership.name, workspaceId);
  // A token never has more power than its creator has today.
  const role = actor.tokenRole ? lowerRole(actor.tokenRole, membership.role) : membership.role;
  if (!atLeast(role, min)) {
    throw forbidden(`This needs ${ROLE_WORDS[min]} or above in "${membership.name}"; you are ${ROLE_WORDS[role]}.`);
  }
  return { workspaceId, workspaceName: membership.name, timezone: membership.timezone, userId: actor.userId, role };
}
