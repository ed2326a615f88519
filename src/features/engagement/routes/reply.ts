/** `POST /api/v1/workspaces/{ws}/engagements/{engagementId}/reply {text}`: answers from the channel (editors and above). */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { requireWorkspace } from '../../workspaces/access.js';
import { replyToEngagement } from '../service.js';
import { actionErrors, Engagement, EngagementParams } from './schemas.js';

const Body = z.object({ text: z.string().trim().min(1, { error: 'Write the reply first.' }).max(10_000) });

const route: RouteModule = (app, ctx) => {
  app.post(
    '/api/v1/workspaces/:ws/engagements/:engagementId/reply',
    {
      schema: {
        tags: ['inbox'],
        summary: 'Reply to a comment or mention',
        params: EngagementParams,
        body: Body,
        response: { 201: z.object({ reply: z.object({ externalId: z.string(), url: z.string() }), engagement: Engagement }), ...actionErrors },
      },
    },
    async (request, reply) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'editor');
      return reply.code(201).send(await replyToEngagement(ctx, access, request.params.engagementId, request.body.text));
    },
  );
};

export default route;
