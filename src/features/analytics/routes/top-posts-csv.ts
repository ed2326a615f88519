/**
 * `GET /api/v1/workspaces/{ws}/analytics/top-posts.csv?from&to&sort&limit` (any member): the top posts table as a
 * CSV download, safe to open in a spreadsheet (csv.ts).
 */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { sendCsv } from '../csv.js';
import { topPostsCsv } from '../service.js';
import { TopPostsQuery } from './shapes.js';

const Query = TopPostsQuery.extend({
  limit: z.coerce.number().int().min(1).max(1000).default(100).describe('How many rows, best first (1–1000, default 100)'),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/analytics/top-posts.csv',
      role: 'viewer',
      schema: {
        tags: ['analytics'],
        summary: 'Top publications of a range, as CSV',
        description: 'The top posts table as a file (text/csv, UTF-8, one header row). Cells a spreadsheet would run as a formula start with an apostrophe.',
        querystring: Query,
        response: {
          200: { description: 'A CSV file', content: { 'text/csv': { schema: z.string() } } },
          422: ErrorBody,
        },
      },
    },
    async ({ access, query, reply }) => sendCsv(reply, await topPostsCsv(ctx, access, query)),
  );
};

export default route;
