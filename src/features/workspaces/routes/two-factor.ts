/**
 * `GET/PUT /api/v1/workspaces/{ws}/two-factor`: whether the workspace requires two-factor sign-in, and who has not
 * turned it on yet. Only an owner changes it, and only with two-factor on their own account.
 */
import { z } from 'zod';
import { ErrorBody, WorkspaceParams, workspaceErrors, type RouteModule } from '../../../core/http.js';
import { requireWorkspace } from '../access.js';
import { setTwoFactorRequirement, twoFactorRequirement } from '../two-factor-requirement.js';

const Requirement = z.object({
  required: z.boolean(),
  membersWithout: z.array(z.object({ userId: z.string(), email: z.string(), name: z.string() })).describe('Members without two-factor'),
});

const route: RouteModule = (app, ctx) => {
  app.get(
    '/api/v1/workspaces/:ws/two-factor',
    { schema: { tags: ['workspaces'], summary: 'Two-factor requirement of the workspace', params: WorkspaceParams, response: { 200: Requirement, ...workspaceErrors } } },
    async (request) => twoFactorRequirement(ctx, await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'admin')),
  );

  app.put(
    '/api/v1/workspaces/:ws/two-factor',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'Require two-factor sign-in for everyone (owners only)',
        description: 'Members without two-factor get 403 two_factor_required from this workspace until they turn it on. API tokens keep working.',
        params: WorkspaceParams,
        body: z.object({ required: z.boolean() }),
        response: { 200: Requirement, ...workspaceErrors, 409: ErrorBody },
      },
    },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'owner');
      await setTwoFactorRequirement(ctx, access, request.body.required);
      return twoFactorRequirement(ctx, access);
    },
  );
};

export default route;
