/** `GET /api/v1/workspaces/{ws}/posts/{postId}/versions`: every version of a post's content, newest first. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { listVersions } from '../versions-service.js';
import { PostVersion } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/posts/:postId/versions',
      role: 'viewer',
      ids: { postId: 'Post' },
      schema: { tags: ['post notes'], summary: "A post's version history (who changed what, when)", response: { 200: z.object({ versions: z.array(PostVersion) }) } },
    },
    async ({ access, params }) => listVersions(ctx, access, params.postId),
  );
};

export default route;
