/**
 * The fake Snap accounts server: `GET /login/oauth2/authorize` and `POST /login/oauth2/access_token`
 * (developers.snap.com/api/marketing-api/Ads-API/authentication): client id and secret in the form body,
 * `authorization_code` and `refresh_token` grants, standard OAuth error bodies (`{error, error_description}`).
 * ASSUMPTION: access tokens live 1800 s (the authentication page's example answer), and every refresh answers a new
 * refresh token, the old one then refused (integrators report rotation).
 */
import { randomBytes } from 'node:crypto';
import type { FakeResponse } from './server.js';
import { formClient, readAuthorize, takeDecision, type ConsentState } from '../scaffold/oauth.js';
import type { OAuthApp } from '../scaffold/tokens.js';

export type { OAuthApp };

export interface OAuthState extends ConsentState {
  apps: Map<string, OAuthApp>;
  tokens: Map<string, { userId: string; scopes: string[]; expiresAt: number }>;
  refreshTokens: Map<string, { userId: string; clientId: string; scopes: string[] }>;
  codes: Map<string, { clientId: string; redirectUri: string; userId: string; scopes: string[] }>;
  tokenTtlSec: number;
}

/** The Marketing API's scopes (authentication page and Public Profile GetStarted). */
const KNOWN_SCOPES = new Set(['snapchat-marketing-api', 'snapchat-profile-api', 'snapchat-offline-conversions-api']);
const oauthError = (status: number, error: string, description: string): FakeResponse => ({ status, body: { error, error_description: description } });

export function issueToken(s: OAuthState, userId: string, clientId: string | null, scopes: string[]) {
  const accessToken = randomBytes(32).toString('base64url');
  s.tokens.set(accessToken, { userId, scopes, expiresAt: Date.now() + s.tokenTtlSec * 1000 });
  const refreshToken = randomBytes(32).toString('base64url');
  if (clientId) s.refreshTokens.set(refreshToken, { userId, clientId, scopes });
  return { access_token: accessToken, token_type: 'Bearer', expires_in: s.tokenTtlSec, refresh_token: refreshToken, scope: scopes.join(' ') };
}

export function authorize(s: OAuthState, url: URL): FakeResponse {
  const request = readAuthorize(url, s.apps, {
    scopeSeparator: ' ',
    unknownClient: oauthError(400, 'invalid_client', 'Unknown client_id'),
    badRedirect: oauthError(400, 'invalid_request', 'redirect_uri does not match the app'),
  });
  if (!('app' in request)) return request;
  const { q, app, scopes, redirect } = request;
  if (q('response_type') !== 'code' || scopes.length === 0 || scopes.some((sc) => !KNOWN_SCOPES.has(sc))) return redirect({ error: 'invalid_scope', state: q('state') });
  const decision = takeDecision(s);
  if (!decision) return redirect({ error: 'access_denied', state: q('state') });
  const code = randomBytes(16).toString('hex');
  s.codes.set(code, { clientId: app.clientId, redirectUri: q('redirect_uri'), userId: decision, scopes });
  return redirect({ code, state: q('state') });
}

export function token(s: OAuthState, contentType: string | undefined, body: unknown): FakeResponse {
  if (!contentType?.startsWith('application/x-www-form-urlencoded') || !(body instanceof URLSearchParams)) {
    return oauthError(400, 'invalid_request', 'The body must be application/x-www-form-urlencoded');
  }
  const app = formClient(s.apps, body);
  if (!app) return oauthError(401, 'invalid_client', 'Invalid client credentials');
  if (body.get('grant_type') === 'authorization_code') {
    const code = s.codes.get(body.get('code') ?? '');
    if (!code || code.clientId !== app.clientId || code.redirectUri !== body.get('redirect_uri')) return oauthError(400, 'invalid_grant', 'Invalid Authorization Code');
    s.codes.delete(body.get('code') ?? '');
    return { status: 200, body: issueToken(s, code.userId, app.clientId, code.scopes) };
  }
  if (body.get('grant_type') === 'refresh_token') {
    const old = s.refreshTokens.get(body.get('refresh_token') ?? '');
    if (!old || old.clientId !== app.clientId) return oauthError(400, 'invalid_grant', 'Invalid refresh token');
    s.refreshTokens.delete(body.get('refresh_token') ?? '');
    return { status: 200, body: issueToken(s, old.userId, app.clientId, old.scopes) };
  }
  return oauthError(400, 'unsupported_grant_type', 'grant_type must be authorization_code or refresh_token');
}
