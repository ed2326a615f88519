/** `PUT /api/v1/workspaces/{ws}/channels/{channelId}/audience-time-zone {timeZone}` (editors and above). */
import { z } from 'zod';
import { ErrorBody, Text, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { setAudienceTimeZone } from '../service.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'PUT',
      url: '/api/v1/workspaces/:ws/channels/:channelId/audience-time-zone',
      role: 'editor',
      ids: { channelId: 'Channel' },
      schema: {
        tags: ['best-times'],
        summary: "Set the time zone of a channel's audience",
        body: z.object({
          timeZone: Text.pipe(z.string().min(1).max(100)).nullable().describe("IANA zone, e.g. America/New_York; null: the workspace's"),
        }),
        response: {
          200: z.object({
            timeZone: z.string().describe('The zone best times of this channel are counted in'),
            audienceTimeZone: z.string().nullable().describe("The channel's own zone; null when it follows the workspace's"),
          }),
          422: ErrorBody,
        },
      },
    },
    async ({ access, params, body }) => setAudienceTimeZone(ctx, access, params.channelId, body.timeZone),
  );
};

export default route;
