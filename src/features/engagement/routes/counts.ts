/** `GET /api/v1/workspaces/{ws}/engagements/counts`: open items, open ones assigned to the caller, done today (viewers and above). */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { inboxCounts } from '../inbox-service.js';

const Counts = z.object({
  open: z.number().int().describe('Items not done yet'),
  assignedToMe: z.number().int().describe('Open items assigned to the caller'),
  doneToday: z.number().int().describe("Marked done since midnight on the workspace's clock"),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/engagements/counts',
      role: 'viewer',
      schema: { tags: ['inbox'], summary: "The inbox's counts for the navigation", response: { 200: Counts } },
    },
    async ({ access }) => inboxCounts(ctx, access),
  );
};

export default route;
