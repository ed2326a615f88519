/**
 * `POST /api/v1/workspaces/{ws}/posts/{postId}/versions/{versionId}/restore` (editors and above): brings a version's
 * content back as a new edit, checked against the networks' rules like any edit (422 with the violations).
 */
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { Post } from '../../posts/routes/schemas.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { restoreVersion } from '../versions-service.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/posts/:postId/versions/:versionId/restore',
      role: 'editor',
      ids: { postId: 'Post', versionId: 'Version' },
      schema: { tags: ['post notes'], summary: "Restore a version of a post's content", response: { 200: Post, 409: ErrorBody, 422: ErrorBody } },
    },
    async ({ access, params }) => restoreVersion(ctx, access, params.postId, params.versionId),
  );
};

export default route;
