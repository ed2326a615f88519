/**
 * `DELETE /api/v1/workspaces/{ws}/tokens/{tokenId}`: the token stops working at once (401 on its next call).
 * Anyone may revoke their own token; admins and owners anyone's, and only owners an owner's. Audited.
 */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { revokeToken } from '../members.js';
import { workspaceRoute } from '../route.js';

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
      schema: { tags: ['workspaces'], summary: 'Revoke an API token', response: { 204: z.null() } },
    },
    async ({ access, params }) => {
      await revokeToken(ctx, access, params.tokenId);
      return null;
    },
  );
};

export default route;
