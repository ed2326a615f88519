/**
 * `DELETE /api/v1/workspaces/{ws}/members/{userId}`: takes a person out of the workspace. Their access ends at once,
 * with every API token they made for it and any invite still waiting. Admins and owners; only owners remove owners;
 * never the last owner (409 `last_owner`).
 */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { removeMember } from '../members.js';
import { workspaceRoute } from '../route.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'DELETE',
      url: '/api/v1/workspaces/:ws/members/:userId',
      role: 'admin',
      ids: { userId: 'Member' },
      schema: {
        tags: ['workspaces'],
        summary: 'Remove a person from the workspace (their tokens for it stop working)',
        response: { 200: z.object({ tokensRevoked: z.number().int() }), 409: ErrorBody },
      },
    },
    async ({ access, params }) => removeMember(ctx, access, params.userId),
  );
};

export default route;
