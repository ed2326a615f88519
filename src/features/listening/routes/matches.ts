/** `GET /api/v1/workspaces/{ws}/listening-queries/{queryId}/matches?limit`: the query's newest matches (viewers and above). */
import { z } from 'zod';
import { pageLimit, type RouteModule } from '../../../core/http.js';
import { Engagement } from '../../engagement/routes/schemas.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { queryMatches } from '../service.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/listening-queries/:queryId/matches',
      role: 'viewer',
      ids: { queryId: 'Listening query' },
      schema: {
        tags: ['listening'],
        summary: "A listening query's newest matches",
        querystring: z.object({ limit: pageLimit(100, 20) }),
        response: { 200: z.object({ matches: z.array(Engagement) }) },
      },
    },
    async ({ access, params, query }) => ({ matches: await queryMatches(ctx, access, params.queryId, query.limit) }),
  );
};

export default route;
