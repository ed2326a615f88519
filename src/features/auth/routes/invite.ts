/**
 * `POST /api/v1/invites/accept`: joins the workspace an invite link is for. A new account chooses its password with
 * it; an existing account accepts while signed in as itself (the password is then neither asked nor changed).
 */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { SESSION_COOKIE } from '../actor.js';
import { sessionClient, sessionCookieOptions } from '../plugin.js';
import { acceptInvite } from '../invites.js';
import { SignedInUser } from './schemas.js';

const Body = z.object({
  token: z.string().min(10).max(200),
  password: z.string().max(200).optional().describe('Needed only when the account has no password yet'),
  name: z.string().max(100).optional(),
});

const route: RouteModule = (app, ctx) => {
  app.post(
    '/api/v1/invites/accept',
    {
      // Per client address (an IPv6 client by its /64). Invite tokens are 32 random bytes, beyond guessing; the limit
      // bounds the password hashes a stranger can make the server compute.
      config: { rateLimit: { max: 20, timeWindow: 60_000 } },
      schema: {
        tags: ['auth'],
        summary: 'Accept an invite (choosing a password for a new account)',
        body: Body,
        response: {
          200: z.object({ user: SignedInUser, workspaceId: z.string(), csrfToken: z.string().nullable() }),
          401: ErrorBody,
          403: ErrorBody,
          409: ErrorBody,
          422: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const { user, session, workspaceId } = await acceptInvite(ctx, request.body, request.actor, sessionClient(request));
      if (session) reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(ctx, session.maxAgeSeconds));
      return { user, workspaceId, csrfToken: session?.csrfToken ?? request.actor?.csrfToken ?? null };
    },
  );
};

export default route;
