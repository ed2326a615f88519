/**
 * X's OAuth 2.0 Authorization Code Flow with PKCE, for a confidential client
 * (docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token and …/oauth-2-0/authorization-code):
 * - the browser goes to `https://x.com/i/oauth2/authorize` with `code_challenge_method=S256`;
 * - `POST /2/oauth2/token` trades the code (with `code_verifier`) and, later, the refresh token; a confidential client
 *   authenticates with HTTP Basic (`client_id:client_secret`), not with a secret in the body;
 * - access tokens live 2 hours; `offline.access` makes X issue a refresh token, and every refresh returns a new one
 *   (the old one stops working), so the new pair must be saved at once.
 *
 * @example
 * const provider = createXOAuthProvider({ clientId, clientSecret });
 * const url = provider.authorizeUrl({ state, redirectUri, codeChallenge: pkce.challenge });
 * const grant = await provider.exchangeCode({ code, redirectUri, codeVerifier: pkce.verifier });
 * const [choice] = await provider.listAccounts(grant);
 */
import { z } from 'zod';
import { NetworkError } from '../connector.js';
import { type AccountChoice, grantFrom, type OAuthGrant, type OAuthProvider, type OAuthAppOptions, oauthTokenSchema } from '../oauth2.js';
import { errorFromResponse, XClient, xMessage, X_API_URL } from './client.js';
import { meSchema, parse } from './mapping.js';

export const X_AUTHORIZE_URL = 'https://x.com/i/oauth2/authorize';

/**
 * What Chorus does on X: read and write posts, upload media, read and answer DMs, keep access without the person
 * (offline.access). `tweet.moderate.write` is what `PUT /2/tweets/:id/hidden` requires (hide replies reference).
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
] as const;

/** X's OAuth 2.0 app. Defaults: `apiUrl` https://api.x.com (token endpoint, `/2/users/me`), `authorizeUrl` https://x.com/i/oauth2/authorize. */
export type XOAuthOptions = OAuthAppOptions;

const tokenSchema = oauthTokenSchema;

function basicAuth(clientId: string, clientSecret: string): string {
  // RFC 6749 §2.3.1: id and secret are form-urlencoded before base64; X's ids are URL-safe already.
  return `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64')}`;
}

/**
 * One call to the token endpoint. A refused code or refresh token (X answers 400 `invalid_request`, "Value passed
 * for the token was invalid.", or 401 for a bad client) is `auth`: the person has to connect again.
 */
export async function requestToken(options: Omit<XOAuthOptions, 'authorizeUrl' | 'scopes'>, form: Record<string, string>): Promise<OAuthGrant> {
  const client = new XClient({ apiUrl: options.apiUrl ?? X_API_URL, fetch: options.fetch, timeoutMs: options.timeoutMs });
  const response = await client.send('POST', '/2/oauth2/token', {
    form: new URLSearchParams({ ...form, client_id: options.clientId }),
    headers: { authorization: basicAuth(options.clientId, options.clientSecret) },
  });
  if (response.status === 400 || response.status === 401 || response.status === 403) {
    const said = xMessage(response.body);
    const what = form['grant_type'] === 'refresh_token' ? 'the saved access of this channel' : 'the authorization';
    throw new NetworkError('auth', `X refused ${what}${said ? ` (${said})` : ''}. Connect the X account again.`, {
      network: 'x',
      status: response.status,
    });
  }
  if (response.status < 200 || response.status >= 300) throw errorFromResponse(response.status, response.headers, response.body);
  return grantFrom(parse(tokenSchema, response.body, 'the token request'));
}

/**
 * Reads the OAuth callback: the code when `state` matches; `rejected` when the person declined
 * (`error=access_denied`) or the state is not the one issued.
 */
export function readXCallback(callbackUrl: string | URL, expectedState: string): { code: string } {
  const url = new URL(callbackUrl);
  const error = url.searchParams.get('error');
  if (error) {
    const reason = error === 'access_denied' ? 'the request was declined on X' : (url.searchParams.get('error_description') ?? error);
    throw new NetworkError('rejected', `X did not authorize Chorus: ${reason}.`, { network: 'x' });
  }
  if (url.searchParams.get('state') !== expectedState) {
    const message = 'This sign-in link has expired or was not started here. Start connecting the channel again.';
    throw new NetworkError('rejected', message, { network: 'x' });
  }
  const code = url.searchParams.get('code');
  if (!code) throw new NetworkError('rejected', 'X came back without an authorization code.', { network: 'x' });
  return { code };
}

export function createXOAuthProvider(options: XOAuthOptions): OAuthProvider {
  const scopes = options.scopes ?? X_SCOPES;
  return {
    network: 'x',
    usesPkce: true,

    authorizeUrl({ state, redirectUri, codeChallenge }) {
      if (!codeChallenge) throw new NetworkError('rejected', 'X requires PKCE: pass a code challenge.', { network: 'x' });
      const url = new URL(options.authorizeUrl ?? X_AUTHORIZE_URL);
      url.searchParams.set('response_type', 'code');
      url.searchParams.set('client_id', options.clientId);
      url.searchParams.set('redirect_uri', redirectUri);
      url.searchParams.set('scope', scopes.join(' '));
      url.searchParams.set('state', state);
      url.searchParams.set('code_challenge', codeChallenge);
      url.searchParams.set('code_challenge_method', 'S256');
      return url.toString();
    },

    async exchangeCode({ code, redirectUri, codeVerifier }) {
      if (!codeVerifier) throw new NetworkError('rejected', 'X requires PKCE: pass the code verifier.', { network: 'x' });
      return requestToken(options, { grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: codeVerifier });
    },

    async listAccounts(grant) {
      const granted = grant.scope?.split(/\s+/);
      const missing = granted ? ['tweet.write', 'users.read'].filter((s) => !granted.includes(s)) : [];
      if (missing.length > 0) {
        const message = `X did not grant ${missing.join(', ')}; Chorus cannot post without it. Connect again and allow it.`;
        throw new NetworkError('auth', message, { network: 'x' });
      }
      const client = new XClient({ apiUrl: options.apiUrl, accessToken: grant.accessToken, fetch: options.fetch, timeoutMs: options.timeoutMs });
      const response = await client.get('/2/users/me', { query: { 'user.fields': 'profile_image_url,username,name' } });
      const me = parse(meSchema, response.body, 'the account').data;
      const choice: AccountChoice = {
        externalId: me.id,
        label: `${me.name || me.username} (@${me.username} on X)`,
        network: 'x',
        connectInput: {
          accessToken: grant.accessToken,
          ...(grant.refreshToken ? { refreshToken: grant.refreshToken } : {}),
          ...(grant.expiresAt ? { expiresAt: grant.expiresAt.toISOString() } : {}),
          accountId: me.id,
        },
      };
      return [choice];
    },
  };
}
