/**
 * Client approval links: the team's calls (make, list, revoke, a post's decisions) and the client's (what a link
 * shows, a decision), which need no session. Same conventions as api.ts (typed calls through api/client.ts).
 */
import { answer, client, done } from './api/client';
import type { Answer, Input } from './api/types';

export type ClientApprovalLinks = Answer<'/api/v1/workspaces/{ws}/client-approvals', 'get'>;
export type ClientApprovalLink = ClientApprovalLinks['links'][number];
export type ClientApprovalInput = Input<'/api/v1/workspaces/{ws}/client-approvals', 'post'>;
export type ClientApprovalView = Answer<'/api/v1/client-approval/{token}', 'get'>;
export type ClientApprovalPost = ClientApprovalView['posts'][number];
export type ClientDecisionInput = Input<'/api/v1/client-approval/{token}/decision', 'post'>;
export type ClientDecision = ClientApprovalLink['decisions'][number];

const inWorkspace = (ws: string) => ({ params: { path: { ws } } });
const withToken = (token: string) => ({ params: { path: { token } } });

export const clientApprovalsApi = {
  list: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/client-approvals', inWorkspace(ws))),
  create: (ws: string, body: ClientApprovalInput) => answer(client.POST('/api/v1/workspaces/{ws}/client-approvals', { ...inWorkspace(ws), body })),
  revoke: (ws: string, linkId: string) => done(client.DELETE('/api/v1/workspaces/{ws}/client-approvals/{linkId}', { params: { path: { ws, linkId } } })),
  ofPost: (ws: string, postId: string) => answer(client.GET('/api/v1/workspaces/{ws}/posts/{postId}/client-decisions', { params: { path: { ws, postId } } })),
  view: (token: string) => answer(client.GET('/api/v1/client-approval/{token}', withToken(token))),
  decide: (token: string, body: ClientDecisionInput) => answer(client.POST('/api/v1/client-approval/{token}/decision', { ...withToken(token), body })),
};
