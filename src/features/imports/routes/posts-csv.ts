/**
 * `GET /api/v1/workspaces/{ws}/posts.csv` (any member): drafts, posts waiting for approval and scheduled posts in
 * Chorus's import format (export.ts), ready to edit in a spreadsheet and import again.
 */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { sendCsv } from '../../analytics/csv.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { postsCsv } from '../export.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/posts.csv',
      role: 'viewer',
      schema: {
        tags: ['posts'],
        summary: 'Drafts and scheduled posts as CSV, in the format POST …/imports reads',
        response: { 200: { description: 'A CSV file', content: { 'text/csv': { schema: z.string() } } } },
      },
    },
    async ({ access, reply }) => sendCsv(reply, await postsCsv(ctx, access)),
  );
};

export default route;
