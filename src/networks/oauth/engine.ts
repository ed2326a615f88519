/**
 * One OAuth 2 authorization-code flow, driven by a network's declarative `OAuthDefinition`: where the browser goes
 * and with which parameters, where the code and refresh token are traded and how the app authenticates there, how
 * the token answer is read, what a refusal looks like, and the follow-up call naming the accounts. The networks'
 * flows differ in exactly these (scope separators, `client_key` for `client_id`, HTTP Basic or a secret in the body,
 * refusals inside a 200), so each network's `oauth.ts` keeps its definition and only what its reference makes truly
 * its own.
 *
 * Every token request goes through the address guard (safe-fetch.ts); the configured token endpoint is trusted as
 * the operator's, a redirect elsewhere is checked.
 *
 * @example
 * const provider = createOAuthProvider({
 *   network: 'pinterest', who: 'Pinterest', reconnect: 'the Pinterest account',
 *   authorize: { url: 'https://www.pinterest.com/oauth/', scopes: ['pins:write'], scopeSeparator: ',', pkce: 'none' },
 *   token: { url: 'https://api.pinterest.com/v5/oauth/token', clientAuth: 'basic', said: pinterestMessage, errorFrom },
 *   listAccounts: async (grant) => [...],
 * }, { clientId, clientSecret });
 */
import { z } from 'zod';
import { NetworkError, type NetworkId } from '../connector.js';
import type { JsonClientOptions } from '../json-client.js';
import { expiresInToDate, grantFrom, oauthTokenSchema, type AccountChoice, type OAuthAppOptions, type OAuthAppSettings, type OAuthGrant, type OAuthProvider } from '../oauth2.js';
import { parseAnswer, readBody, unreachable } from '../parse.js';
import { guardedFetch } from '../safe-fetch.js';

/** What a token endpoint answered, whatever its status. */
export interface TokenAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface AuthorizeDefinition {
  /** The full authorization URL (path included). */
  url: string;
  scopes: readonly string[];
  /** RFC 6749 says space; Pinterest, TikTok and Threads want commas. */
  scopeSeparator: ' ' | ',';
  /** The name of the client id parameter: `client_id`, unless the network renamed it (TikTok: `client_key`). */
  clientIdParam?: string;
  /** `required` refuses a flow without a challenge (X); `supported` sends one when given (Google). */
  pkce: 'required' | 'supported' | 'none';
  /** Parameters the network adds (Google: `access_type=offline`, `prompt=consent`). */
  params?: Readonly<Record<string, string>>;
}

export interface TokenDefinition {
  /** The full token endpoint URL. */
  url: string;
  /** `basic`: HTTP Basic `client_id:client_secret` (RFC 6749 §2.3.1); `body`: both in the form. */
  clientAuth: 'basic' | 'body';
  /** The name of the client id in the form: `client_id` unless renamed (TikTok: `client_key`). */
  clientIdParam?: string;
  /** With HTTP Basic, X also wants `client_id` in the body. */
  clientIdInBody?: boolean;
  /** Parameters added to the code exchange (Pinterest: `continuous_refresh=true`). */
  codeParams?: Readonly<Record<string, string>>;
  /** Parameters added to a refresh. */
  refreshParams?: Readonly<Record<string, string>>;
  /** Headers beside `accept: application/json` (TikTok: `cache-control: no-cache`). */
  headers?: Readonly<Record<string, string>>;
  /** Fields of the token answer beyond RFC 6749 §5.1, by name. */
  fields?: {
    /** Seconds until the refresh token expires (LinkedIn `refresh_token_expires_in`, TikTok `refresh_expires_in`). */
    refreshExpiresIn?: string;
    /** When the refresh token expires, in Unix seconds; preferred to `refreshExpiresIn` when both are given. */
    refreshExpiresAt?: string;
    /** The account the token belongs to (TikTok `open_id`, Threads `user_id`). */
    userId?: string;
  };
  /** Whether an answer is the network refusing the code or refresh token; default: HTTP 400, 401 or 403. */
  refused?: (answer: TokenAnswer) => boolean;
  /** The network's own words for a refusal, if its body has some. */
  said: (body: unknown) => string | null;
  /** The person's message for a refusal; default "<who> refused the authorization (said). Connect <reconnect> again." */
  refusal?: (grantType: string, said: string | null) => string;
  /** The network's error for any other failure (rate limit, outage): its client's `errorFromResponse`. */
  errorFrom: (status: number, headers: Headers, body: unknown) => NetworkError;
}

