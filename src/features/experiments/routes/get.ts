/**
 * `GET /api/v1/workspaces/{ws}/posts/{postId}/experiment` (viewers and above): each variant's figures, its chance of
 * being the best and its lift, per network, and the variant each publication used and why.
 */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { experimentReport } from '../report.js';
import { ExperimentReport } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/posts/:postId/experiment',
      role: 'viewer',
      ids: { postId: 'Post' },
      schema: { tags: ['posts'], summary: "A post's experiment and how its variants do", response: { 200: ExperimentReport } },
    },
    async ({ access, params }) => experimentReport(ctx, access, params.postId),
  );
};

export default route;
