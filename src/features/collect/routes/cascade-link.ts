/** `GET /api/v1/workspaces/{ws}/links/{linkId}/cascade`: how visitors of a link spread it by sharing. */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { getLinkRow } from '../../links/service.js';
import { cascadeOf } from '../reports.js';
import { CascadeResponse } from './shapes.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/links/:linkId/cascade',
      role: 'viewer',
      ids: { linkId: 'Link' },
      schema: { tags: ['tracking'], summary: 'Share cascade of a link', response: { 200: CascadeResponse } },
    },
    async ({ access, params }) => {
      const link = await getLinkRow(ctx, access, params.linkId);
      return cascadeOf(ctx, access, { linkId: link.id });
    },
  );
};

export default route;
