/** `PATCH /api/v1/workspaces/{ws}/posts/{postId}`: edit text, variants, channels, or reschedule. */
import { ErrorBody, workspaceErrors, type RouteModule } from '../../../core/http.js';
import { requireWorkspace } from '../../workspaces/access.js';
import { updatePost } from '../service.js';
import { Post, PostBody, PostParams } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  app.patch(
    '/api/v1/workspaces/:ws/posts/:postId',
    { schema: { tags: ['posts'], summary: 'Edit or reschedule a post', params: PostParams, body: PostBody.partial(), response: { 200: Post, ...workspaceErrors, 409: ErrorBody, 422: ErrorBody } } },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'contributor');
      return updatePost(ctx, access, request.params.postId, request.body);
    },
  );
};

export default route;
