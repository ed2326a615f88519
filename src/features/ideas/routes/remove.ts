/** `DELETE /api/v1/workspaces/{ws}/ideas/{ideaId}` (contributors and above); a post made from it stays. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { removeIdea } from '../service.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'DELETE',
      url: '/api/v1/workspaces/:ws/ideas/:ideaId',
      role: 'contributor',
      status: 204,
      ids: { ideaId: 'Idea' },
      schema: { tags: ['ideas'], summary: 'Delete an idea', response: { 204: z.null() } },
    },
    async ({ access, params }) => {
      await removeIdea(ctx, access, params.ideaId);
      return null;
    },
  );
};

export default route;
