/**
 * `POST /api/v1/workspaces/{ws}/engagements/{engagementId}/reply {text}`: answers from the channel that received the
 * item. 202: an editor's reply is queued and sent by the reply job, exactly once; a contributor's waits for approval.
 */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { queueReply } from '../replies.js';
import { actionErrors, EngagementReply } from './schemas.js';

const Body = z.object({ text: z.string().trim().min(1, { error: 'Write the reply first.' }).max(10_000) });

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/engagements/:engagementId/reply',
      role: 'contributor',
      status: 202,
      ids: { engagementId: 'Engagement' },
      schema: {
        tags: ['inbox'],
        summary: 'Reply to a comment or mention (queued; a contributor\'s reply waits for approval)',
        body: Body,
        response: { 202: z.object({ reply: EngagementReply }), ...actionErrors },
      },
    },
    async ({ access, params, body }) => queueReply(ctx, access, params.engagementId, body.text),
  );
};

export default route;
