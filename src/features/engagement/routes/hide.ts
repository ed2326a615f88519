/** `POST /api/v1/workspaces/{ws}/engagements/{engagementId}/hide {hidden}`: hides or shows a comment (editors and above). */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { hideEngagement } from '../service.js';
import { actionErrors, Engagement } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/engagements/:engagementId/hide',
      role: 'editor',
      ids: { engagementId: 'Engagement' },
      schema: {
        tags: ['inbox'],
        summary: 'Hide a comment on our post (or show it again), where the network allows it',
        body: z.object({ hidden: z.boolean() }),
        response: { 200: Engagement, ...actionErrors },
      },
    },
    async ({ access, params, body }) => hideEngagement(ctx, access, params.engagementId, body.hidden),
  );
};

export default route;
