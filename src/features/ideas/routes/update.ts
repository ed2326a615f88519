/** `PATCH /api/v1/workspaces/{ws}/ideas/{ideaId}`: edit, tag, or move on the board (contributors and above). */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { updateIdea } from '../service.js';
import { Idea, IdeaChanges, ideaErrors, publicIdea } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'PATCH',
      url: '/api/v1/workspaces/:ws/ideas/:ideaId',
      role: 'contributor',
      ids: { ideaId: 'Idea' },
      schema: { tags: ['ideas'], summary: 'Change an idea or move it to another column', body: IdeaChanges, response: { 200: Idea, ...ideaErrors } },
    },
    async ({ access, params, body }) => publicIdea(await updateIdea(ctx, access, params.ideaId, body)),
  );
};

export default route;
