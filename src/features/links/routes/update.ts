/** `PATCH /api/v1/workspaces/{ws}/links/{linkId}`: edit, or archive with `{archived: true}`. */
import { z } from 'zod';
import { ErrorBody, workspaceErrors, type RouteModule } from '../../../core/http.js';
import { requireWorkspace } from '../../workspaces/access.js';
import { updateLink } from '../service.js';
import { Link, LinkBody, LinkParams } from './schemas.js';

const Body = LinkBody.omit({ code: true }).partial().extend({ archived: z.boolean().optional() });

const route: RouteModule = (app, ctx) => {
  app.patch(
    '/api/v1/workspaces/:ws/links/:linkId',
    { schema: { tags: ['links'], summary: 'Edit or archive a link', params: LinkParams, body: Body, response: { 200: Link, ...workspaceErrors, 422: ErrorBody } } },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'contributor');
      const link = await updateLink(ctx, access, request.params.linkId, request.body);
      ctx.links.redirector.cache.forget(link.code);
      return link;
    },
  );
};

export default route;
