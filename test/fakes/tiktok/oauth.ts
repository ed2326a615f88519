/**
 * The fake TikTok Login Kit (developers.tiktok.com/doc/login-kit-web, …/oauth-user-access-token-management,
 * …/oauth-error-handling): `GET /v2/auth/authorize/` with `client_key` and comma-separated scopes, and
 * `POST /v2/oauth/token/` (form-encoded, client key and secret in the body). Access tokens last 86,400 s, refresh
 * tokens 31,536,000 s; a refresh issues a new refresh token (the old one stops working here, the strictest reading).
 */
import { randomBytes } from 'node:crypto';
import { formClient, readAuthorize, takeDecision, type ConsentState } from '../scaffold/oauth.js';
import { logId, type App, type FakeResponse, type TokenInfo } from './model.js';

export interface OAuthState extends ConsentState {
  apps: Map<string, App>;
  tokens: Map<string, TokenInfo>;
  refreshTokens: Map<string, { openId: string; clientKey: string; scopes: string[] }>;
  codes: Map<string, { clientKey: string; redirectUri: string; openId: string; scopes: string[] }>;
}

export const KNOWN_SCOPES = new Set(['user.info.basic', 'user.info.profile', 'user.info.stats', 'video.list', 'video.publish', 'video.upload']);
const oauthError = (error: string, description: string, status = 400): FakeResponse => ({ status, body: { error, error_description: description, log_id: logId() } });

export function issueToken(s: OAuthState, openId: string, clientKey: string | null, scopes: string[]) {
  const accessToken = `act.${randomBytes(24).toString('base64url')}`;
  s.tokens.set(accessToken, { openId, clientKey, scopes, expiresAt: Date.now() + 86_400_000, calls: new Map() });
  const refreshToken = `rft.${randomBytes(24).toString('base64url')}`;
  if (clientKey) s.refreshTokens.set(refreshToken, { openId, clientKey, scopes });
  return { access_token: accessToken, expires_in: 86_400, open_id: openId, refresh_expires_in: 31_536_000, refresh_token: refreshToken, scope: scopes.join(','), token_type: 'Bearer' };
}

export function authorize(s: OAuthState, url: URL): FakeResponse {
  const request = readAuthorize(url, s.apps, {
    clientParam: 'client_key',
    scopeSeparator: ',',
    unknownClient: { status: 400, body: 'client_key: invalid' },
    badRedirect: { status: 400, body: 'redirect_uri: mismatch' },
  });
  if (!('app' in request)) return request;
  const { q, app, scopes, redirect } = request;
  if (q('response_type') !== 'code' || scopes.length === 0) return redirect({ error: 'invalid_request', error_description: 'response_type or scope missing', state: q('state') });
  if (scopes.some((sc) => !KNOWN_SCOPES.has(sc))) return redirect({ error: 'invalid_scope', error_description: 'Unknown scope', state: q('state') });
  const decision = takeDecision(s);
  if (!decision) return redirect({ error: 'access_denied', error_description: 'The user denied the request', state: q('state') });
  const code = randomBytes(16).toString('base64url');
  s.codes.set(code, { clientKey: app.clientKey, redirectUri: q('redirect_uri'), openId: decision, scopes });
  return redirect({ code, scopes: scopes.join(','), state: q('state') });
}

export function token(s: OAuthState, body: unknown): FakeResponse {
  if (!(body instanceof URLSearchParams)) return oauthError('invalid_request', 'The request body must be form-encoded.');
  const app = formClient(s.apps, body, 'client_key');
  if (!app) return oauthError('invalid_client', 'Client key or secret is incorrect.', 401);
  const grant = body.get('grant_type');
  if (grant === 'authorization_code') {
    const code = s.codes.get(body.get('code') ?? '');
    if (!code || code.clientKey !== app.clientKey) return oauthError('invalid_grant', 'Authorization code is expired.');
    if (code.redirectUri !== body.get('redirect_uri')) return oauthError('invalid_grant', 'Redirect URI does not match.');
    s.codes.delete(body.get('code') ?? '');
    return { status: 200, body: issueToken(s, code.openId, app.clientKey, code.scopes) };
  }
  if (grant === 'refresh_token') {
    const old = s.refreshTokens.get(body.get('refresh_token') ?? '');
    if (!old || old.clientKey !== app.clientKey) return oauthError('invalid_grant', 'Refresh token is invalid or expired.');
    s.refreshTokens.delete(body.get('refresh_token') ?? '');
    return { status: 200, body: issueToken(s, old.openId, app.clientKey, old.scopes) };
  }
  return oauthError('unsupported_grant_type', 'grant_type is not supported.');
}
