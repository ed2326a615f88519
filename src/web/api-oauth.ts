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
import { request, type Channel } from './api';

/** The networks connected with a token or a sign-in, in the order the channels page shows them. */
export const TOKEN_NETWORKS = ['facebook', 'instagram', 'threads', 'x', 'linkedin', 'youtube', 'tiktok', 'pinterest', 'snapchat'] as const;
export type TokenNetwork = (typeof TOKEN_NETWORKS)[number];

export function isTokenNetwork(network: string): network is TokenNetwork {
  return (TOKEN_NETWORKS as readonly string[]).includes(network);
}

export interface NetworkInfo {
  network: string;
  /** Its sign-in is configured on this server. */
  oauth: boolean;
  token: boolean;
}

export interface GrantAccount {
  externalId: string;
  label: string;
  network: string;
  /** Already a channel of this workspace: picking it reconnects it. */
  connected: boolean;
}

export interface Grant {
  id: string;
  network: string;
  expiresAt: string;
  accounts: GrantAccount[];
}

export interface TokenInput {
  accessToken: string;
  accountId?: string;
  refreshToken?: string;
  expiresAt?: string;
}

const ws = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}`;

export const oauthApi = {
  listNetworks: () => request<{ networks: NetworkInfo[] }>('GET', '/networks'),
  start: (workspaceId: string, network: string) =>
    request<{ authorizeUrl: string }>('POST', `${ws(workspaceId)}/oauth/${encodeURIComponent(network)}/start`),
  getGrant: (workspaceId: string, grantId: string) => request<Grant>('GET', `${ws(workspaceId)}/oauth/grants/${encodeURIComponent(grantId)}`),
  connectGrant: (workspaceId: string, grantId: string, externalIds: string[]) =>
    request<{ channels: Channel[]; failed: { externalId: string; label: string; message: string }[] }>(
      'POST',
      `${ws(workspaceId)}/oauth/grants/${encodeURIComponent(grantId)}/connect`,
      { externalIds },
    ),
  connectWithToken: (workspaceId: string, network: TokenNetwork, input: TokenInput) =>
    request<Channel>('POST', `${ws(workspaceId)}/channels`, { network, ...input }),
};
