/** `DELETE /api/v1/workspaces/{ws}/channels/{channelId}`: disconnects an account (admins). */
import { z } from 'zod';
import { WorkspaceParams, workspaceErrors, type RouteModule } from '../../../core/http.js';
import { notFound } from '../../../core/errors.js';
import { isUuid, requireWorkspace } from '../../workspaces/access.js';
import { disconnectChannel } from '../service.js';

const Params = WorkspaceParams.extend({ channelId: z.string() });

const route: RouteModule = (app, ctx) => {
  app.delete(
    '/api/v1/workspaces/:ws/channels/:channelId',
    { schema: { tags: ['channels'], summary: 'Disconnect an account', params: Params, response: { 204: z.null(), ...workspaceErrors } } },
    async (request, reply) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'admin');
      if (!isUuid(request.params.channelId) || !(await disconnectChannel(ctx, access, request.params.channelId))) {
        throw notFound('Channel');
      }
      return reply.code(204).send(null);
    },
  );
};

export default route;
