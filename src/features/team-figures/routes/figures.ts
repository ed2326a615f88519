/**
 * `GET /api/v1/workspaces/{ws}/inbox/figures?from&to&channelId` (viewers and above): first-reply time and time to done
 * per teammate and per channel in business time, and items per day by sentiment.
 */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { teamFigures } from '../service.js';
import { TeamFigures } from './schemas.js';

const Query = z.object({
  from: z.string().max(10).optional().describe('First day, YYYY-MM-DD (default: 29 days before `to`)'),
  to: z.string().max(10).optional().describe('Last day, included, YYYY-MM-DD (default: today on the business hours clock)'),
  channelId: z.string().max(100).optional().describe('Only this channel'),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/inbox/figures',
      role: 'viewer',
      schema: { tags: ['inbox'], summary: "The team's inbox figures over a range of days", querystring: Query, response: { 200: TeamFigures, 422: ErrorBody } },
    },
    async ({ access, query }) => teamFigures(ctx, access, query),
  );
};

export default route;
