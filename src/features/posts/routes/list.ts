/** `GET /api/v1/workspaces/{ws}/posts?from&to&status&tag&q` (the calendar, saved drafts) and `GET …/posts/{postId}`. */
import { z } from 'zod';
import { ErrorBody, IsoDate, type RouteModule } from '../../../core/http.js';
import { invalid } from '../../../core/errors.js';
import { cleanTags } from '../../../core/tags.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { getPost, listPosts } from '../service.js';
import { Post } from './schemas.js';

const Query = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  status: z.enum(['draft', 'pending_approval', 'scheduled', 'cancelled']).optional(),
  tag: z.string().max(60).optional().describe('Only posts with this tag ("#" and case are dropped)'),
  q: z.string().max(200).optional().describe('Only posts whose text or tags contain these words'),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/posts',
      role: 'viewer',
      schema: { tags: ['posts'], summary: 'Posts in a date range (calendar), by status, tag or words', querystring: Query, response: { 200: z.object({ posts: z.array(Post) }), 422: ErrorBody } },
    },
    async ({ access, query }) => {
      const from = query.from ? new Date(query.from) : undefined;
      const to = query.to ? new Date(query.to) : undefined;
      if (from && to && to <= from) throw invalid('invalid_range', '"to" must be after "from".', 'to');
      const tag = query.tag ? cleanTags([query.tag])[0] : undefined;
      return { posts: await listPosts(ctx, access, { from, to, status: query.status, tag, q: query.q?.trim() || undefined }) };
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
