/** `POST /api/v1/workspaces/{ws}/engagements/{engagementId}/reply {text}`: answers from the channel (editors and above). */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { replyToEngagement } from '../service.js';
import { actionErrors, Engagement } from './schemas.js';

const Body = z.object({ text: z.string().trim().min(1, { error: 'Write the reply first.' }).max(10_000) });

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/engagements/:engagementId/reply',
      role: 'editor',
      status: 201,
      ids: { engagementId: 'Engagement' },
      schema: {
        tags: ['inbox'],
        summary: 'Reply to a comment or mention',
        body: Body,
        response: { 201: z.object({ reply: z.object({ externalId: z.string(), url: z.string() }), engagement: Engagement }), ...actionErrors },
      },
    },
    async ({ access, params, body }) => replyToEngagement(ctx, access, params.engagementId, body.text),
  );
};

export default route;
