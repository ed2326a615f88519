/** First run: `GET /api/v1/setup` says whether it is needed; `POST` creates the first owner and workspace. */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { authRepository } from '../repository.js';
import { setup } from '../service.js';
import { SESSION_COOKIE } from '../actor.js';
import { sessionClient, sessionCookieOptions } from '../plugin.js';
import { SignedInUser } from './schemas.js';

const Body = z.object({
  email: z.email().max(320),
  password: z.string().min(1).max(200),
  workspaceName: z.string().trim().min(1).max(100),
  name: z.string().trim().max(100).optional(),
});

const Created = z.object({
  user: SignedInUser,
  workspace: z.object({ id: z.string(), name: z.string(), role: z.literal('owner') }),
  token: z.string(),
  csrfToken: z.string(),
});

const route: RouteModule = (app, ctx) => {
  app.get(
    '/api/v1/setup',
    { schema: { tags: ['auth'], summary: 'Is first-run setup needed?', response: { 200: z.object({ needed: z.boolean() }) } } },
    async () => ({ needed: (await authRepository.countUsers(ctx.database.db)) === 0 }),
  );

  app.post(
    '/api/v1/setup',
    {
      // Each call hashes a password, even once Chorus is set up (then answered 409): bound what a stranger can cost.
      config: { rateLimit: { max: 10, timeWindow: 60_000 } },
      schema: {
        tags: ['auth'],
        summary: 'Create the first owner and workspace (first run only)',
        body: Body,
        response: { 201: Created, 409: ErrorBody, 422: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const result = await setup(ctx, request.body, sessionClient(request));
      reply.setCookie(SESSION_COOKIE, result.session.token, sessionCookieOptions(ctx, result.session.maxAgeSeconds));
      return reply.code(201).send({
        user: result.user,
        workspace: result.workspace,
        token: result.token,
        csrfToken: result.session.csrfToken,
      });
    },
  );
};

export default route;
