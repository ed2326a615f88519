/** `GET /api/v1/workspaces/{ws}/posts/{postId}/cascade`: how visitors of a post's links spread it by sharing. */
import { z } from 'zod';
import { workspaceErrors, type RouteModule } from '../../../core/http.js';
import { requireWorkspace } from '../../workspaces/access.js';
import { cascadeOf, requirePost } from '../reports.js';
import { CascadeResponse } from './shapes.js';

const Params = z.object({ ws: z.string(), postId: z.string() });

const route: RouteModule = (app, ctx) => {
  app.get(
    '/api/v1/workspaces/:ws/posts/:postId/cascade',
    { schema: { tags: ['tracking'], summary: 'Share cascade of a post (all its links)', params: Params, response: { 200: CascadeResponse, ...workspaceErrors } } },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'viewer');
      await requirePost(ctx, access, request.params.postId);
      return cascadeOf(ctx, access, { postId: request.params.postId });
    },
  );
};

export default route;
