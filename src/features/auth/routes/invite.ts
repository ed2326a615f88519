/** `POST /api/v1/invites/accept`: an invited person chooses a password with the one-time link's token. */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../app/http.js';
import { SESSION_COOKIE } from '../actor.js';
import { sessionCookieOptions } from '../plugin.js';
import { acceptInvite } from '../service.js';

const Body = z.object({ token: z.string().min(10).max(200), password: z.string().min(1).max(200), name: z.string().max(100).optional() });
const User = z.object({ id: z.string(), email: z.string(), name: z.string(), locale: z.string() });

const route: RouteModule = (app, ctx) => {
  app.post(
    '/api/v1/invites/accept',
    {
      // Per client address (an IPv6 client by its /64). Invite tokens are 32 random bytes, beyond guessing; the limit
      // bounds the password hashes a stranger can make the server compute.
      config: { rateLimit: { max: 20, timeWindow: 60_000 } },
      schema: {
        tags: ['auth'],
        summary: 'Accept an invite and choose a password',
        body: Body,
        response: { 200: z.object({ user: User, csrfToken: z.string() }), 422: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const { user, session } = await acceptInvite(ctx, request.body.token, request.body.password, request.body.name);
      reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(ctx, session.maxAgeSeconds));
      return { user, csrfToken: session.csrfToken };
    },
  );
};

export default route;
