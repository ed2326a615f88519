/**
 * The OAuth 2 authorization-code contract of the networks that use it (Meta, Threads, X, LinkedIn, and later
 * YouTube, TikTok, Pinterest, Snapchat). Each network supplies an `OAuthProvider`: pure HTTP steps, nothing stored.
 * The channels feature owns `state` (bound to the session, one use), the PKCE verifier, and turning the accounts the
 * person picks into channels through `Connector.connect(choice.connectInput)`.
 *
 * Why not a generic OAuth library: the networks bend the standard in ways such libraries reject (Meta exchanges the
 * code with GET and returns no refresh token; LinkedIn's token answer has no `token_type`; X wants HTTP Basic client
 * auth with PKCE). The shared part — PKCE and expiry arithmetic — is a few lines of `node:crypto` below; the flow
 * itself is one engine (oauth/engine.ts) that each network drives with a declarative definition of how it bends it.
 *
 * @example
 * const pkce = createPkce();
 * const url = provider.authorizeUrl({ state, redirectUri, codeChallenge: pkce.challenge });
 * // ... browser comes back to the callback with ?code&state, state checked by the caller ...
 * const grant = await provider.exchangeCode({ code, redirectUri, codeVerifier: pkce.verifier });
 * const choices = await provider.listAccounts(grant);  // Pages, organizations, Instagram accounts...
 * const account = await connector.connect(choices[0].connectInput);
 */
import { z } from 'zod';
import { createHash, randomBytes } from 'node:crypto';
import { NetworkError, type ChannelContext, type ConnectedAccount, type Credentials, type NetworkId } from './connector.js';

/** What a token endpoint gave: the connector's `connect` input is built from it. */
export interface OAuthGrant {
  accessToken: string;
  refreshToken?: string;
  /** When the access token stops working; absent when the network says it does not expire. */
  expiresAt?: Date;
  /** When the refresh token stops working (LinkedIn: 1 year), if the network says. */
  refreshExpiresAt?: Date;
  scope?: string;
  /** The account the token belongs to when the token answer names it (Threads `user_id`). */
  userId?: string;
}

/** One account the grant can publish as; the person picks which become channels. */
export interface AccountChoice {
  /** The account's id on the network (Page id, Instagram user id, organization URN, user id). */
  externalId: string;
  /** What the person sees in the picker, e.g. "Acme Bakery (Facebook Page)". */
  label: string;
  network: NetworkId;
  /** Passed as is to `Connector.connect` of `network` — same shape as a token connect. */
  connectInput: Record<string, string>;
}

export interface OAuthProvider {
  readonly network: NetworkId;
  /** Whether `authorizeUrl` and `exchangeCode` use PKCE (X requires it). */
  readonly usesPkce: boolean;
  /** The URL the browser is sent to. */
  authorizeUrl(input: { state: string; redirectUri: string; codeChallenge?: string }): string;
  /** Trades the callback's `code` for tokens. Throws NetworkError('auth') when the network refuses the code. */
  exchangeCode(input: { code: string; redirectUri: string; codeVerifier?: string }): Promise<OAuthGrant>;
  /** Accounts reachable with this grant. At least one, or NetworkError('auth') saying what permission is missing. */
  listAccounts(grant: OAuthGrant): Promise<AccountChoice[]>;
}

/** Settings every OAuth network reads from env: `CHORUS_<NETWORK>_CLIENT_ID` / `_CLIENT_SECRET` / `_API_URL`. */
export interface OAuthAppSettings {
  clientId: string;
  clientSecret: string;
}

/** What a network's OAuth provider is built with; each network documents its own defaults and adds what it needs. */
export interface OAuthAppOptions extends OAuthAppSettings {
  /** The API origin (token endpoint and account look-ups, unless the network says otherwise). */
  apiUrl?: string;
  /** Where the browser authorizes. */
  authorizeUrl?: string;
  scopes?: readonly string[];
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/**
 * A token endpoint's answer as RFC 6749 §5.1 defines it; networks with more fields `.extend()` it. `expires_in` is a
 * number by the RFC but some networks send it as a string.
 */
export const oauthTokenSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.union([z.number(), z.string()]).optional(),
  refresh_token: z.string().min(1).optional(),
  scope: z.string().optional(),
});

/**
 * The refresh token and expiry a person may paste beside an access token when connecting by token: kept so the
 * channel is renewed before it expires. An expiry that is not a date is left out rather than stored.
 */
export function pastedRefreshFields(input: Record<string, string>): Record<string, string> {
  const fields: Record<string, string> = {};
  if (input['refreshToken']) fields['refreshToken'] = input['refreshToken'];
  if (input['expiresAt'] && !Number.isNaN(Date.parse(input['expiresAt']))) fields['expiresAt'] = new Date(input['expiresAt']).toISOString();
  return fields;
}

/**
 * The account a token connects (pasted, or handed over by the sign-in flow): the refresh token and expiry given
 * beside the access token are kept with the credentials, and the network's default limits are copied so a channel
 * never shares the constant.
 *
 * @example
 * return tokenAccount(input, { externalId: me.id, handle: `@${me.username}`, displayName: me.name, avatarUrl: null,
 *   credentials: { accessToken, username: me.username }, limits: X_DEFAULT_LIMITS });
 */
export function tokenAccount(input: Record<string, string>, account: Omit<ConnectedAccount, 'serviceUrl'>): ConnectedAccount {
  return { ...account, serviceUrl: null, credentials: { ...account.credentials, ...pastedRefreshFields(input) }, limits: { ...account.limits } };
}

/**
 * The access token to call the network with for this channel, renewed first when it has already expired (the
 * scheduler normally renews earlier, through `refreshCredentials`).
 */
