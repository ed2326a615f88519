/**
 * Who may get in: the team with people still invited, API tokens, and invite links. Same conventions as api.ts
 * (typed calls through api/client.ts; every type is read from the server's OpenAPI document).
 */
import { answer, client, done } from './api/client';
import type { Answer, Input } from './api/types';

export type TeamMember = Answer<'/api/v1/workspaces/{ws}/members', 'get'>['members'][number];
export type ApiTokenInfo = Answer<'/api/v1/workspaces/{ws}/tokens', 'get'>['tokens'][number];
export type InviteInfo = Answer<'/api/v1/invites/describe', 'post'>;

const inWs = (ws: string) => ({ params: { path: { ws } } });

export const accessApi = {
  listTeam: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/members', inWs(ws))),
  invite: (ws: string, body: Input<'/api/v1/workspaces/{ws}/members', 'post'>) =>
    answer(client.POST('/api/v1/workspaces/{ws}/members', { ...inWs(ws), body })),
  removeMember: (ws: string, userId: string) =>
    answer(client.DELETE('/api/v1/workspaces/{ws}/members/{userId}', { params: { path: { ws, userId } } })),
  listTokens: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/tokens', inWs(ws))),
  createToken: (ws: string, body: Input<'/api/v1/workspaces/{ws}/tokens', 'post'>) =>
    answer(client.POST('/api/v1/workspaces/{ws}/tokens', { ...inWs(ws), body })),
  revokeToken: (ws: string, tokenId: string) =>
    done(client.DELETE('/api/v1/workspaces/{ws}/tokens/{tokenId}', { params: { path: { ws, tokenId } } })),
  describeInvite: (token: string) => answer(client.POST('/api/v1/invites/describe', { body: { token } })),
  acceptInvite: (body: Input<'/api/v1/invites/accept', 'post'>) => answer(client.POST('/api/v1/invites/accept', { body })),
};
