/** `GET /api/v1/workspaces/{ws}/links?archived&tag` and `GET …/links/{linkId}`. */
import { z } from 'zod';
import { WorkspaceParams, workspaceErrors, type RouteModule } from '../../../core/http.js';
import { requireWorkspace } from '../../workspaces/access.js';
import { linksRepository } from '../repository.js';
import { getLinkRow, publicLink } from '../service.js';
import { Link, LinkParams } from './schemas.js';

const Query = z.object({
  archived: z.enum(['true', 'false']).default('false'),
  tag: z.string().max(50).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const route: RouteModule = (app, ctx) => {
  app.get(
    '/api/v1/workspaces/:ws/links',
    { schema: { tags: ['links'], summary: 'Links, newest first', params: WorkspaceParams, querystring: Query, response: { 200: z.object({ links: z.array(Link) }), ...workspaceErrors } } },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'viewer');
      const rows = await linksRepository.list(ctx.database.db, access.workspaceId, {
        archived: request.query.archived === 'true',
        tag: request.query.tag,
        limit: request.query.limit,
      });
      return { links: rows.map((r) => publicLink(ctx, r)) };
    },
  );

  app.get(
    '/api/v1/workspaces/:ws/links/:linkId',
    { schema: { tags: ['links'], summary: 'One link', params: LinkParams, response: { 200: Link, ...workspaceErrors } } },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'viewer');
      return publicLink(ctx, await getLinkRow(ctx, access, request.params.linkId));
    },
  );
};

export default route;
