/** `GET /api/v1/workspaces/{ws}/channels/{channelId}/queue`: the channel's weekly slots (any member). */
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { getQueue } from '../service.js';
import { ChannelQueue } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/channels/:channelId/queue',
      role: 'viewer',
      ids: { channelId: 'Channel' },
      schema: { tags: ['queue'], summary: "A channel's queue slots", response: { 200: ChannelQueue, 422: ErrorBody } },
    },
    async ({ access, params }) => getQueue(ctx, access, params.channelId),
  );
};

export default route;
