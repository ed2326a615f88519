/**
 * `PATCH /api/v1/workspaces/{ws}/engagements/{engagementId} {status?, assigneeId?, tags?}`: the team's workflow on an
 * item (editors and above). The assignee must be a member of this workspace (422 otherwise); `null` unassigns. Tags
 * are trimmed, lower-cased and kept once each.
 */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { updateWorkflow } from '../inbox-service.js';
import { InboxItem, Tags } from './inbox-schemas.js';

const Body = z.object({
  status: z.enum(['open', 'done']).optional().describe('"done" takes it off the queue; "open" reopens it'),
  assigneeId: z.string().nullable().optional().describe('A member of this workspace, or null to unassign'),
  tags: Tags.optional().describe('Replaces the tags'),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'PATCH',
      url: '/api/v1/workspaces/:ws/engagements/:engagementId',
      role: 'editor',
      ids: { engagementId: 'Engagement' },
      schema: {
        tags: ['inbox'],
        summary: 'Mark an item done or open, assign it, tag it',
        body: Body,
        response: { 200: InboxItem, 422: ErrorBody },
      },
    },
    async ({ access, params, body }) => updateWorkflow(ctx, access, params.engagementId, body),
  );
};

export default route;
