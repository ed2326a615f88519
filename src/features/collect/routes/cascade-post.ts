/** `GET /api/v1/workspaces/{ws}/posts/{postId}/cascade`: how visitors of a post's links spread it by sharing. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { cascadeOf, requirePost } from '../reports.js';
import { CascadeResponse } from './shapes.js';

const Params = z.object({ ws: z.string(), postId: z.string() });

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/posts/:postId/cascade',
      role: 'viewer',
      schema: { tags: ['tracking'], summary: 'Share cascade of a post (all its links)', params: Params, response: { 200: CascadeResponse } },
    },
    async ({ access, params }) => {
      await requirePost(ctx, access, params.postId);
      return cascadeOf(ctx, access, { postId: params.postId });
    },
  );
};

export default route;
