/**
 * `POST /api/v1/workspaces/{ws}/ideas/{ideaId}/post`: turns the idea into a draft post (its notes or title, its
 * pictures, no channel yet) and moves it to "used"; 409 `idea_already_posted` with `postId` when it was done before.
 */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { ideaToPost } from '../service.js';
import { Idea, ideaErrors, publicIdea } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/ideas/:ideaId/post',
      role: 'contributor',
      status: 201,
      ids: { ideaId: 'Idea' },
      schema: {
        tags: ['ideas'],
        summary: 'Turn an idea into a draft post, to finish in the composer',
        body: z.object({}).optional(),
        response: { 201: z.object({ postId: z.string(), idea: Idea }), ...ideaErrors },
      },
    },
    async ({ access, params }) => {
      const { postId, idea } = await ideaToPost(ctx, access, params.ideaId);
      return { postId, idea: publicIdea(idea) };
    },
  );
};

export default route;
