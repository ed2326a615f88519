/** `DELETE /api/v1/workspaces/{ws}/channels/{channelId}`: disconnects an account (admins). */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { notFound } from '../../../core/errors.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { disconnectChannel } from '../service.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'DELETE',
      url: '/api/v1/workspaces/:ws/channels/:channelId',
      role: 'admin',
      status: 204,
      ids: { channelId: 'Channel' },
      schema: { tags: ['channels'], summary: 'Disconnect an account', response: { 204: z.null() } },
    },
    async ({ access, params }) => {
      if (!(await disconnectChannel(ctx, access, params.channelId))) throw notFound('Channel');
      return null;
    },
  );
};

export default route;
