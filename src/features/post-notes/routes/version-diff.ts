/** `GET /api/v1/workspaces/{ws}/posts/{postId}/versions/{versionId}/diff?against=`: a word diff, part by part. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { versionDiff } from '../versions-service.js';
import { VersionDiff } from './schemas.js';

const Query = z.object({ against: z.string().max(60).optional().describe('Another version of the same post; default: the one before') });

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/posts/:postId/versions/:versionId/diff',
      role: 'viewer',
      ids: { postId: 'Post', versionId: 'Version' },
      schema: { tags: ['post notes'], summary: 'What a version changed (word diff)', querystring: Query, response: { 200: VersionDiff } },
    },
    async ({ access, params, query }) => versionDiff(ctx, access, params.postId, params.versionId, query.against),
  );
};

export default route;
