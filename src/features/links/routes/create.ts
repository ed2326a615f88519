/**
 * `POST /api/v1/workspaces/{ws}/links {url, code?, utm?, rules?, tags?, expiresAt?, password?}` → the link with its
 * `shortUrl` and `qrUrl`. Only http(s) destinations, never Chorus's own hosts (422 otherwise).
 */
import { ErrorBody, WorkspaceParams, workspaceErrors, type RouteModule } from '../../../core/http.js';
import { requireWorkspace } from '../../workspaces/access.js';
import { createLink } from '../service.js';
import { Link, LinkBody } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  app.post(
    '/api/v1/workspaces/:ws/links',
    { schema: { tags: ['links'], summary: 'Create a tracked short link', params: WorkspaceParams, body: LinkBody, response: { 201: Link, ...workspaceErrors, 409: ErrorBody, 422: ErrorBody } } },
    async (request, reply) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'contributor');
      return reply.code(201).send(await createLink(ctx, access, request.body));
    },
  );
};

export default route;
