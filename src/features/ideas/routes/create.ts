/** `POST /api/v1/workspaces/{ws}/ideas {title, notes?, tags?, mediaIds?, stage?, position?}` (contributors and above). */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { createIdea } from '../service.js';
import { Idea, IdeaInput, ideaErrors, publicIdea } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/ideas',
      role: 'contributor',
      status: 201,
      schema: { tags: ['ideas'], summary: 'Save an idea on the board', body: IdeaInput, response: { 201: Idea, ...ideaErrors } },
    },
    async ({ access, body }) => publicIdea(await createIdea(ctx, access, body)),
  );
};

export default route;
