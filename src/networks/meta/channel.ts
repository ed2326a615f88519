/**
 * What the Facebook and Instagram connectors share about a channel: its Graph client, its token refresh, and how a
 * post found on the network is matched to the content Chorus meant to publish.
 */
import { z } from 'zod';
import { NetworkError, type ChannelContext, type Connector, type Credentials } from '../connector.js';
import { expiresInToDate, needsRefresh, refreshApp, savedAccessToken } from '../oauth2.js';
import { label } from './errors.js';
import { appSecretProof, GraphClient, parseGraph, UsageGate, type GraphOptions } from './graph.js';

export interface MetaConnectorOptions extends GraphOptions {
  /** The Meta app's id: with `appSecret`, lets expiring user tokens be exchanged for fresh long-lived ones. */
  appId?: string;
}

export interface ChannelGraph {
  /**
   * A client for `network` with the channel's token (and the connector's shared rate-limit gate), signing each call
   * with the secret of the app the channel was connected through: the server's, else its workspace's saved app.
   */
  forChannel(ctx: ChannelContext): Promise<GraphClient>;
  /** A client for a token being connected; `proof` is its `appsecret_proof` when the sign-in's app computed one. */
  forToken(accessToken: string, proof?: string): GraphClient;
}

export function channelGraph(network: 'facebook' | 'instagram', options: MetaConnectorOptions): ChannelGraph {
  const gate = options.gate ?? new UsageGate();
  const client = (accessToken: string, extra: GraphOptions) => new GraphClient({ ...options, ...extra, gate, network, accessToken });
  return {
    forToken(accessToken, proof) {
      return client(accessToken, !options.appSecret && proof ? { appSecretProof: proof } : {});
    },
    async forChannel(ctx) {
      const token = savedAccessToken(ctx, { network, name: label(network) });
      // An app set to "Require App Secret" refuses any call of its tokens without the proof of its own secret.
      const app = await refreshApp({ clientId: options.appId, clientSecret: options.appSecret }, ctx);
      return client(token, { appSecret: options.appSecret || app?.clientSecret });
    },
  };
}

/**
 * What the sign-in hands to `connect` beside a token: the token's `appsecret_proof` computed with the secret of the
 * app that signed in (a workspace's saved app, which the connector does not know). The proof, not the secret.
 */
export function proofInput(accessToken: string, appSecret: string | undefined): Record<string, string> {
  return appSecret ? { appSecretProof: appSecretProof(accessToken, appSecret) } : {};
}

const tokenSchema = z.object({ access_token: z.string().min(1), expires_in: z.union([z.number(), z.string()]).optional() });

/**
 * Page tokens obtained from a long-lived user token never expire, so channels connected through Chorus's sign-in
 * have no `expiresAt` and this returns null. A channel connected with a pasted user token carries `expiresAt`
 * (~60 days): before it lapses, `fb_exchange_token` trades it for a fresh long-lived one. Meta refuses that once the
 * token has expired or was revoked → `auth` (the person reconnects).
 */
export async function refreshMetaCredentials(
  network: 'facebook' | 'instagram',
  ctx: ChannelContext,
  options: MetaConnectorOptions,
): Promise<Credentials | null> {
  if (!needsRefresh(ctx.credentials)) return null;
  const token = ctx.credentials['accessToken'];
  // The server's app, else the workspace's: the one that issued the token renews it.
  const app = await refreshApp({ clientId: options.appId, clientSecret: options.appSecret }, ctx);
  if (!token || !app) {
    throw new NetworkError(
      'auth',
      `This ${label(network)} channel's access expires ${ctx.credentials['expiresAt'] ?? 'soon'} and Chorus has no Meta app configured to renew it. Reconnect the channel.`,
      { network },
    );
  }
  const graph = new GraphClient({ ...options, appSecret: app.clientSecret, network });
  const response = await graph.send('GET', '/oauth/access_token', {
    grant_type: 'fb_exchange_token',
    client_id: app.clientId,
    client_secret: app.clientSecret,
    fb_exchange_token: token,
  });
  if (response.status >= 400 && response.status < 500) {
    throw new NetworkError('auth', `${label(network)} refused to renew this channel's access. Reconnect the channel.`, {
      network,
      status: response.status,
    });
  }
  if (response.status < 200 || response.status >= 300) {
    throw new NetworkError('transient', `${label(network)} could not renew the access token right now (HTTP ${response.status}).`, { network });
  }
  const parsed = parseGraph(tokenSchema, response.body, 'the renewed token', network);
  const expiresAt = expiresInToDate(parsed.expires_in);
  const next: Credentials = { ...ctx.credentials, accessToken: parsed.access_token };
  if (expiresAt) next['expiresAt'] = expiresAt.toISOString();
  else delete next['expiresAt'];
  await ctx.onCredentialsChanged(next);
  return next;
}

/**
 * Token renewal and comment moderation, done the same way on both Meta networks but for the field that hides a
 * comment (`POST /{comment-id}` takes `is_hidden` on a Page, `hide` on Instagram).
 *
 * @example
 * return { ...connector, ...metaChannelActions('instagram', graphs, options, 'hide') };
 */
export function metaChannelActions(
  network: 'facebook' | 'instagram',
  graphs: ChannelGraph,
  options: MetaConnectorOptions,
  hideField: 'is_hidden' | 'hide',
): Pick<Connector, 'refreshCredentials' | 'hideEngagement' | 'deleteEngagement'> {
  return {
    // Page tokens from a long-lived user token never expire: null unless a pasted token carries `expiresAt`.
    refreshCredentials: (ctx) => refreshMetaCredentials(network, ctx, options),
    async hideEngagement(ctx, externalId, hidden) {
      await (await graphs.forChannel(ctx)).post(`/${encodeURIComponent(externalId)}`, { [hideField]: hidden });
    },
    async deleteEngagement(ctx, externalId) {
      await (await graphs.forChannel(ctx)).delete(`/${encodeURIComponent(externalId)}`);
    },
  };
}

/** Texts compared the way Graph returns them: Unicode NFC, line endings and runs of spaces collapsed, trimmed. */
export function normalizeForMatch(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/[ \t\u00a0]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Whether a message or caption read back from Graph is the text Chorus sent. Empty texts never match (ambiguous). */
export function sameText(found: string | null | undefined, sent: string): boolean {
  const expected = normalizeForMatch(sent);
  return expected !== '' && normalizeForMatch(found ?? '') === expected;
}

/** Input from `connect`: the token and, optionally, which account (Page or Instagram id) it is for. */
export function connectInput(input: Record<string, string>, network: 'facebook' | 'instagram'): {
  accessToken: string;
  accountId: string | undefined;
  expiresAt: string | undefined;
  proof: string | undefined;
} {
  const accessToken = input['accessToken']?.trim();
  if (!accessToken) throw new NetworkError('rejected', 'Enter an access token.', { network });
  const expiresAt = input['expiresAt'];
  if (expiresAt !== undefined && Number.isNaN(Date.parse(expiresAt))) {
    throw new NetworkError('rejected', `"${expiresAt}" is not a date (expiresAt must be an ISO date).`, { network });
  }
  return { accessToken, accountId: input['accountId']?.trim() || undefined, expiresAt, proof: input['appSecretProof'] || undefined };
}
