/**
 * `GET /api/v1/workspaces/{ws}/analytics.csv?from&to&channelId&network&postId&campaignId&compare` (any member): the
 * analytics view as a CSV download (export.ts), safe to open in a spreadsheet (csv.ts).
 */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { sendCsv } from '../csv.js';
import { analyticsCsv } from '../export.js';
import { ScopeQuery } from './shapes.js';

const Query = ScopeQuery.extend({
  compare: z.enum(['previous', 'none']).default('none').describe('previous: also the previous period and the change in percent'),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/analytics.csv',
      role: 'viewer',
      schema: {
        tags: ['analytics'],
        summary: 'The analytics view as CSV',
        description: 'Days, totals (and the previous period), networks and channels in one table with a `section` column (text/csv, UTF-8).',
        querystring: Query,
        response: {
          200: { description: 'A CSV file', content: { 'text/csv': { schema: z.string() } } },
          422: ErrorBody,
        },
      },
    },
    async ({ access, query, reply }) => sendCsv(reply, await analyticsCsv(ctx, access, query)),
  );
};

export default route;
