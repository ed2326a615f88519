/** `GET /api/v1/workspaces/{ws}/channels/{channelId}/best-times?count=N&timeZone=IANA` (any member). */
import { z } from 'zod';
import { ErrorBody, Text, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { bestTimes } from '../service.js';

const Query = z.object({
  count: z.coerce.number().int().min(1).max(168).default(7).describe('How many slots, best first (1–168, default 7)'),
  timeZone: Text.pipe(z.string().min(1).max(100)).optional().describe("IANA zone of the answer's weekdays and hours; default the channel's audience zone, else the workspace's"),
});

const BestTimes = z.object({
  timeZone: z.string().describe('The zone weekdays and hours are counted in'),
  slots: z.array(
    z.object({
      weekday: z.number().int().describe('1 = Monday … 7 = Sunday'),
      hour: z.number().int().describe('0–23, on the clock of timeZone'),
      score: z.number().describe("Expected engagement relative to the channel's average post (1 = average)"),
      posts: z.number().int().describe('Past posts in this slot behind the estimate (0: the published studies alone)'),
    }),
  ),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/channels/:channelId/best-times',
      role: 'viewer',
      ids: { channelId: 'Channel' },
      schema: {
        tags: ['best-times'],
        summary: 'Best weekdays and hours to post on a channel',
        description:
          "Expected engagement per weekday × hour from the channel's imported history and published posts, pulled towards a prior from " +
          'published studies while the history is thin (empirical Bayes).',
        querystring: Query,
        response: { 200: BestTimes, 422: ErrorBody },
      },
    },
    async ({ access, params, query }) => bestTimes(ctx, access, params.channelId, query),
  );
};

export default route;
