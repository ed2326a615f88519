/** `DELETE /api/v1/workspaces/{ws}/engagements/{engagementId}`: deletes it on the network, where allowed (editors and above). */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { deleteEngagement } from '../service.js';
import { actionErrors } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'DELETE',
      url: '/api/v1/workspaces/:ws/engagements/:engagementId',
      role: 'editor',
      status: 204,
      ids: { engagementId: 'Engagement' },
      schema: {
        tags: ['inbox'],
        summary: 'Delete a comment on our post, where the network allows it (422 where it does not)',
        response: { 204: z.null(), ...actionErrors },
      },
    },
    async ({ access, params }) => {
      await deleteEngagement(ctx, access, params.engagementId);
      return null;
    },
  );
};

export default route;
