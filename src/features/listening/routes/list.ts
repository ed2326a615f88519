/** `GET /api/v1/workspaces/{ws}/listening-queries`: the workspace's saved listening queries (viewers and above). */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { listQueries } from '../service.js';
import { ListeningQuery } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/listening-queries',
      role: 'viewer',
      schema: { tags: ['listening'], summary: 'Saved listening queries', response: { 200: z.object({ queries: z.array(ListeningQuery) }) } },
    },
    async ({ access }) => ({ queries: await listQueries(ctx, access) }),
  );
};

export default route;