/** A network's OAuth 2 flow, declared. */
export interface OAuthDefinition {
  network: NetworkId;
  /** How people know the other side: "X", "Google". */
  who: string;
  /** What a refused person connects again: "the YouTube channel"; default "the <who> account". */
  reconnect?: string;
  authorize: AuthorizeDefinition;
  token: TokenDefinition;
  /**
   * Scopes the person may untick on the consent screen but Chorus cannot work without; default message "<who> did
   * not grant <missing>; Chorus cannot post without it. Connect again and allow it."
   */
  requiredScopes?: { scopes: readonly string[]; message?: (missing: string[]) => string };
  /** The follow-up call naming the accounts this grant reaches. */
  listAccounts: (grant: OAuthGrant) => Promise<AccountChoice[]>;
}

/** How the token endpoint is reached; the network's options carry these. */
export interface TokenTransport {
  fetch?: typeof fetch | undefined;
  timeoutMs?: number | undefined;
}

/** An `OAuthProvider` that also renews access with a saved refresh token. */
export interface OAuthEngineProvider extends OAuthProvider {
  refresh(refreshToken: string): Promise<OAuthGrant>;
}

const DEFAULT_TIMEOUT_MS = 30_000;

// Lenient where networks differ: LinkedIn has no `token_type`, some send `expires_in` as a string; the named extra
// fields are read from the rest.
const tokenAnswerSchema = oauthTokenSchema.extend({ refresh_token: z.string().optional() }).passthrough();

/** The authorization URL for one attempt. Throws `rejected` when the network requires PKCE and no challenge came. */
export function authorizeUrl(definition: OAuthDefinition, clientId: string, input: { state: string; redirectUri: string; codeChallenge?: string }): string {
  const { authorize, network, who } = definition;
  if (authorize.pkce === 'required' && !input.codeChallenge) {
    throw new NetworkError('rejected', `${who} requires PKCE: pass a code challenge.`, { network });
  }
  const url = new URL(authorize.url);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set(authorize.clientIdParam ?? 'client_id', clientId);
  url.searchParams.set('redirect_uri', input.redirectUri);
  url.searchParams.set('scope', authorize.scopes.join(authorize.scopeSeparator));
  url.searchParams.set('state', input.state);
  for (const [name, value] of Object.entries(authorize.params ?? {})) url.searchParams.set(name, value);
  if (authorize.pkce !== 'none' && input.codeChallenge) {
    url.searchParams.set('code_challenge', input.codeChallenge);
    url.searchParams.set('code_challenge_method', 'S256');
  }
  return url.toString();
}

function basicAuth(clientId: string, clientSecret: string): string {
  // RFC 6749 §2.3.1: id and secret are form-urlencoded before base64 (a no-op for the URL-safe ids networks issue).
  return `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64')}`;
}

async function sendToken(definition: OAuthDefinition, form: URLSearchParams, headers: Record<string, string>, transport: TokenTransport): Promise<TokenAnswer> {
  const { token, network, who } = definition;
  const timeoutMs = transport.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // The token endpoint is the operator's configuration (or the network's default): trusted as it is.
  const fetchImpl = transport.fetch ?? guardedFetch({ trustedOrigins: [token.url] });
  try {
    const response = await fetchImpl(token.url, { method: 'POST', headers, body: form, signal: AbortSignal.timeout(timeoutMs) });
    return { status: response.status, headers: response.headers, body: await readBody(response) };
  } catch (error) {
    throw unreachable(network, who, error, timeoutMs);
  }
}

