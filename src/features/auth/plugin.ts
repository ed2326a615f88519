/**
 * Resolves `request.actor` from the session cookie or a bearer token, and enforces CSRF protection for cookie
 * sessions: a state-changing request must echo the session's CSRF token in `x-csrf-token` (synchronizer-token
 * pattern; written here rather than with @fastify/csrf-protection because the token already lives in our session
 * row and needs no second cookie). Bearer tokens are not sent by browsers on their own, so they need no CSRF token.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../core/http.js';
import type { AppContext } from '../../core/context.js';
import { ApiError } from '../../core/errors.js';
import { SESSION_COOKIE, type Actor } from './actor.js';
import { authRepository } from './repository.js';
import { hashSecret } from './secrets.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** `false` for public endpoints that must never look at who is signed in (the website snippet's collect). */
    auth?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function resolveActor(ctx: AppContext, request: FastifyRequest): Promise<Actor | null> {
  const db = ctx.database.db;
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw new ApiError(401, 'unauthorized', 'The Authorization header must be "Bearer <token>".');
    const token = await authRepository.findApiToken(db, hashSecret(match[1]));
    if (!token) throw new ApiError(401, 'invalid_token', 'This API token is unknown or was revoked.');
    void authRepository.touchApiToken(db, token.id).catch(() => undefined);
    return { userId: token.user_id, via: 'token', tokenId: token.id, tokenWorkspaceId: token.workspace_id, tokenRole: token.role };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const tokenHash = hashSecret(cookie);
  const session = await authRepository.findSession(db, tokenHash);
  if (!session) return null;
  // "Last seen" on the person's list of sessions; written at most once a minute per session.
  if (Date.now() - session.last_seen_at.getTime() > 60_000 || session.user_agent === null) {
    void authRepository.touchSession(db, tokenHash, sessionClient(request)).catch(() => undefined);
  }
  return { userId: session.user_id, via: 'session', sessionTokenHash: tokenHash, sessionId: session.id, csrfToken: session.csrf_token };
}

export function registerAuth(app: App, ctx: AppContext): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    if (!request.url.startsWith('/api/')) return;
    // Public endpoints called from other sites: a Chorus session cookie the browser happens to send is ignored
    // (no session lookup, no CSRF check), so a signed-in person browsing a tracked site is counted like anyone.
    if (request.routeOptions.config?.auth === false) return;
    request.actor = await resolveActor(ctx, request);
    const actor = request.actor;
    if (actor?.via === 'session' && !SAFE_METHODS.has(request.method)) {
      if (request.headers['x-csrf-token'] !== actor.csrfToken) {
        throw new ApiError(403, 'csrf_failed', 'Missing or wrong x-csrf-token header; reload the page and try again.');
      }
    }
  });
}

export function sessionCookieOptions(ctx: AppContext, maxAgeSeconds: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: ctx.config.secureCookies,
    maxAge: maxAgeSeconds,
  };
}

/** Which browser and address a request comes from, as the sessions list shows them. */
export function sessionClient(request: FastifyRequest): { userAgent: string | null; ip: string | null } {
  const userAgent = request.headers['user-agent'];
  return { userAgent: userAgent ? userAgent.slice(0, 512) : null, ip: request.ip ?? null };
}

/**
 * The signed-in person's session, for the account's own security settings. API tokens are refused: a script's token
 * must not turn two-factor off or end its owner's browser sessions.
 */
export function requireSessionActor(actor: Actor | null): Actor & { sessionId: string } {
  if (!actor) throw new ApiError(401, 'unauthorized', 'Sign in first.');
  if (actor.via !== 'session' || !actor.sessionId) {
    throw new ApiError(403, 'session_required', 'Account security is managed from a signed-in browser, not with an API token.');
  }
  return actor as Actor & { sessionId: string };
}

/** Per person (not per address) for the account's code checks, so guesses from many addresses still add up. */
export const perPersonLimit = (max: number) => ({
  hook: 'preHandler' as const,
  max,
  timeWindow: 60_000,
  keyGenerator: (req: FastifyRequest) => req.actor?.userId ?? req.ip,
});
