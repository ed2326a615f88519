/**
 * TikTok Login Kit for Web (developers.tiktok.com/doc/login-kit-web, …/oauth-user-access-token-management):
 * - the browser goes to `https://www.tiktok.com/v2/auth/authorize/` with `client_key` (TikTok's name for the client
 *   id) and comma-separated scopes;
 * - `POST /v2/oauth/token/` (form-encoded, `client_key` + `client_secret` in the body) trades the code and later the
 *   refresh token; access tokens last 24 hours (`expires_in` 86400), refresh tokens 365 days
 *   (`refresh_expires_in`), and a refresh may return a different refresh token, which replaces the old one;
 * - errors are `{error, error_description, log_id}` (…/oauth-error-handling).
 * PKCE is only for the desktop and mobile flows, so the web flow here does not use it.
 *
 * @example
 * const provider = createTikTokOAuthProvider({ clientId: clientKey, clientSecret });
 * const url = provider.authorizeUrl({ state, redirectUri });
 */
import { z } from 'zod';
import { NetworkError } from '../connector.js';
import { type AccountChoice, expiresInToDate, grantFrom, type OAuthGrant, type OAuthProvider, type OAuthAppOptions, oauthTokenSchema } from '../oauth2.js';
import { errorFromResponse, TikTokClient, TIKTOK_API_URL } from './client.js';
import { parse, userInfoSchema } from './mapping.js';

export const TIKTOK_AUTHORIZE_URL = 'https://www.tiktok.com/v2/auth/authorize/';

/**
 * Post and upload videos and photos, list the account's videos (metrics, finding an earlier attempt), the basic
 * profile, and `user.info.profile` for `username` (the user info reference puts that field under it, and post URLs
 * need it).
 */
export const TIKTOK_SCOPES = ['user.info.basic', 'user.info.profile', 'video.publish', 'video.upload', 'video.list'] as const;
export const USER_FIELDS = 'open_id,union_id,avatar_url,display_name,username';

/** TikTok's app (`clientId` is its client key). Defaults: `apiUrl` https://open.tiktokapis.com (token endpoint, user info), `authorizeUrl` https://www.tiktok.com/v2/auth/authorize/. */
export type TikTokOAuthOptions = OAuthAppOptions;

const tokenSchema = oauthTokenSchema.extend({
  open_id: z.string().optional(),
  refresh_expires_in: z.union([z.number(), z.string()]).optional(),
});
const oauthErrorSchema = z.object({ error: z.string(), error_description: z.string().optional(), log_id: z.string().optional() });

export async function requestToken(options: Omit<TikTokOAuthOptions, 'authorizeUrl' | 'scopes'>, form: Record<string, string>): Promise<OAuthGrant> {
  const client = new TikTokClient({ apiUrl: options.apiUrl ?? TIKTOK_API_URL, fetch: options.fetch, timeoutMs: options.timeoutMs });
  const response = await client.send('POST', '/v2/oauth/token/', {
    body: new URLSearchParams({ ...form, client_key: options.clientId, client_secret: options.clientSecret }),
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'cache-control': 'no-cache' },
  });
  // TikTok answers a refused code with HTTP 200 and an `error` field, as well as with 4xx.
  const refused = oauthErrorSchema.safeParse(response.body);
  if (refused.success || response.status === 400 || response.status === 401) {
    const said = refused.success ? `${refused.data.error}${refused.data.error_description ? `: ${refused.data.error_description}` : ''}` : null;
    const what = form['grant_type'] === 'refresh_token' ? 'the saved access of this channel' : 'the authorization';
    throw new NetworkError('auth', `TikTok refused ${what}${said ? ` (${said})` : ''}. Connect the TikTok account again.`, { network: 'tiktok', status: response.status });
  }
  if (response.status < 200 || response.status >= 300) throw errorFromResponse(response.status, response.headers, response.body);
  const token = parse(tokenSchema, response.body, 'the token request');
  const refreshExpiresAt = expiresInToDate(token.refresh_expires_in);
  return { ...grantFrom(token), ...(refreshExpiresAt ? { refreshExpiresAt } : {}), ...(token.open_id ? { userId: token.open_id } : {}) };
}

export function createTikTokOAuthProvider(options: TikTokOAuthOptions): OAuthProvider {
  const scopes = options.scopes ?? TIKTOK_SCOPES;
  return {
    network: 'tiktok',
    usesPkce: false,

    authorizeUrl({ state, redirectUri }) {
      const url = new URL(options.authorizeUrl ?? TIKTOK_AUTHORIZE_URL);
      url.searchParams.set('client_key', options.clientId);
      url.searchParams.set('scope', scopes.join(','));
      url.searchParams.set('response_type', 'code');
      url.searchParams.set('redirect_uri', redirectUri);
      url.searchParams.set('state', state);
      return url.toString();
    },

    async exchangeCode({ code, redirectUri }) {
      return requestToken(options, { grant_type: 'authorization_code', code, redirect_uri: redirectUri });
    },

    async listAccounts(grant) {
      // The person can untick permissions on TikTok's consent screen.
      const granted = grant.scope?.split(',').map((s) => s.trim());
      const missing = granted ? ['video.publish', 'user.info.basic'].filter((s) => !granted.includes(s)) : [];
      if (missing.length > 0) {
        throw new NetworkError('auth', `TikTok did not grant ${missing.join(', ')}; Chorus cannot post without it. Connect again and allow it.`, { network: 'tiktok' });
      }
      const client = new TikTokClient({ apiUrl: options.apiUrl, accessToken: grant.accessToken, fetch: options.fetch, timeoutMs: options.timeoutMs });
      const user = parse(userInfoSchema, (await client.request('GET', '/v2/user/info/', { query: { fields: USER_FIELDS } })).body, 'the account').data.user;
      const name = user.display_name || user.username || user.open_id;
      const choice: AccountChoice = {
        externalId: user.open_id,
        label: `${name}${user.username ? ` (@${user.username} on TikTok)` : ' (TikTok)'}`,
        network: 'tiktok',
        connectInput: {
          accessToken: grant.accessToken,
          ...(grant.refreshToken ? { refreshToken: grant.refreshToken } : {}),
          ...(grant.expiresAt ? { expiresAt: grant.expiresAt.toISOString() } : {}),
          ...(grant.refreshExpiresAt ? { refreshExpiresAt: grant.refreshExpiresAt.toISOString() } : {}),
          accountId: user.open_id,
        },
      };
      return [choice];
    },
  };
}
