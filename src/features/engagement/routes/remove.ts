/** `DELETE /api/v1/workspaces/{ws}/engagements/{engagementId}`: deletes it on the network, where allowed (editors and above). */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { requireWorkspace } from '../../workspaces/access.js';
import { deleteEngagement } from '../service.js';
import { actionErrors, EngagementParams } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  app.delete(
    '/api/v1/workspaces/:ws/engagements/:engagementId',
    {
      schema: {
        tags: ['inbox'],
        summary: 'Delete a comment on our post, where the network allows it (422 where it does not)',
        params: EngagementParams,
        response: { 204: z.null(), ...actionErrors },
      },
    },
    async (request, reply) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'editor');
      await deleteEngagement(ctx, access, request.params.engagementId);
      return reply.code(204).send(null);
    },
  );
};

export default route;
