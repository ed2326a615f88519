/**
 * X's OAuth 2.0 Authorization Code Flow with PKCE, for a confidential client
 * (docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token and …/oauth-2-0/authorization-code):
 * - the browser goes to `https://x.com/i/oauth2/authorize` with `code_challenge_method=S256`;
 * - `POST /2/oauth2/token` trades the code (with `code_verifier`) and, later, the refresh token; a confidential client
 *   authenticates with HTTP Basic (`client_id:client_secret`), not with a secret in the body;
 * - access tokens live 2 hours; `offline.access` makes X issue a refresh token, and every refresh returns a new one
 *   (the old one stops working), so the new pair must be saved at once.
 * A refused code or refresh token is 400 `invalid_request` ("Value passed for the token was invalid."), or 401 for a
 * bad client.
 *
 * @example
 * const provider = createXOAuthProvider({ clientId, clientSecret });
 * const url = provider.authorizeUrl({ state, redirectUri, codeChallenge: pkce.challenge });
 * const grant = await provider.exchangeCode({ code, redirectUri, codeVerifier: pkce.verifier });
 * const [choice] = await provider.listAccounts(grant);
 */
import { accountChoice, createOAuthProvider, grantClientOptions, readCallback, type OAuthDefinition, type OAuthEngineProvider } from '../oauth/engine.js';
import type { OAuthAppOptions } from '../oauth2.js';
import { errorFromResponse, XClient, xMessage, X_API_URL } from './client.js';
import { meSchema, parse } from './mapping.js';

export const X_AUTHORIZE_URL = 'https://x.com/i/oauth2/authorize';

/**
 * What Chorus does on X: read and write posts, upload media, read and answer DMs, keep access without the person
 * (offline.access). `tweet.moderate.write` is what `PUT /2/tweets/:id/hidden` requires (hide replies reference),
 * `like.write` what `POST /2/users/:id/likes` and its DELETE require (likes reference); an account connected before
 * it was asked for must be reconnected to like from the inbox.
 */
export const X_SCOPES = [
  'tweet.read',
  'tweet.write',
  'users.read',
  'offline.access',
  'media.write',
  'dm.read',
  'dm.write',
  'tweet.moderate.write',
  'like.write',
] as const;

/** X's OAuth 2.0 app. Defaults: `apiUrl` https://api.x.com (token endpoint, `/2/users/me`), `authorizeUrl` https://x.com/i/oauth2/authorize. */
export type XOAuthOptions = OAuthAppOptions;

function xOAuth(options: Omit<XOAuthOptions, 'clientId' | 'clientSecret'>): OAuthDefinition {
  return {
    network: 'x',
    who: 'X',
    authorize: { url: options.authorizeUrl ?? X_AUTHORIZE_URL, scopes: options.scopes ?? X_SCOPES, scopeSeparator: ' ', pkce: 'required' },
    token: {
      url: new URL('/2/oauth2/token', options.apiUrl ?? X_API_URL).toString(),
      clientAuth: 'basic',
      clientIdInBody: true,
      said: xMessage,
      errorFrom: errorFromResponse,
    },
    requiredScopes: { scopes: ['tweet.write', 'users.read'] },
    listAccounts: async (grant) => {
      const response = await new XClient(grantClientOptions(options, grant)).get('/2/users/me', { query: { 'user.fields': 'profile_image_url,username,name' } });
      const me = parse(meSchema, response.body, 'the account').data;
      return [accountChoice('x', grant, me.id, `${me.name || me.username} (@${me.username} on X)`)];
    },
  };
}

/**
 * Reads the OAuth callback: the code when `state` matches; `rejected` when the person declined
 * (`error=access_denied`) or the state is not the one issued.
 */
export function readXCallback(callbackUrl: string | URL, expectedState: string): { code: string } {
  return readCallback({ network: 'x', who: 'X' }, callbackUrl, expectedState);
}

/** The sign-in steps, and the renewal of access with a saved refresh token (a refused one is `auth`: connect again). */
export function createXOAuthProvider(options: XOAuthOptions): OAuthEngineProvider {
  return createOAuthProvider(xOAuth(options), options);
}
