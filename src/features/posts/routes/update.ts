/** `PATCH /api/v1/workspaces/{ws}/posts/{postId}`: edit text, variants, channels, or reschedule. */
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { updatePost } from '../service.js';
import { Post, PostBody } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'PATCH',
      url: '/api/v1/workspaces/:ws/posts/:postId',
      role: 'contributor',
      ids: { postId: 'Post' },
      schema: { tags: ['posts'], summary: 'Edit or reschedule a post', body: PostBody.partial(), response: { 200: Post, 409: ErrorBody, 422: ErrorBody } },
    },
    async ({ access, params, body }) => updatePost(ctx, access, params.postId, body),
  );
};

export default route;