function defaultRefusal(definition: OAuthDefinition): (grantType: string, said: string | null) => string {
  return (grantType, said) => {
    const what = grantType === 'refresh_token' ? 'the saved access of this channel' : 'the authorization';
    return `${definition.who} refused ${what}${said ? ` (${said})` : ''}. Connect ${definition.reconnect ?? `the ${definition.who} account`} again.`;
  };
}

/** A token answer as a grant, with the network's extra fields. */
export function readGrant(definition: OAuthDefinition, body: unknown): OAuthGrant {
  const token = parseAnswer(definition.network, definition.who, tokenAnswerSchema, body, 'the token request');
  const fields = definition.token.fields ?? {};
  const extra = token as Record<string, unknown>;
  const at = fields.refreshExpiresAt ? extra[fields.refreshExpiresAt] : undefined;
  const refreshExpiresAt =
    typeof at === 'number' && Number.isFinite(at) ? new Date(at * 1000) : fields.refreshExpiresIn ? expiresInToDate(extra[fields.refreshExpiresIn]) : undefined;
  const userId = fields.userId ? extra[fields.userId] : undefined;
  return {
    ...grantFrom(token),
    ...(refreshExpiresAt ? { refreshExpiresAt } : {}),
    // Threads sends `user_id` as a JSON number.
    ...((typeof userId === 'string' && userId) || typeof userId === 'number' ? { userId: String(userId) } : {}),
  };
}

/**
 * One call to the token endpoint (`form` has the grant: `grant_type` and its fields). A refused code or refresh token
 * is `auth`: the person has to connect again. Other failures are the network's own errors.
 */
export async function requestToken(definition: OAuthDefinition, app: OAuthAppSettings & TokenTransport, form: Record<string, string>): Promise<OAuthGrant> {
  const { token } = definition;
  const body = new URLSearchParams(form);
  const headers: Record<string, string> = { accept: 'application/json', ...token.headers };
  const idParam = token.clientIdParam ?? 'client_id';
  if (token.clientAuth === 'basic') {
    headers['authorization'] = basicAuth(app.clientId, app.clientSecret);
    if (token.clientIdInBody) body.set(idParam, app.clientId);
  } else {
    body.set(idParam, app.clientId);
    body.set('client_secret', app.clientSecret);
  }
  const answer = await sendToken(definition, body, headers, app);
  const refused = token.refused ?? ((a: TokenAnswer) => a.status === 400 || a.status === 401 || a.status === 403);
  if (refused(answer)) {
    const message = (token.refusal ?? defaultRefusal(definition))(form['grant_type'] ?? '', token.said(answer.body));
    throw new NetworkError('auth', message, { network: definition.network, status: answer.status });
  }
  if (answer.status < 200 || answer.status >= 300) throw token.errorFrom(answer.status, answer.headers, answer.body);
  return readGrant(definition, answer.body);
}

/**
 * A refusal for networks that answer any client error when a code or refresh token will not work (LinkedIn,
 * Threads): everything but a success, an outage (5xx) or a rate limit (429) means connecting again.
 */
export function refusedUnlessRetryable(answer: TokenAnswer): boolean {
  return (answer.status < 200 || answer.status >= 300) && answer.status < 500 && answer.status !== 429;
}

const oauthErrorSchema = z.object({ error: z.string(), error_description: z.string().optional() });

/** Whether a body is an RFC 6749 §5.2 error answer (`{error, error_description}`), as TikTok sends inside a 200. */
export function isOAuthError(body: unknown): boolean {
  return oauthErrorSchema.safeParse(body).success;
}

/** The words of an RFC 6749 §5.2 error answer, "invalid_grant: Bad code", or null for any other body. */
export function oauthErrorSaid(body: unknown): string | null {
  const parsed = oauthErrorSchema.safeParse(body);
  return parsed.success ? `${parsed.data.error}${parsed.data.error_description ? `: ${parsed.data.error_description}` : ''}` : null;
}

/**
 * The options of the API client that lists a grant's accounts: the app's API origin, fetch and time limit, with the
 * grant's token.
 */
