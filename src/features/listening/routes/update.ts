/** `PATCH /api/v1/workspaces/{ws}/listening-queries/{queryId}` (editors and above): changes what is sent. Audited. */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { updateQuery } from '../service.js';
import { ListeningQuery, ListeningQueryPatch, listeningErrors } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'PATCH',
      url: '/api/v1/workspaces/:ws/listening-queries/:queryId',
      role: 'editor',
      ids: { queryId: 'Listening query' },
      schema: { tags: ['listening'], summary: 'Change a listening query', body: ListeningQueryPatch, response: { 200: ListeningQuery, ...listeningErrors } },
    },
    async ({ access, params, body }) => updateQuery(ctx, access, params.queryId, body),
  );
};

export default route;
