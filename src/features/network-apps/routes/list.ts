/**
 * `GET /api/v1/workspaces/{ws}/network-apps`: every network's OAuth app and where this workspace stands with it —
 * set by the server, saved by an owner, or not set up — with the callback URL to register. Every member sees the
 * status; owners also see the saved client id and the secret's last 4 characters. The secret is never returned.
 */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { listNetworkApps } from '../service.js';
import { NetworkAppList } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/network-apps',
      role: 'viewer',
      schema: { tags: ['network-apps'], summary: 'Network apps of the workspace (sign-in set-up)', response: { 200: NetworkAppList } },
    },
    async ({ access }) => ({ apps: await listNetworkApps(ctx, access) }),
  );
};

export default route;
