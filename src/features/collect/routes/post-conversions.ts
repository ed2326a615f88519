/**
 * `GET /api/v1/workspaces/{ws}/posts/{postId}/conversions?from&to`: conversions credited to the links of one post
 * (every publication's), in total, by name and by network, with value sums per currency — from the daily rollup.
 */
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { conversionsOfPost, postReportRange } from '../reports.js';
import { ConversionQuery, ConversionReport } from './shapes.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/posts/:postId/conversions',
      role: 'viewer',
      ids: { postId: 'Post' },
      schema: {
        tags: ['tracking'],
        summary: 'Conversions credited to a post (all its links)',
        querystring: ConversionQuery,
        response: { 200: ConversionReport, 422: ErrorBody },
      },
    },
    async ({ access, params, query }) => {
      const { from, to } = await postReportRange(ctx, access, params.postId, query);
      return { from, to, ...(await conversionsOfPost(ctx, access, params.postId, from, to)) };
    },
  );
};

export default route;
