/** `GET /api/v1/workspaces/{ws}/posts?from&to&status` (the calendar) and `GET …/posts/{postId}`. */
import { z } from 'zod';
import { ErrorBody, IsoDate, type RouteModule } from '../../../core/http.js';
import { invalid } from '../../../core/errors.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { getPost, listPosts } from '../service.js';
import { Post } from './schemas.js';

const Query = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  status: z.enum(['draft', 'pending_approval', 'scheduled', 'cancelled']).optional(),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/posts',
      role: 'viewer',
      schema: { tags: ['posts'], summary: 'Posts in a date range (calendar) or by status', querystring: Query, response: { 200: z.object({ posts: z.array(Post) }), 422: ErrorBody } },
    },
    async ({ access, query }) => {
      const from = query.from ? new Date(query.from) : undefined;
      const to = query.to ? new Date(query.to) : undefined;
      if (from && to && to <= from) throw invalid('invalid_range', '"to" must be after "from".', 'to');
      return { posts: await listPosts(ctx, access, { from, to, status: query.status }) };
    },
  );

  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/posts/:postId',
      role: 'viewer',
      ids: { postId: 'Post' },
      schema: { tags: ['posts'], summary: 'A post with its publications', response: { 200: Post } },
    },
    async ({ access, params }) => getPost(ctx, access, params.postId),
  );
};

export default route;
