/**
 * `PUT /api/v1/workspaces/{ws}/channels/{channelId}/queue {slots: [{weekday, time}]}`: replaces the channel's weekly
 * slots (editors and above). A post with `queue: true` takes each channel's next free slot.
 */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { putQueue } from '../service.js';
import { MAX_SLOTS } from '../slots.js';
import { ChannelQueue, QueueSlotSchema } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'PUT',
      url: '/api/v1/workspaces/:ws/channels/:channelId/queue',
      role: 'editor',
      ids: { channelId: 'Channel' },
      schema: {
        tags: ['queue'],
        summary: "Replace a channel's queue slots",
        description: `At most ${MAX_SLOTS} slots; a slot given twice is kept once. An empty list empties the queue.`,
        // A longer list still reaches the service, which answers 422 naming the limit; past 1,000 it is not read.
        body: z.object({ slots: z.array(QueueSlotSchema).max(1000) }),
        response: { 200: ChannelQueue, 422: ErrorBody },
      },
    },
    async ({ access, params, body }) => putQueue(ctx, access, params.channelId, body.slots),
  );
};

export default route;
