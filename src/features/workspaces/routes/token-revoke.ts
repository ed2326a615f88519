/**
 * `DELETE /api/v1/workspaces/{ws}/tokens/{tokenId}`: the token stops working at once (401 on its next call).
 * Anyone may revoke their own token; admins and owners anyone's, and only owners an owner's. Audited.
 */
import { z } from 'zod';
import { WorkspaceParams, type RouteModule } from '../../../core/http.js';
import { revokeToken } from '../members.js';
import { workspaceRoute } from '../route.js';

const Params = WorkspaceParams.extend({ tokenId: z.string().max(100).describe('The token to revoke') });

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'DELETE',
      url: '/api/v1/workspaces/:ws/tokens/:tokenId',
      role: 'viewer',
      status: 204,
      ids: { tokenId: 'Token' },
      schema: { tags: ['workspaces'], summary: 'Revoke an API token', params: Params, response: { 204: z.null() } },
    },
    async ({ access, params }) => {
      await revokeToken(ctx, access, params.tokenId);
      return null;
    },
  );
};

export default route;
