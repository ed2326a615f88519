/**
 * The fake X's OAuth 2.0 half: the authorize page and `POST /2/oauth2/token`, per
 * docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token (PKCE required, confidential clients use HTTP
 * Basic, refresh tokens only with `offline.access`, rotating on each use, access tokens valid 2 hours). Error bodies
 * are those X sends (`{error, error_description}`), as reported in e.g. plhery/node-twitter-api-v2#496.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { FakeResponse } from './server.js';
import { readAuthorize, takeDecision, type ConsentState } from '../scaffold/oauth.js';
import type { OAuthApp } from '../scaffold/tokens.js';

export type { OAuthApp };

export interface TokenInfo {
  userId: string;
  clientId: string | null;
  scopes: string[];
  expiresAt: number;
}

export interface OAuthState extends ConsentState {
  apps: Map<string, OAuthApp>;
  tokens: Map<string, TokenInfo>;
  refreshTokens: Map<string, { userId: string; clientId: string; scopes: string[] }>;
  codes: Map<string, { clientId: string; redirectUri: string; challenge: string; userId: string; scopes: string[] }>;
  tokenTtlSec: number;
}

/** docs.x.com/fundamentals/authentication/oauth-2-0/authorization-code, "Scopes". */
const KNOWN_SCOPES = new Set([
  'tweet.read', 'tweet.write', 'tweet.moderate.write', 'users.read', 'users.email', 'follows.read', 'follows.write',
  'offline.access', 'space.read', 'mute.read', 'mute.write', 'like.read', 'like.write', 'list.read', 'list.write',
  'block.read', 'block.write', 'bookmark.read', 'bookmark.write', 'dm.read', 'dm.write', 'media.write',
]);

const invalid = (description: string, status = 400): FakeResponse => ({ status, body: { error: 'invalid_request', error_description: description } });

export function issueToken(s: OAuthState, userId: string, clientId: string | null, scopes: string[]): { access_token: string; refresh_token?: string; expires_in: number; scope: string; token_type: string } {
  const accessToken = randomBytes(24).toString('base64url');
  s.tokens.set(accessToken, { userId, clientId, scopes, expiresAt: Date.now() + s.tokenTtlSec * 1000 });
  const result: ReturnType<typeof issueToken> = { token_type: 'bearer', expires_in: s.tokenTtlSec, access_token: accessToken, scope: scopes.join(' ') };
  if (scopes.includes('offline.access') && clientId) {
    const refreshToken = randomBytes(24).toString('base64url');
    s.refreshTokens.set(refreshToken, { userId, clientId, scopes });
    result.refresh_token = refreshToken;
  }
  return result;
}

/** `GET /i/oauth2/authorize`: checks the request, then redirects as the person decided. */
export function authorize(s: OAuthState, url: URL): FakeResponse {
  // A bad client or redirect URI never goes back to the app: X shows an error page.
  const request = readAuthorize(url, s.apps, { scopeSeparator: ' ', unknownClient: invalid('Unknown client_id'), badRedirect: invalid('redirect_uri does not match') });
  if (!('app' in request)) return request;
  const { q, app, scopes, redirect } = request;
  if (q('response_type') !== 'code' || !q('state') || scopes.length === 0 || scopes.some((sc) => !KNOWN_SCOPES.has(sc))) {
    return redirect({ error: 'invalid_request', state: q('state') });
  }
  // PKCE is mandatory on X; Chorus only sends S256 (plain is allowed by X but weaker).
  if (!q('code_challenge') || q('code_challenge_method') !== 'S256') return redirect({ error: 'invalid_request', state: q('state') });
  const decision = takeDecision(s);
  if (!decision) return redirect({ error: 'access_denied', state: q('state') });
  const code = randomBytes(16).toString('base64url');
  s.codes.set(code, { clientId: app.clientId, redirectUri: q('redirect_uri'), challenge: q('code_challenge'), userId: decision, scopes });
  return redirect({ state: q('state'), code });
}

/** `POST /2/oauth2/token` with `authorization_code` or `refresh_token`. */
export function token(s: OAuthState, headers: IncomingHttpHeaders, body: unknown): FakeResponse {
  const basic = /^Basic (.+)$/i.exec(headers.authorization ?? '')?.[1];
  const [clientId, clientSecret] = basic ? Buffer.from(basic, 'base64').toString().split(':').map(decodeURIComponent) : [];
  const app = clientId ? s.apps.get(clientId) : undefined;
  if (!app || app.clientSecret !== clientSecret) {
    return { status: 401, body: { error: 'unauthorized_client', error_description: 'Missing valid authorization header' } };
  }
  if (!(body instanceof URLSearchParams)) return invalid('Missing required parameter [grant_type].');
  const grant = body.get('grant_type');
  if (grant === 'authorization_code') {
    const code = s.codes.get(body.get('code') ?? '');
    const verifier = body.get('code_verifier') ?? '';
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    if (!code || code.clientId !== app.clientId || code.redirectUri !== body.get('redirect_uri') || code.challenge !== challenge) {
      return invalid('Value passed for the authorization code was invalid.');
    }
    s.codes.delete(body.get('code') ?? '');
    return { status: 200, body: issueToken(s, code.userId, app.clientId, code.scopes) };
  }
  if (grant === 'refresh_token') {
    const old = s.refreshTokens.get(body.get('refresh_token') ?? '');
    if (!old || old.clientId !== app.clientId) return invalid('Value passed for the token was invalid.');
    // Rotation: the refresh token just used stops working.
    s.refreshTokens.delete(body.get('refresh_token') ?? '');
    return { status: 200, body: issueToken(s, old.userId, app.clientId, old.scopes) };
  }
  return invalid('Value passed for the grant_type was invalid.');
}
