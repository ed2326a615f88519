/**
 * `GET/PUT /api/v1/workspaces/{ws}/two-factor`: whether the workspace requires two-factor sign-in, and who has not
 * turned it on yet. Only an owner changes it, and only with two-factor on their own account.
 */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../route.js';
import { setTwoFactorRequirement, twoFactorRequirement } from '../two-factor-requirement.js';

const Requirement = z.object({
  required: z.boolean(),
  membersWithout: z.array(z.object({ userId: z.string(), email: z.string(), name: z.string() })).describe('Members without two-factor'),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/two-factor',
      role: 'admin',
      schema: { tags: ['workspaces'], summary: 'Two-factor requirement of the workspace', response: { 200: Requirement } },
    },
    async ({ access }) => twoFactorRequirement(ctx, access),
  );

  workspaceRoute(
    app,
    ctx,
    {
      method: 'PUT',
      url: '/api/v1/workspaces/:ws/two-factor',
      role: 'owner',
      schema: {
        tags: ['workspaces'],
        summary: 'Require two-factor sign-in for everyone (owners only)',
        description: 'Members without two-factor get 403 two_factor_required from this workspace until they turn it on. API tokens keep working.',
        body: z.object({ required: z.boolean() }),
        response: { 200: Requirement, 409: ErrorBody },
      },
    },
    async ({ access, body }) => {
      await setTwoFactorRequirement(ctx, access, body.required);
      return twoFactorRequirement(ctx, access);
    },
  );
};

export default route;
