/** `GET /api/v1/workspaces/{ws}/posts?from&to&status` (the calendar) and `GET …/posts/{postId}`. */
import { z } from 'zod';
import { IsoDate, WorkspaceParams, workspaceErrors, type RouteModule } from '../../../core/http.js';
import { invalid } from '../../../core/errors.js';
import { requireWorkspace } from '../../workspaces/access.js';
import { getPost, listPosts } from '../service.js';
import { Post, PostParams } from './schemas.js';

const Query = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  status: z.enum(['draft', 'pending_approval', 'scheduled', 'cancelled']).optional(),
});

const route: RouteModule = (app, ctx) => {
  app.get(
    '/api/v1/workspaces/:ws/posts',
    { schema: { tags: ['posts'], summary: 'Posts in a date range (calendar) or by status', params: WorkspaceParams, querystring: Query, response: { 200: z.object({ posts: z.array(Post) }), ...workspaceErrors, 422: workspaceErrors[400] } } },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'viewer');
      const from = request.query.from ? new Date(request.query.from) : undefined;
      const to = request.query.to ? new Date(request.query.to) : undefined;
      if (from && to && to <= from) throw invalid('invalid_range', '"to" must be after "from".', 'to');
      return { posts: await listPosts(ctx, access, { from, to, status: request.query.status }) };
    },
  );

  app.get(
    '/api/v1/workspaces/:ws/posts/:postId',
    { schema: { tags: ['posts'], summary: 'A post with its publications', params: PostParams, response: { 200: Post, ...workspaceErrors } } },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'viewer');
      return getPost(ctx, access, request.params.postId);
    },
  );
};

export default route;
