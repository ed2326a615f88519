/**
 * Pinterest's OAuth 2.0 authorization-code flow
 * (developers.pinterest.com/docs/getting-started/set-up-authentication-and-authorization/):
 * - the browser goes to `https://www.pinterest.com/oauth/` with `client_id`, `redirect_uri`, `response_type=code`,
 *   comma-separated `scope` and `state` (no PKCE);
 * - `POST /v5/oauth/token` (form-encoded, HTTP Basic `client_id:client_secret`) trades the code, and later the
 *   refresh token. `continuous_refresh=true` asks for continuous refresh: every refresh answers a new refresh token
 *   (60 days) with `refresh_token_expires_at`, so a channel used at least every two months never needs reconnecting.
 *   Access tokens live 30 days (`expires_in`).
 * A refused code or refresh token is 400 with Pinterest's `{code, message}`, or 401 for a bad client.
 *
 * @example
 * const provider = createPinterestOAuthProvider({ clientId, clientSecret });
 * const grant = await provider.exchangeCode({ code, redirectUri });
 * const [choice] = await provider.listAccounts(grant);
 */
import { accountChoice, createOAuthProvider, grantClientOptions, type OAuthDefinition, type OAuthEngineProvider } from '../oauth/engine.js';
import type { OAuthAppOptions } from '../oauth2.js';
import { errorFromResponse, PinterestClient, pinterestMessage, PINTEREST_API_URL } from './client.js';
import { parse, userAccountSchema } from './mapping.js';

export const PINTEREST_AUTHORIZE_URL = 'https://www.pinterest.com/oauth/';
/** Reading and writing boards and Pins, and reading the account (create-boards-and-pins "Before you begin"). */
export const PINTEREST_SCOPES = ['boards:read', 'boards:write', 'pins:read', 'pins:write', 'user_accounts:read'] as const;

/** Pinterest's app. Defaults: `apiUrl` https://api.pinterest.com (token endpoint, `/v5/user_account`), `authorizeUrl` https://www.pinterest.com/oauth/. */
export type PinterestOAuthOptions = OAuthAppOptions;

function pinterestOAuth(options: Omit<PinterestOAuthOptions, 'clientId' | 'clientSecret'>): OAuthDefinition {
  return {
    network: 'pinterest',
    who: 'Pinterest',
    authorize: { url: options.authorizeUrl ?? PINTEREST_AUTHORIZE_URL, scopes: options.scopes ?? PINTEREST_SCOPES, scopeSeparator: ',', pkce: 'none' },
    token: {
      url: new URL('/v5/oauth/token', options.apiUrl ?? PINTEREST_API_URL).toString(),
      clientAuth: 'basic',
      codeParams: { continuous_refresh: 'true' },
      // Continuous refresh hands out a new refresh token each time.
      refreshParams: { continuous_refresh: 'true' },
      fields: { refreshExpiresAt: 'refresh_token_expires_at', refreshExpiresIn: 'refresh_token_expires_in' },
      said: pinterestMessage,
      errorFrom: errorFromResponse,
    },
    requiredScopes: {
      scopes: ['pins:write', 'boards:read', 'user_accounts:read'],
      message: (missing) => `Pinterest did not grant ${missing.join(', ')}; Chorus cannot publish Pins without it. Connect again and allow it.`,
    },
    listAccounts: async (grant) => {
      const me = parse(userAccountSchema, (await new PinterestClient(grantClientOptions(options, grant)).get('/v5/user_account')).body, 'the account');
      return [accountChoice('pinterest', grant, me.id ?? me.username, `${me.business_name || me.username} (@${me.username} on Pinterest)`)];
    },
  };
}

/** The sign-in steps, and the renewal of access with a saved refresh token (a refused one is `auth`: connect again). */
export function createPinterestOAuthProvider(options: PinterestOAuthOptions): OAuthEngineProvider {
  return createOAuthProvider(pinterestOAuth(options), options);
}
