/**
 * `POST /api/v1/invites/describe`: what an invite link is for (workspace, address, role, whether the account exists),
 * so the page can ask for a new password or for signing in. A POST so the secret stays out of URLs and access logs.
 */
import { z } from 'zod';
import { ErrorBody, Role, type RouteModule } from '../../../core/http.js';
import { describeInvite } from '../invites.js';

const Body = z.object({ token: z.string().min(10).max(200) });
const Described = z.object({ email: z.string(), workspaceName: z.string(), role: Role, existingAccount: z.boolean() });

const route: RouteModule = (app, ctx) => {
  app.post(
    '/api/v1/invites/describe',
    {
      config: { rateLimit: { max: 30, timeWindow: 60_000 } },
      schema: { tags: ['auth'], summary: 'What an invite link is for', body: Body, response: { 200: Described, 422: ErrorBody } },
    },
    async (request) => describeInvite(ctx, request.body.token),
  );
};

export default route;
