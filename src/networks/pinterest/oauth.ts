/**
 * Pinterest's OAuth 2.0 authorization-code flow
 * (developers.pinterest.com/docs/getting-started/set-up-authentication-and-authorization/):
 * - the browser goes to `https://www.pinterest.com/oauth/` with `client_id`, `redirect_uri`, `response_type=code`,
 *   comma-separated `scope` and `state` (no PKCE);
 * - `POST /v5/oauth/token` (form-encoded, HTTP Basic `client_id:client_secret`) trades the code, and later the
 *   refresh token. `continuous_refresh=true` asks for continuous refresh: every refresh answers a new refresh token
 *   (60 days) with `refresh_token_expires_at`, so a channel used at least every two months never needs reconnecting.
 *   Access tokens live 30 days (`expires_in`).
 *
 * @example
 * const provider = createPinterestOAuthProvider({ clientId, clientSecret });
 * const grant = await provider.exchangeCode({ code, redirectUri });
 * const [choice] = await provider.listAccounts(grant);
 */
import { z } from 'zod';
import { NetworkError } from '../connector.js';
import { type AccountChoice, expiresInToDate, grantFrom, type OAuthGrant, type OAuthProvider, type OAuthAppOptions, oauthTokenSchema } from '../oauth2.js';
import { errorFromResponse, PinterestClient, pinterestMessage, PINTEREST_API_URL } from './client.js';
import { parse, userAccountSchema } from './mapping.js';

export const PINTEREST_AUTHORIZE_URL = 'https://www.pinterest.com/oauth/';
/** Reading and writing boards and Pins, and reading the account (create-boards-and-pins "Before you begin"). */
export const PINTEREST_SCOPES = ['boards:read', 'boards:write', 'pins:read', 'pins:write', 'user_accounts:read'] as const;

/** Pinterest's app. Defaults: `apiUrl` https://api.pinterest.com (token endpoint, `/v5/user_account`), `authorizeUrl` https://www.pinterest.com/oauth/. */
export type PinterestOAuthOptions = OAuthAppOptions;

const tokenSchema = oauthTokenSchema.extend({
  refresh_token_expires_in: z.union([z.number(), z.string()]).optional(),
  refresh_token_expires_at: z.number().optional(),
  response_type: z.string().optional(),
});

function basicAuth(clientId: string, clientSecret: string): string {
  return `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
}

/**
 * One call to the token endpoint. A refused code or refresh token (400 with Pinterest's `{code, message}`, 401 for a
 * bad client) is `auth`: the person has to connect again.
 */
export async function requestToken(options: Omit<PinterestOAuthOptions, 'authorizeUrl' | 'scopes'>, form: Record<string, string>): Promise<OAuthGrant> {
  const client = new PinterestClient({ apiUrl: options.apiUrl ?? PINTEREST_API_URL, fetch: options.fetch, timeoutMs: options.timeoutMs });
  const response = await client.send('POST', '/v5/oauth/token', {
    form: new URLSearchParams(form),
    headers: { authorization: basicAuth(options.clientId, options.clientSecret) },
  });
  if (response.status === 400 || response.status === 401 || response.status === 403) {
    const said = pinterestMessage(response.body);
    const what = form['grant_type'] === 'refresh_token' ? 'the saved access of this channel' : 'the authorization';
    throw new NetworkError('auth', `Pinterest refused ${what}${said ? ` (${said})` : ''}. Connect the Pinterest account again.`, {
      network: 'pinterest',
      status: response.status,
    });
  }
  if (response.status < 200 || response.status >= 300) throw errorFromResponse(response.status, response.headers, response.body);
  const token = parse(tokenSchema, response.body, 'the token request');
  const refreshExpiresAt =
    token.refresh_token_expires_at !== undefined ? new Date(token.refresh_token_expires_at * 1000) : expiresInToDate(token.refresh_token_expires_in);
  return { ...grantFrom(token), ...(refreshExpiresAt ? { refreshExpiresAt } : {}) };
}

export function createPinterestOAuthProvider(options: PinterestOAuthOptions): OAuthProvider {
  const scopes = options.scopes ?? PINTEREST_SCOPES;
  return {
    network: 'pinterest',
    usesPkce: false,

    authorizeUrl({ state, redirectUri }) {
      const url = new URL(options.authorizeUrl ?? PINTEREST_AUTHORIZE_URL);
      url.searchParams.set('client_id', options.clientId);
      url.searchParams.set('redirect_uri', redirectUri);
      url.searchParams.set('response_type', 'code');
      url.searchParams.set('scope', scopes.join(','));
      url.searchParams.set('state', state);
      return url.toString();
    },

    async exchangeCode({ code, redirectUri }) {
      return requestToken(options, { grant_type: 'authorization_code', code, redirect_uri: redirectUri, continuous_refresh: 'true' });
    },

    async listAccounts(grant) {
      const granted = grant.scope?.split(/[\s,]+/);
      const missing = granted ? ['pins:write', 'boards:read', 'user_accounts:read'].filter((s) => !granted.includes(s)) : [];
      if (missing.length > 0) {
        const message = `Pinterest did not grant ${missing.join(', ')}; Chorus cannot publish Pins without it. Connect again and allow it.`;
        throw new NetworkError('auth', message, { network: 'pinterest' });
      }
      const client = new PinterestClient({ apiUrl: options.apiUrl, accessToken: grant.accessToken, fetch: options.fetch, timeoutMs: options.timeoutMs });
      const me = parse(userAccountSchema, (await client.get('/v5/user_account')).body, 'the account');
      const choice: AccountChoice = {
        externalId: me.id ?? me.username,
        label: `${me.business_name || me.username} (@${me.username} on Pinterest)`,
        network: 'pinterest',
        connectInput: {
          accessToken: grant.accessToken,
          ...(grant.refreshToken ? { refreshToken: grant.refreshToken } : {}),
          ...(grant.expiresAt ? { expiresAt: grant.expiresAt.toISOString() } : {}),
          accountId: me.id ?? me.username,
        },
      };
      return [choice];
    },
  };
}
