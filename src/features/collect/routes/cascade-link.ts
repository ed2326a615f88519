/** `GET /api/v1/workspaces/{ws}/links/{linkId}/cascade`: how visitors of a link spread it by sharing. */
import { z } from 'zod';
import { workspaceErrors, type RouteModule } from '../../../core/http.js';
import { requireWorkspace } from '../../workspaces/access.js';
import { getLinkRow } from '../../links/service.js';
import { cascadeOf } from '../reports.js';
import { CascadeResponse } from './shapes.js';

const Params = z.object({ ws: z.string(), linkId: z.string() });

const route: RouteModule = (app, ctx) => {
  app.get(
    '/api/v1/workspaces/:ws/links/:linkId/cascade',
    { schema: { tags: ['tracking'], summary: 'Share cascade of a link', params: Params, response: { 200: CascadeResponse, ...workspaceErrors } } },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'viewer');
      const link = await getLinkRow(ctx, access, request.params.linkId);
      return cascadeOf(ctx, access, { linkId: link.id });
    },
  );
};

export default route;
