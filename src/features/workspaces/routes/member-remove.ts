/**
 * `DELETE /api/v1/workspaces/{ws}/members/{userId}`: takes a person out of the workspace. Their access ends at once,
 * with every API token they made for it and any invite still waiting. Admins and owners; only owners remove owners;
 * never the last owner (409 `last_owner`).
 */
import { z } from 'zod';
import { ErrorBody, WorkspaceParams, workspaceErrors, type RouteModule } from '../../../core/http.js';
import { notFound } from '../../../core/errors.js';
import { isUuid, requireWorkspace } from '../access.js';
import { removeMember } from '../members.js';

const Params = WorkspaceParams.extend({ userId: z.string().max(100).describe('The person to remove') });

const route: RouteModule = (app, ctx) => {
  app.delete(
    '/api/v1/workspaces/:ws/members/:userId',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'Remove a person from the workspace (their tokens for it stop working)',
        params: Params,
        response: { 200: z.object({ tokensRevoked: z.number().int() }), ...workspaceErrors, 409: ErrorBody },
      },
    },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'admin');
      if (!isUuid(request.params.userId)) throw notFound('Member');
      return removeMember(ctx, access, request.params.userId);
    },
  );
};

export default route;
