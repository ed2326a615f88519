/**
 * The API calls for connecting the OAuth networks (Facebook, Instagram, Threads, X, LinkedIn, YouTube, TikTok,
 * Pinterest, Snapchat): which networks
 * this server connects and how, "Connect with <network>", the account picker, and connecting with a token.
 *
 * @example
 *   const { networks } = await oauthApi.listNetworks();
 *   const { authorizeUrl } = await oauthApi.start(workspaceId, 'x');
 *   window.location.assign(authorizeUrl);
 */
import { answer, client } from './api/client';
import type { Answer, Input } from './api/types';

/** The networks connected with a token or a sign-in, in the order the channels page shows them. */
export const TOKEN_NETWORKS = ['facebook', 'instagram', 'threads', 'x', 'linkedin', 'youtube', 'tiktok', 'pinterest', 'snapchat'] as const;
export type TokenNetwork = (typeof TOKEN_NETWORKS)[number];

export function isTokenNetwork(network: string): network is TokenNetwork {
  return (TOKEN_NETWORKS as readonly string[]).includes(network);
}

export type NetworkInfo = Answer<'/api/v1/networks', 'get'>['networks'][number];
export type Grant = Answer<'/api/v1/workspaces/{ws}/oauth/grants/{grantId}', 'get'>;
export type GrantAccount = Grant['accounts'][number];
/** What connecting with a token sends, besides the network. */
export type TokenInput = Omit<Extract<Input<'/api/v1/workspaces/{ws}/channels', 'post'>, { network: 'facebook' }>, 'network'>;

const grant = (ws: string, grantId: string) => ({ params: { path: { ws, grantId } } });

export const oauthApi = {
  /** With a workspace, `oauth` also counts the apps its owners saved. */
  listNetworks: (workspace?: string) => answer(client.GET('/api/v1/networks', { params: { query: workspace ? { workspace } : {} } })),
  start: (ws: string, network: string) =>
    answer(client.POST('/api/v1/workspaces/{ws}/oauth/{network}/start', { params: { path: { ws, network } } })),
  getGrant: (ws: string, grantId: string) => answer(client.GET('/api/v1/workspaces/{ws}/oauth/grants/{grantId}', grant(ws, grantId))),
  connectGrant: (ws: string, grantId: string, externalIds: string[]) =>
    answer(client.POST('/api/v1/workspaces/{ws}/oauth/grants/{grantId}/connect', { ...grant(ws, grantId), body: { externalIds } })),
  connectWithToken: (ws: string, network: TokenNetwork, input: TokenInput) =>
    answer(client.POST('/api/v1/workspaces/{ws}/channels', { params: { path: { ws } }, body: { network, ...input } })),
};
