/**
 * `PUT /api/v1/workspaces/{ws}/network-apps/{network}` (owners): saves the workspace's own OAuth app for a network,
 * so its people can connect accounts by sign-in. The secret is sealed at rest and never answered back. 409
 * `network_app_set_by_server` when the server's environment sets that app (it wins for every workspace). Audited.
 */
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { listNetworkApps, saveNetworkApp } from '../service.js';
import { NetworkAppInput, NetworkAppList, NetworkParams } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'PUT',
      url: '/api/v1/workspaces/:ws/network-apps/:network',
      role: 'owner',
      schema: {
        tags: ['network-apps'],
        summary: 'Save the workspace\'s app for a network (owners only)',
        description: 'Register the answer\'s `callbackUrls` as the app\'s redirect URLs at the network. Answers the list, without the secret.',
        params: NetworkParams,
        body: NetworkAppInput,
        response: { 200: NetworkAppList, 409: ErrorBody },
      },
    },
    async ({ access, params, body }) => {
      await saveNetworkApp(ctx, access, params.network, body);
      return { apps: await listNetworkApps(ctx, access) };
    },
  );
};

export default route;
