/**
 * The fake Pinterest's OAuth half: the authorize page (`GET /oauth/`) and `POST /v5/oauth/token`, per
 * developers.pinterest.com/docs/getting-started/set-up-authentication-and-authorization/: HTTP Basic client auth,
 * form-encoded body, comma-separated scopes, access tokens for 30 days, refresh tokens for a year, or 60 days and
 * rotating on every use with `continuous_refresh=true` (the "continuous refresh" the v5 token reference announces).
 * Errors use Pinterest's `{code, message}` body.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { FakeResponse } from './server.js';
import { readAuthorize, takeDecision, type ConsentState } from '../scaffold/oauth.js';
import type { OAuthApp } from '../scaffold/tokens.js';

export type { OAuthApp };

export interface TokenInfo {
  userId: string;
  scopes: string[];
  expiresAt: number;
}

export interface OAuthState extends ConsentState {
  apps: Map<string, OAuthApp>;
  tokens: Map<string, TokenInfo>;
  refreshTokens: Map<string, { userId: string; clientId: string; scopes: string[]; continuous: boolean; expiresAt: number }>;
  codes: Map<string, { clientId: string; redirectUri: string; userId: string; scopes: string[] }>;
  tokenTtlSec: number;
}

/** docs/getting-started/set-up-authentication-and-authorization/ "Scopes" (the organic ones). */
export const KNOWN_SCOPES = new Set([
  'ads:read', 'ads:write', 'boards:read', 'boards:read_secret', 'boards:write', 'boards:write_secret', 'catalogs:read',
  'catalogs:write', 'pins:read', 'pins:read_secret', 'pins:write', 'pins:write_secret', 'user_accounts:read',
]);
const YEAR_SEC = 365 * 86_400;
const CONTINUOUS_SEC = 60 * 86_400;

const error = (status: number, code: number, message: string): FakeResponse => ({ status, body: { code, message } });

export function issueToken(s: OAuthState, userId: string, clientId: string | null, scopes: string[], continuous = false) {
  const accessToken = `pina_${randomBytes(24).toString('base64url')}`;
  s.tokens.set(accessToken, { userId, scopes, expiresAt: Date.now() + s.tokenTtlSec * 1000 });
  const refreshTtl = continuous ? CONTINUOUS_SEC : YEAR_SEC;
  const refreshToken = `pinr_${randomBytes(24).toString('base64url')}`;
  if (clientId) s.refreshTokens.set(refreshToken, { userId, clientId, scopes, continuous, expiresAt: Date.now() + refreshTtl * 1000 });
  return {
    access_token: accessToken,
    refresh_token: refreshToken,
    response_type: continuous ? 'everlasting_refresh' : 'authorization_code',
    token_type: 'bearer',
    expires_in: s.tokenTtlSec,
    refresh_token_expires_in: refreshTtl,
    refresh_token_expires_at: Math.floor(Date.now() / 1000) + refreshTtl,
    scope: scopes.join(','),
  };
}

/** `GET /oauth/`: checks the request, then redirects back as the person decided (or as `autoApprove` says). */
export function authorize(s: OAuthState, url: URL): FakeResponse {
  // A bad client or redirect URI never goes back to the app: Pinterest shows an error page.
  const request = readAuthorize(url, s.apps, {
    scopeSeparator: ',',
    unknownClient: error(400, 1, 'Invalid client_id.'),
    badRedirect: error(400, 1, 'Redirect URI does not match a registered one.'),
  });
  if (!('app' in request)) return request;
  const { q, app, scopes, redirect } = request;
  if (q('response_type') !== 'code' || scopes.length === 0 || scopes.some((sc) => !KNOWN_SCOPES.has(sc))) {
    return redirect({ error: 'invalid_request', state: q('state') });
  }
  const decision = takeDecision(s);
  if (!decision) return redirect({ error: 'access_denied', state: q('state') });
  const code = randomBytes(16).toString('base64url');
  s.codes.set(code, { clientId: app.clientId, redirectUri: q('redirect_uri'), userId: decision, scopes });
  return redirect({ code, state: q('state') });
}

/** `POST /v5/oauth/token` with `authorization_code` or `refresh_token`. */
export function token(s: OAuthState, headers: IncomingHttpHeaders, body: unknown): FakeResponse {
  const basic = /^Basic (.+)$/i.exec(headers.authorization ?? '')?.[1];
  const [clientId, ...rest] = basic ? Buffer.from(basic, 'base64').toString().split(':') : [];
  const app = clientId ? s.apps.get(clientId) : undefined;
  if (!app || app.clientSecret !== rest.join(':')) return error(401, 2, 'Authentication failed.');
  if (!headers['content-type']?.startsWith('application/x-www-form-urlencoded') || !(body instanceof URLSearchParams)) {
    return error(400, 1, 'Content-Type must be application/x-www-form-urlencoded.');
  }
  const continuous = body.get('continuous_refresh') === 'true';
  switch (body.get('grant_type')) {
    case 'authorization_code': {
      const code = s.codes.get(body.get('code') ?? '');
      if (!code || code.clientId !== app.clientId || code.redirectUri !== body.get('redirect_uri')) {
        return error(400, 1, 'Invalid authorization code.');
      }
      s.codes.delete(body.get('code') ?? '');
      return { status: 200, body: issueToken(s, code.userId, app.clientId, code.scopes, continuous) };
    }
    case 'refresh_token': {
      const old = s.refreshTokens.get(body.get('refresh_token') ?? '');
      if (!old || old.clientId !== app.clientId || old.expiresAt <= Date.now()) return error(400, 1, 'Invalid refresh token.');
      if (!continuous && !old.continuous) {
        // Legacy refresh: a new access token only; the refresh token stays.
        const issued = issueToken(s, old.userId, null, old.scopes);
        return { status: 200, body: { access_token: issued.access_token, response_type: 'refresh_token', token_type: 'bearer', expires_in: issued.expires_in, scope: issued.scope } };
      }
      s.refreshTokens.delete(body.get('refresh_token') ?? '');
      return { status: 200, body: issueToken(s, old.userId, app.clientId, old.scopes, true) };
    }
    default:
      return error(400, 1, 'Invalid grant_type.');
  }
}
