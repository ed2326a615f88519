/**
 * `POST /api/v1/auth/login` and `/logout`: cookie sessions for the web app. Attempts are limited per client address,
 * per address and email, and per email, before any password is hashed (429 with Retry-After).
 */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { SESSION_COOKIE } from '../actor.js';
import { sessionClient, sessionCookieOptions } from '../plugin.js';
import { authRepository } from '../repository.js';
import { login } from '../service.js';
import { SignInLimits } from '../sign-in-limits.js';
import { SignedIn } from './schemas.js';

const Body = z.object({ email: z.email().max(320), password: z.string().min(1).max(200) });
/** Two-factor is on: no session yet; answer the challenge at POST /api/v1/auth/login/two-factor. */
const CodeNeeded = z.object({
  twoFactorRequired: z.literal(true),
  challenge: z.string().describe('Single use, for five minutes and five guesses'),
  expiresAt: z.string(),
});

const route: RouteModule = (app, ctx) => {
  // Per server instance: counted per client address, per address and email, and per email (sign-in-limits.ts).
  const limits = new SignInLimits();
  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password',
        description: 'With two-factor on, the answer is a challenge instead of a session: send it with a code to /api/v1/auth/login/two-factor.',
        body: Body,
        response: { 200: z.union([SignedIn, CodeNeeded]), 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      await limits.admit(request.ip, request.body.email, reply);
      const result = await login(ctx, request.body.email, request.body.password, sessionClient(request));
      // The password was right (a second factor may still be asked): its attempt is given back.
      await limits.succeeded(request.body.email);
      if (result.twoFactor) return { twoFactorRequired: true as const, ...result.twoFactor };
      const { user, session } = result;
      reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(ctx, session.maxAgeSeconds));
      return { user, csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.actor?.sessionTokenHash) await authRepository.deleteSession(ctx.database.db, request.actor.sessionTokenHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );
};

export default route;
