/** `POST` and `DELETE /api/v1/workspaces/{ws}/engagements/{engagementId}/like`: like an item on its network, or take it back (editors and above). */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { likeEngagement } from '../service.js';
import { actionErrors, Engagement } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  for (const [method, liked] of [['POST', true], ['DELETE', false]] as const) {
    workspaceRoute(
      app,
      ctx,
      {
        method,
        url: '/api/v1/workspaces/:ws/engagements/:engagementId/like',
        role: 'editor',
        ids: { engagementId: 'Engagement' },
        schema: {
          tags: ['inbox'],
          summary: liked ? 'Like an item on its network, where the network allows it' : 'Take back a like',
          response: { 200: Engagement, ...actionErrors },
        },
      },
      async ({ access, params }) => likeEngagement(ctx, access, params.engagementId, liked),
    );
  }
};

export default route;
