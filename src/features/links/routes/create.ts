/**
 * `POST /api/v1/workspaces/{ws}/links {url, code?, utm?, rules?, tags?, expiresAt?, password?}` → the link with its
 * `shortUrl` and `qrUrl`. Only http(s) destinations, never Chorus's own hosts (422 otherwise).
 */
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { createLink } from '../service.js';
import { Link, LinkBody } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/links',
      role: 'contributor',
      status: 201,
      schema: { tags: ['links'], summary: 'Create a tracked short link', body: LinkBody, response: { 201: Link, 409: ErrorBody, 422: ErrorBody } },
    },
    async ({ access, body }) => createLink(ctx, access, body),
  );
};

export default route;
