/** `PATCH /api/v1/workspaces/{ws}/links/{linkId}`: edit, or archive with `{archived: true}`. */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { updateLink } from '../service.js';
import { Link, LinkBody } from './schemas.js';

const Body = LinkBody.omit({ code: true }).partial().extend({ archived: z.boolean().optional() });

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'PATCH',
      url: '/api/v1/workspaces/:ws/links/:linkId',
      role: 'contributor',
      ids: { linkId: 'Link' },
      schema: { tags: ['links'], summary: 'Edit or archive a link', body: Body, response: { 200: Link, 422: ErrorBody } },
    },
    async ({ access, params, body }) => {
      const link = await updateLink(ctx, access, params.linkId, body);
      ctx.links.redirector.cache.forget(link.code);
      return link;
    },
  );
};

export default route;
