/** `GET /api/v1/workspaces/{ws}/analytics/top-posts?from&to&sort&limit` (any member). */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { topPosts } from '../service.js';
import { TopPost, TopPostsQuery } from './shapes.js';

const TopPosts = z.object({ from: z.string(), to: z.string(), sort: z.enum(['engagementRate', 'clicks', 'conversions']), posts: z.array(TopPost) });

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/analytics/top-posts',
      role: 'viewer',
      schema: {
        tags: ['analytics'],
        summary: 'Top publications of a range',
        description: 'Publications published in the range (UTC days), best first by engagement rate, clicks or conversions, with their latest figures.',
        querystring: TopPostsQuery,
        response: { 200: TopPosts, 422: ErrorBody },
      },
    },
    async ({ access, query }) => topPosts(ctx, access, query),
  );
};

export default route;
