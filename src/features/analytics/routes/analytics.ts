/** `GET /api/v1/workspaces/{ws}/analytics?from&to&channelId&network&postId&compare=previous` (any member). */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { analytics } from '../service.js';
import { Analytics, ScopeQuery } from './shapes.js';

const Query = ScopeQuery.extend({
  compare: z.enum(['previous', 'none']).default('none').describe('previous: also the period of the same length just before'),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/analytics',
      role: 'viewer',
      schema: {
        tags: ['analytics'],
        summary: 'Metrics per day, with totals by network and channel',
        description:
          "The collected metric history rolled up by UTC day for the workspace, or one channel, network or post: each day's growth, " +
          'the totals, the same per network and per channel, and optionally the previous period with the change in percent.',
        querystring: Query,
        response: { 200: Analytics, 422: ErrorBody },
      },
    },
    async ({ access, query }) => analytics(ctx, access, query),
  );
};

export default route;
