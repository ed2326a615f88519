/**
 * Who is calling: resolved once per request from the session cookie or the bearer token.
 * A token belongs to one workspace and carries a role at most its creator's.
 */
import type { Role } from '../../db/schema.js';

export interface Actor {
  userId: string;
  via: 'session' | 'token';
  sessionTokenHash?: string;
  /** The session's public id (its list entry on the account security page). */
  sessionId?: string;
  csrfToken?: string;
  tokenId?: string;
  tokenWorkspaceId?: string;
  tokenRole?: Role;
}

export const ROLES: Role[] = ['viewer', 'contributor', 'editor', 'admin', 'owner'];

export function roleRank(role: Role): number {
  return ROLES.indexOf(role);
}

export function atLeast(role: Role, min: Role): boolean {
  return roleRank(role) >= roleRank(min);
}

export function lowerRole(a: Role, b: Role): Role {
  return roleRank(a) <= roleRank(b) ? a : b;
}

export const SESSION_COOKIE = 'chorus_session';
