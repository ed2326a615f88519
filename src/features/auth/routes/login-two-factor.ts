/**
 * `POST /api/v1/auth/login/two-factor`: the second step of signing in with two-factor on. The challenge from
 * `POST /api/v1/auth/login` plus a current code (or a recovery code, once) creates the session.
 */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { SESSION_COOKIE } from '../actor.js';
import { sessionClient, sessionCookieOptions } from '../plugin.js';
import { completeTwoFactorSignIn } from '../two-factor-sign-in.js';
import { SignedIn } from './schemas.js';

const Body = z
  .object({
    challenge: z.string().min(10).max(200),
    code: z.string().max(20).optional().describe('The 6-digit code of the authenticator app'),
    recoveryCode: z.string().max(40).optional().describe('One of the ten recovery codes; each works once'),
  })
  .refine((b) => Boolean(b.code) !== Boolean(b.recoveryCode), {
    message: 'Send either the code of your authenticator app or a recovery code',
    path: ['code'],
  });

const route: RouteModule = (app, ctx) => {
  app.post(
    '/api/v1/auth/login/two-factor',
    {
      // Each challenge allows five guesses, and the password step is limited; this also bounds one address's guesses.
      config: { rateLimit: { max: 30, timeWindow: 60_000 } },
      schema: {
        tags: ['auth'],
        summary: 'Finish signing in with a two-factor code or a recovery code',
        body: Body,
        response: { 200: SignedIn, 400: ErrorBody, 401: ErrorBody, 422: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const { challenge, code, recoveryCode } = request.body;
      const { user, session } = await completeTwoFactorSignIn(ctx, challenge, { code, recoveryCode }, sessionClient(request));
      reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(ctx, session.maxAgeSeconds));
      return { user, csrfToken: session.csrfToken };
    },
  );
};

export default route;
