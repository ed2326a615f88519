/**
 * `DELETE /api/v1/workspaces/{ws}/tokens/{tokenId}`: the token stops working at once (401 on its next call).
 * Anyone may revoke their own token; admins and owners anyone's, and only owners an owner's. Audited.
 */
import { z } from 'zod';
import { WorkspaceParams, workspaceErrors, type RouteModule } from '../../../core/http.js';
import { notFound } from '../../../core/errors.js';
import { isUuid, requireWorkspace } from '../access.js';
import { revokeToken } from '../members.js';

const Params = WorkspaceParams.extend({ tokenId: z.string().max(100).describe('The token to revoke') });

const route: RouteModule = (app, ctx) => {
  app.delete(
    '/api/v1/workspaces/:ws/tokens/:tokenId',
    { schema: { tags: ['workspaces'], summary: 'Revoke an API token', params: Params, response: { 204: z.null(), ...workspaceErrors } } },
    async (request, reply) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'viewer');
      if (!isUuid(request.params.tokenId)) throw notFound('Token');
      await revokeToken(ctx, access, request.params.tokenId);
      return reply.code(204).send(null);
    },
  );
};

export default route;
