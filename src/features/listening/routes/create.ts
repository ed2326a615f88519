/**
 * `POST /api/v1/workspaces/{ws}/listening-queries` (editors and above): saves a query searched on the given
 * Bluesky, Mastodon and X channels every few minutes; its matches land in the inbox as `listening` items. 422 when a
 * channel is not this workspace's or cannot search, or the workspace has 20 queries already. Audited.
 */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { createQuery } from '../service.js';
import { ListeningQuery, ListeningQueryCreate, listeningErrors } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/listening-queries',
      role: 'editor',
      status: 201,
      schema: { tags: ['listening'], summary: 'Save a listening query', body: ListeningQueryCreate, response: { 201: ListeningQuery, ...listeningErrors } },
    },
    async ({ access, body }) => createQuery(ctx, access, body),
  );
};

export default route;
