/**
 * `DELETE /api/v1/workspaces/{ws}/listening-queries/{queryId}` (editors and above): stops the query. What it found
 * stays in the inbox. Audited.
 */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { deleteQuery } from '../service.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'DELETE',
      url: '/api/v1/workspaces/:ws/listening-queries/:queryId',
      role: 'editor',
      status: 204,
      ids: { queryId: 'Listening query' },
      schema: { tags: ['listening'], summary: 'Delete a listening query', response: { 204: z.null() } },
    },
    async ({ access, params }) => {
      await deleteQuery(ctx, access, params.queryId);
      return null;
    },
  );
};

export default route;
