/** `GET /api/v1/workspaces/{ws}/links?archived&tag` and `GET …/links/{linkId}`. */
import { z } from 'zod';
import { pageLimit, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { linksRepository } from '../repository.js';
import { getLinkRow, publicLink } from '../service.js';
import { Link } from './schemas.js';

const Query = z.object({
  archived: z.enum(['true', 'false']).default('false'),
  tag: z.string().max(50).optional(),
  limit: pageLimit(500, 100),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/links',
      role: 'viewer',
      schema: { tags: ['links'], summary: 'Links, newest first', querystring: Query, response: { 200: z.object({ links: z.array(Link) }) } },
    },
    async ({ access, query }) => {
      const rows = await linksRepository.list(ctx.database.db, access.workspaceId, {
        archived: query.archived === 'true',
        tag: query.tag,
        limit: query.limit,
      });
      return { links: rows.map((r) => publicLink(ctx, r)) };
    },
  );

  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/links/:linkId',
      role: 'viewer',
      ids: { linkId: 'Link' },
      schema: { tags: ['links'], summary: 'One link', response: { 200: Link } },
    },
    async ({ access, params }) => publicLink(ctx, await getLinkRow(ctx, access, params.linkId)),
  );
};

export default route;
