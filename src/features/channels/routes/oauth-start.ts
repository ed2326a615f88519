/**
 * `POST /api/v1/workspaces/{ws}/oauth/{network}/start` (admins) → `{ authorizeUrl }`: where to send the browser to
 * connect an account of a network whose OAuth app is configured. 404 `oauth_not_configured` says who sets the app up.
 */
import { z } from 'zod';
import { ErrorBody, WorkspaceParams, type RouteModule } from '../../../core/http.js';
import { unauthorized } from '../../../core/errors.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { startNetworkOAuth } from '../network-oauth.js';

// The network is checked by the handler after the workspace, so another tenant's id answers 404 like everywhere.
const Params = WorkspaceParams.extend({ network: z.string().max(40).describe('facebook, instagram, threads, x or linkedin') });

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/oauth/:network/start',
      role: 'admin',
      schema: {
        tags: ['channels'],
        summary: 'Start "Connect with <network>"',
        description: 'The browser goes to `authorizeUrl`; the network sends it back to `/api/v1/oauth/{network}/callback` within 10 minutes.',
        params: Params,
        response: { 200: z.object({ authorizeUrl: z.string() }), 422: ErrorBody },
      },
    },
    async ({ access, params, request }) => {
      if (!request.actor) throw unauthorized();
      return { authorizeUrl: await startNetworkOAuth(ctx, access, request.actor, params.network) };
    },
  );
};

export default route;
