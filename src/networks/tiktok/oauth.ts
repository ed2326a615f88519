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
import { accountChoice, createOAuthProvider, grantClientOptions, isOAuthError, oauthErrorSaid, type OAuthDefinition, type OAuthEngineProvider } from '../oauth/engine.js';
import type { OAuthAppOptions } from '../oauth2.js';
import { errorFromResponse, TikTokClient, TIKTOK_API_URL } from './client.js';
import { parse, userInfoSchema } from './mapping.js';

export const TIKTOK_AUTHORIZE_URL = 'https://www.tiktok.com/v2/auth/authorize/';

/**
 * Post and upload videos and photos, list the account's videos (metrics, finding an earlier attempt), the basic
 * profile, `user.info.profile` for `username` (the user info reference puts that field under it, and post URLs
 * need it), and `user.info.stats` for the account's follower, following and video counts read once a day.
 */
export const TIKTOK_SCOPES = ['user.info.basic', 'user.info.profile', 'user.info.stats', 'video.publish', 'video.upload', 'video.list'] as const;
export const USER_FIELDS = 'open_id,union_id,avatar_url,display_name,username';

/** TikTok's app (`clientId` is its client key). Defaults: `apiUrl` https://open.tiktokapis.com (token endpoint, user info), `authorizeUrl` https://www.tiktok.com/v2/auth/authorize/. */
export type TikTokOAuthOptions = OAuthAppOptions;

function tiktokOAuth(options: Omit<TikTokOAuthOptions, 'clientId' | 'clientSecret'>): OAuthDefinition {
  return {
    network: 'tiktok',
    who: 'TikTok',
    authorize: { url: options.authorizeUrl ?? TIKTOK_AUTHORIZE_URL, scopes: options.scopes ?? TIKTOK_SCOPES, scopeSeparator: ',', clientIdParam: 'client_key', pkce: 'none' },
    token: {
      url: new URL('/v2/oauth/token/', options.apiUrl ?? TIKTOK_API_URL).toString(),
      clientAuth: 'body',
      clientIdParam: 'client_key',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'cache-control': 'no-cache' },
      fields: { refreshExpiresIn: 'refresh_expires_in', userId: 'open_id' },
      // TikTok answers a refused code with HTTP 200 and an `error` field, as well as with 4xx.
      refused: (answer) => isOAuthError(answer.body) || answer.status === 400 || answer.status === 401,
      said: oauthErrorSaid,
      errorFrom: errorFromResponse,
    },
    // The person can untick permissions on TikTok's consent screen.
    requiredScopes: { scopes: ['video.publish', 'user.info.basic'] },
    listAccounts: async (grant) => {
      const client = new TikTokClient(grantClientOptions(options, grant));
      const user = parse(userInfoSchema, (await client.request('GET', '/v2/user/info/', { query: { fields: USER_FIELDS } })).body, 'the account').data.user;
      const name = user.display_name || user.username || user.open_id;
      return [accountChoice('tiktok', grant, user.open_id, `${name}${user.username ? ` (@${user.username} on TikTok)` : ' (TikTok)'}`)];
    },
  };
}

/** The sign-in steps, and the renewal of access with a saved refresh token (a refused one is `auth`: connect again). */
export function createTikTokOAuthProvider(options: TikTokOAuthOptions): OAuthEngineProvider {
  return createOAuthProvider(tiktokOAuth(options), options);
}
