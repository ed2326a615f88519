/**
 * Who may get in: the team with people still invited, API tokens, and invite links. Same conventions as api.ts
 * (every call goes through `request`, with the CSRF header on changes).
 */
import { request } from './http';
import type { Role, User } from './api';

export interface TeamMember {
  userId: string;
  email: string;
  name: string;
  role: Role;
  /** "invited" until the person accepts their link. */
  status: 'active' | 'invited';
  expiresAt: string | null;
}

export interface ApiTokenInfo {
  id: string;
  name: string;
  role: Role;
  userId: string;
  userEmail: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface InviteInfo {
  email: string;
  workspaceName: string;
  role: Role;
  existingAccount: boolean;
}

const ws = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}`;

export const accessApi = {
  listTeam: (workspaceId: string) => request<{ members: TeamMember[] }>('GET', `${ws(workspaceId)}/members`),
  invite: (workspaceId: string, input: { email: string; role: Role }) =>
    request<{ member: TeamMember; inviteUrl: string | null }>('POST', `${ws(workspaceId)}/members`, input),
  removeMember: (workspaceId: string, userId: string) =>
    request<{ tokensRevoked: number }>('DELETE', `${ws(workspaceId)}/members/${encodeURIComponent(userId)}`),
  listTokens: (workspaceId: string) => request<{ tokens: ApiTokenInfo[] }>('GET', `${ws(workspaceId)}/tokens`),
  createToken: (workspaceId: string, input: { name: string; role: Role }) =>
    request<{ id: string; name: string; role: Role; token: string }>('POST', `${ws(workspaceId)}/tokens`, input),
  revokeToken: (workspaceId: string, tokenId: string) =>
    request<void>('DELETE', `${ws(workspaceId)}/tokens/${encodeURIComponent(tokenId)}`),
  describeInvite: (token: string) => request<InviteInfo>('POST', '/invites/describe', { token }),
  acceptInvite: (input: { token: string; password?: string; name?: string }) =>
    request<{ user: User; workspaceId: string; csrfToken: string | null }>('POST', '/invites/accept', input),
};
