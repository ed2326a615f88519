/** `GET /api/v1/workspaces/{ws}/posts/{postId}/client-decisions` (everyone in the workspace): what clients decided on the post through approval links, newest first. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { decisionsOfPost } from '../service.js';
import { ClientDecision } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/posts/:postId/client-decisions',
      role: 'viewer',
      ids: { postId: 'Post' },
      schema: { tags: ['client-approvals'], summary: "Clients' decisions on a post", response: { 200: z.object({ decisions: z.array(ClientDecision) }) } },
    },
    async ({ access, params }) => decisionsOfPost(ctx, access, params.postId),
  );
};

export default route;
