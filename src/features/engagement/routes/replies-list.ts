/** `GET /api/v1/workspaces/{ws}/engagements/{engagementId}/replies`: an item's replies and where each stands. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { listReplies } from '../replies.js';
import { EngagementReply } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/engagements/:engagementId/replies',
      role: 'viewer',
      ids: { engagementId: 'Engagement' },
      schema: { tags: ['inbox'], summary: "An item's replies, oldest first, with their status", response: { 200: z.object({ replies: z.array(EngagementReply) }) } },
    },
    async ({ access, params }) => listReplies(ctx, access, params.engagementId),
  );
};

export default route;
