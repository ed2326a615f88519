/** `GET /api/v1/workspaces/{ws}/engagement-replies/pending`: contributors' replies waiting for an editor (the approvals page). */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { listPendingReplies } from '../replies.js';
import { EngagementReply } from './schemas.js';

const PendingReply = EngagementReply.extend({
  engagement: z.object({ text: z.string(), authorHandle: z.string(), network: z.string() }).describe('The item it answers'),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/engagement-replies/pending',
      role: 'viewer',
      schema: {
        tags: ['inbox'],
        summary: 'Replies waiting for approval, oldest first',
        response: { 200: z.object({ replies: z.array(PendingReply), count: z.number().int().describe('All of them (the list shows the first 200)') }) },
      },
    },
    async ({ access }) => listPendingReplies(ctx, access),
  );
};

export default route;