export async function channelAccessToken(
  ctx: ChannelContext,
  refresh: (ctx: ChannelContext) => Promise<Credentials>,
  network: Pick<RefresherSettings, 'network' | 'name'>,
): Promise<string> {
  savedAccessToken(ctx, network);
  const credentials = needsRefresh(ctx.credentials, Date.now(), 0) ? await refresh(ctx) : ctx.credentials;
  return credentials['accessToken'] ?? '';
}

/** The access token saved with a channel, as it is; `auth` (the person reconnects) when there is none. */
export function savedAccessToken(ctx: ChannelContext, network: Pick<RefresherSettings, 'network' | 'name'>): string {
  const token = ctx.credentials['accessToken'];
  if (!token) throw new NetworkError('auth', `This ${network.name} channel has no access token saved. Reconnect it.`, { network: network.network });
  return token;
}

/** RFC 7636 S256: a 43-character verifier and its SHA-256 challenge, both base64url. */
export function createPkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** `expires_in` seconds from a token answer as a date; undefined when absent or not a positive number. */
export function expiresInToDate(expiresIn: unknown, now = Date.now()): Date | undefined {
  const seconds = typeof expiresIn === 'string' ? Number(expiresIn) : expiresIn;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? new Date(now + seconds * 1000) : undefined;
}

/** How long before expiry Chorus refreshes: X tokens live 2 hours, so a refresh 10 minutes early leaves room for retries. */
export const REFRESH_MARGIN_MS = 10 * 60 * 1000;

/** True when stored credentials (`expiresAt` as an ISO string) are within the margin of expiring. */
export function needsRefresh(credentials: Record<string, string>, now = Date.now(), marginMs = REFRESH_MARGIN_MS): boolean {
  const expiresAt = credentials['expiresAt'] ? Date.parse(credentials['expiresAt']) : Number.NaN;
  return Number.isFinite(expiresAt) && expiresAt - now <= marginMs;
}

/** The common fields of a token endpoint's answer (RFC 6749 §5.1), as a grant. */
export function grantFrom(token: { access_token: string; refresh_token?: string | undefined; expires_in?: unknown; scope?: string | undefined }): OAuthGrant {
  const expiresAt = expiresInToDate(token.expires_in);
  return {
    accessToken: token.access_token,
    ...(token.refresh_token ? { refreshToken: token.refresh_token } : {}),
    ...(expiresAt ? { expiresAt } : {}),
    ...(token.scope ? { scope: token.scope } : {}),
  };
}

/**
 * The app that renews a channel's tokens: the server's (env) when it sets one, else the app of the channel's
 * workspace (`ChannelContext.oauthApp`), which issued the tokens of a channel connected with it.
 */
export async function refreshApp(
  configured: { clientId?: string | undefined; clientSecret?: string | undefined },
  ctx: ChannelContext,
): Promise<OAuthAppSettings | undefined> {
  if (configured.clientId && configured.clientSecret) return { clientId: configured.clientId, clientSecret: configured.clientSecret };
  return ctx.oauthApp?.();
}

/** Why a renewal cannot run, and who can fix it. */
export function noAppMessage(name: string, envName: string): string {
  return `Chorus has no ${name} app to renew access: a workspace owner saves it on the network apps page, or the server sets CHORUS_${envName}_CLIENT_ID / _CLIENT_SECRET.`;
}

export interface RefresherSettings {
  network: NetworkId;
  /** The network as people write it, and its settings' prefix: "X" and "X", "TikTok" and "TIKTOK". */
  name: string;
  envName: string;
  clientId?: string | undefined;
  clientSecret?: string | undefined;
}

/**
 * Renews a channel's access with its saved refresh token and saves the new credentials through the channel. Networks
 * that rotate refresh tokens (X, TikTok, Pinterest, Snapchat) refuse a used one, so two renewals with the same token
 * would log the channel out: one renewal runs at a time per refresh token, and callers meeting it share its answer.
 *
 * @example
 * const refresh = createRefresher({ network: 'x', name: 'X', envName: 'X', clientId, clientSecret },
 *   (refreshToken, app) => requestToken({ ...app, apiUrl }, { grant_type: 'refresh_token', refresh_token: refreshToken }));
 * const credentials = await refresh(ctx);
 */
export function createRefresher(
  settings: RefresherSettings,
  exchange: (refreshToken: string, app: OAuthAppSettings) => Promise<OAuthGrant>,
): (ctx: ChannelContext) => Promise<Credentials> {
  const refreshing = new Map<string, Promise<Credentials>>();
  return (ctx) => {
    const refreshToken = ctx.credentials['refreshToken'];
    const fail = (message: string) => Promise.reject(new NetworkError('auth', message, { network: settings.network }));
    if (!refreshToken) return fail(`The ${settings.name} access of this channel expired and no refresh token was saved. Reconnect the channel.`);
    const running = refreshing.get(refreshToken);
    if (running) return running;
    const task = (async () => {
      const app = await refreshApp(settings, ctx);
      if (!app) throw new NetworkError('auth', noAppMessage(settings.name, settings.envName), { network: settings.network });
      const grant = await exchange(refreshToken, app);
      const next: Credentials = { ...ctx.credentials, accessToken: grant.accessToken, refreshToken: grant.refreshToken ?? refreshToken };
      // An expiry the network no longer gives must not stay behind: it would ask for renewals that are not due.
      if (grant.expiresAt) next['expiresAt'] = grant.expiresAt.toISOString();
      else delete next['expiresAt'];
      if (grant.refreshExpiresAt) next['refreshExpiresAt'] = grant.refreshExpiresAt.toISOString();
      await ctx.onCredentialsChanged(next);
      ctx.credentials = next;
      return next;
    })().finally(() => refreshing.delete(refreshToken));
    refreshing.set(refreshToken, task);
    return task;
  };
}
