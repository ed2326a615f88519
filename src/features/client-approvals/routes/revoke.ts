/** `DELETE /api/v1/workspaces/{ws}/client-approvals/{linkId}` (editors and above): withdraws a link (it answers 410 from then on). Audited. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { revokeLink } from '../service.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'DELETE',
      url: '/api/v1/workspaces/:ws/client-approvals/:linkId',
      role: 'editor',
      status: 204,
      ids: { linkId: 'Client approval link' },
      schema: { tags: ['client-approvals'], summary: 'Revoke a client approval link (editors)', response: { 204: z.null() } },
    },
    async ({ access, params }) => {
      await revokeLink(ctx, access, params.linkId);
      return null;
    },
  );
};

export default route;
