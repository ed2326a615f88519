/** `GET /api/v1/workspaces/{ws}/ideas?q&tag`: the board, column by column in the order people gave the cards. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { listIdeas } from '../service.js';
import { Idea, publicIdea } from './schemas.js';

const Query = z.object({ q: z.string().trim().max(200).optional(), tag: z.string().trim().min(1).max(60).optional() });

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/ideas',
      role: 'viewer',
      schema: {
        tags: ['ideas'],
        summary: 'The ideas board, narrowed by words or a tag',
        querystring: Query,
        response: { 200: z.object({ ideas: z.array(Idea), tags: z.array(z.object({ tag: z.string(), count: z.number() })) }) },
      },
    },
    async ({ access, query }) => {
      const { ideas, tags } = await listIdeas(ctx, access, { q: query.q || undefined, tag: query.tag });
      return { ideas: ideas.map(publicIdea), tags };
    },
  );
};

export default route;
