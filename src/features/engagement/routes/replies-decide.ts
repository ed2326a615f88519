/** `POST /api/v1/workspaces/{ws}/engagement-replies/{replyId}/approve` and `/reject {reason?}` (editors and above). */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { approveReply, rejectReply } from '../replies.js';
import { EngagementReply } from './schemas.js';

const response = { 200: z.object({ reply: EngagementReply }), 409: ErrorBody };

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/engagement-replies/:replyId/approve',
      role: 'editor',
      ids: { replyId: 'Reply' },
      schema: { tags: ['inbox'], summary: "Approve a contributor's reply: it is sent at once", response },
    },
    async ({ access, params }) => approveReply(ctx, access, params.replyId),
  );
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/engagement-replies/:replyId/reject',
      role: 'editor',
      ids: { replyId: 'Reply' },
      schema: {
        tags: ['inbox'],
        summary: "Reject a contributor's reply, with a reason for its author",
        body: z.object({ reason: z.string().max(1000).default('') }).default({ reason: '' }),
        response,
      },
    },
    async ({ access, params, body }) => rejectReply(ctx, access, params.replyId, body.reason),
  );
};

export default route;
