/**
 * The fake Google OAuth 2.0 half (developers.google.com/identity/protocols/oauth2/web-server): the consent page
 * `GET /o/oauth2/v2/auth` and `POST /token`. A refresh token is issued only with `access_type=offline`, access tokens
 * last 3,599 s, refresh answers carry no new refresh token, PKCE is checked when a challenge was sent, and errors
 * are `{error, error_description}` as Google sends them (`invalid_grant` "Bad Request", "Token has been expired or
 * revoked.", `invalid_client` "Unauthorized").
 */
import { createHash, randomBytes } from 'node:crypto';
import { SCOPE, type FakeResponse, type TokenInfo } from './model.js';
import { formClient, readAuthorize, takeDecision, type ConsentState } from '../scaffold/oauth.js';
import type { OAuthApp } from '../scaffold/tokens.js';

export type { OAuthApp };

export interface OAuthState extends ConsentState {
  apps: Map<string, OAuthApp>;
  tokens: Map<string, TokenInfo>;
  refreshTokens: Map<string, { channelId: string; clientId: string; scopes: string[] }>;
  codes: Map<string, { clientId: string; redirectUri: string; challenge: string | null; channelId: string; scopes: string[]; offline: boolean }>;
  tokenTtlSec: number;
}

const KNOWN = new Set([...Object.values(SCOPE), 'openid', 'email', 'profile']);
const tokenError = (error: string, description: string, status = 400): FakeResponse => ({ status, body: { error, error_description: description } });

export function issueToken(s: OAuthState, channelId: string, clientId: string | null, scopes: string[], offline: boolean) {
  const accessToken = `ya29.${randomBytes(24).toString('base64url')}`;
  s.tokens.set(accessToken, { channelId, clientId, scopes, expiresAt: Date.now() + s.tokenTtlSec * 1000 });
  const answer: { access_token: string; expires_in: number; scope: string; token_type: string; refresh_token?: string } = {
    access_token: accessToken,
    expires_in: s.tokenTtlSec,
    scope: scopes.join(' '),
    token_type: 'Bearer',
  };
  if (offline && clientId) {
    const refreshToken = `1//${randomBytes(24).toString('base64url')}`;
    s.refreshTokens.set(refreshToken, { channelId, clientId, scopes });
    answer.refresh_token = refreshToken;
  }
  return answer;
}

export function authorize(s: OAuthState, url: URL): FakeResponse {
  // Google shows its own error page (no redirect) for a bad client or redirect URI.
  const request = readAuthorize(url, s.apps, {
    scopeSeparator: ' ',
    unknownClient: { status: 401, body: 'Error 401: invalid_client. The OAuth client was not found.' },
    badRedirect: { status: 400, body: 'Error 400: redirect_uri_mismatch' },
  });
  if (!('app' in request)) return request;
  const { q, app, scopes, redirect } = request;
  if (q('response_type') !== 'code' || scopes.length === 0) return redirect({ error: 'invalid_request', state: q('state') });
  if (scopes.some((sc) => !KNOWN.has(sc))) return redirect({ error: 'invalid_scope', state: q('state') });
  if (q('code_challenge') && q('code_challenge_method') !== 'S256') return redirect({ error: 'invalid_request', state: q('state') });
  const decision = takeDecision(s);
  if (!decision) return redirect({ error: 'access_denied', state: q('state') });
  const code = `4/${randomBytes(16).toString('base64url')}`;
  s.codes.set(code, {
    clientId: app.clientId,
    redirectUri: q('redirect_uri'),
    challenge: q('code_challenge') || null,
    channelId: decision,
    scopes,
    offline: q('access_type') === 'offline',
  });
  return redirect({ state: q('state'), code, scope: scopes.join(' ') });
}

export function token(s: OAuthState, body: unknown): FakeResponse {
  if (!(body instanceof URLSearchParams)) return tokenError('invalid_request', 'Invalid request: form-encoded body expected.');
  const app = formClient(s.apps, body);
  if (!app) return tokenError('invalid_client', 'Unauthorized', 401);
  const grant = body.get('grant_type');
  if (grant === 'authorization_code') {
    const code = s.codes.get(body.get('code') ?? '');
    if (!code || code.clientId !== app.clientId || code.redirectUri !== body.get('redirect_uri')) return tokenError('invalid_grant', 'Bad Request');
    if (code.challenge) {
      const verifier = body.get('code_verifier');
      if (!verifier) return tokenError('invalid_grant', 'Missing code verifier.');
      if (createHash('sha256').update(verifier).digest('base64url') !== code.challenge) return tokenError('invalid_grant', 'Invalid code verifier.');
    }
    s.codes.delete(body.get('code') ?? '');
    return { status: 200, body: issueToken(s, code.channelId, app.clientId, code.scopes, code.offline) };
  }
  if (grant === 'refresh_token') {
    const old = s.refreshTokens.get(body.get('refresh_token') ?? '');
    if (!old || old.clientId !== app.clientId) return tokenError('invalid_grant', 'Token has been expired or revoked.');
    // Google keeps the refresh token: the answer has a new access token only.
    return { status: 200, body: issueToken(s, old.channelId, app.clientId, old.scopes, false) };
  }
  return tokenError('unsupported_grant_type', 'Invalid grant_type: ' + (grant ?? ''));
}
