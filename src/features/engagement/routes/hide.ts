/** `POST /api/v1/workspaces/{ws}/engagements/{engagementId}/hide {hidden}`: hides or shows a comment (editors and above). */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { requireWorkspace } from '../../workspaces/access.js';
import { hideEngagement } from '../service.js';
import { actionErrors, Engagement, EngagementParams } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  app.post(
    '/api/v1/workspaces/:ws/engagements/:engagementId/hide',
    {
      schema: {
        tags: ['inbox'],
        summary: 'Hide a comment on our post (or show it again), where the network allows it',
        params: EngagementParams,
        body: z.object({ hidden: z.boolean() }),
        response: { 200: Engagement, ...actionErrors },
      },
    },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'editor');
      return hideEngagement(ctx, access, request.params.engagementId, request.body.hidden);
    },
  );
};

export default route;
