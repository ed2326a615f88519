/** `GET /api/v1/workspaces/{ws}/posts/{postId}/cascade`: how visitors of a post's links spread it by sharing. */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { cascadeOf, requirePost } from '../reports.js';
import { CascadeResponse } from './shapes.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/posts/:postId/cascade',
      role: 'viewer',
      ids: { postId: 'Post' },
      schema: { tags: ['tracking'], summary: 'Share cascade of a post (all its links)', response: { 200: CascadeResponse } },
    },
    async ({ access, params }) => {
      await requirePost(ctx, access, params.postId);
      return cascadeOf(ctx, access, { postId: params.postId });
    },
  );
};

export default route;