export function grantClientOptions(app: OAuthAppOptions | Omit<OAuthAppOptions, 'clientId' | 'clientSecret'>, grant: OAuthGrant): JsonClientOptions {
  return { apiUrl: app.apiUrl, accessToken: grant.accessToken, fetch: app.fetch, timeoutMs: app.timeoutMs };
}

/** One account a grant reaches, as the picker shows it: `connect` gets the grant's credentials and the account id. */
export function accountChoice(network: NetworkId, grant: OAuthGrant, externalId: string, label: string): AccountChoice {
  return { externalId, label, network, connectInput: { ...grantCredentials(grant), accountId: externalId } };
}

/** The credentials a grant gives a channel, as `Connector.connect` takes them. */
export function grantCredentials(grant: OAuthGrant): Record<string, string> {
  return {
    accessToken: grant.accessToken,
    ...(grant.refreshToken ? { refreshToken: grant.refreshToken } : {}),
    ...(grant.expiresAt ? { expiresAt: grant.expiresAt.toISOString() } : {}),
    ...(grant.refreshExpiresAt ? { refreshExpiresAt: grant.refreshExpiresAt.toISOString() } : {}),
  };
}

/** Refuses a grant missing a scope Chorus needs (the person unticked it); a grant naming no scopes passes. */
function checkScopes(definition: OAuthDefinition, grant: OAuthGrant): void {
  const required = definition.requiredScopes;
  const granted = grant.scope?.split(/[\s,]+/).filter(Boolean);
  const missing = required && granted ? required.scopes.filter((s) => !granted.includes(s)) : [];
  if (required && missing.length > 0) {
    const message = required.message?.(missing) ?? `${definition.who} did not grant ${missing.join(', ')}; Chorus cannot post without it. Connect again and allow it.`;
    throw new NetworkError('auth', message, { network: definition.network });
  }
}

/** The `OAuthProvider` a definition describes, for one app. */
export function createOAuthProvider(definition: OAuthDefinition, app: OAuthAppSettings & TokenTransport): OAuthEngineProvider {
  const { network, who } = definition;
  return {
    network,
    usesPkce: definition.authorize.pkce !== 'none',
    authorizeUrl: (input) => authorizeUrl(definition, app.clientId, input),
    async exchangeCode({ code, redirectUri, codeVerifier }) {
      if (definition.authorize.pkce === 'required' && !codeVerifier) {
        throw new NetworkError('rejected', `${who} requires PKCE: pass the code verifier.`, { network });
      }
      const pkce: Record<string, string> = definition.authorize.pkce !== 'none' && codeVerifier ? { code_verifier: codeVerifier } : {};
      const form = { grant_type: 'authorization_code', code, redirect_uri: redirectUri, ...pkce, ...definition.token.codeParams };
      return requestToken(definition, app, form);
    },
    refresh: (refreshToken) => requestToken(definition, app, { grant_type: 'refresh_token', refresh_token: refreshToken, ...definition.token.refreshParams }),
    async listAccounts(grant) {
      checkScopes(definition, grant);
      return definition.listAccounts(grant);
    },
  };
}

/**
 * Reads the browser's return to the redirect URI: the code when `state` is the one issued; `rejected` when the
 * person declined (the network's description, or "declined") or the state is not ours.
 */
export function readCallback(definition: Pick<OAuthDefinition, 'network' | 'who'>, callbackUrl: string | URL, expectedState: string): { code: string } {
  const { network, who } = definition;
  const url = new URL(callbackUrl);
  const error = url.searchParams.get('error');
  if (error) {
    const described = url.searchParams.get('error_description') ?? url.searchParams.get('error_reason');
    const reason = described ?? (error === 'access_denied' ? `the request was declined on ${who}` : error);
    throw new NetworkError('rejected', `${who} did not authorize Chorus: ${reason}.`, { network });
  }
  if (url.searchParams.get('state') !== expectedState) {
    throw new NetworkError('rejected', 'This sign-in link has expired or was not started here. Start connecting the channel again.', { network });
  }
  const code = url.searchParams.get('code');
  if (!code) throw new NetworkError('rejected', `${who} came back without an authorization code.`, { network });
  return { code };
}
