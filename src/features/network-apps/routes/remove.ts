/**
 * `DELETE /api/v1/workspaces/{ws}/network-apps/{network}` (owners): forgets the workspace's app for a network. Its
 * channels stay; new sign-ins need the app again. 404 when the workspace saved none. Audited.
 */
import { z } from 'zod';
import { notFound } from '../../../core/errors.js';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { removeNetworkApp } from '../service.js';
import { NetworkParams } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'DELETE',
      url: '/api/v1/workspaces/:ws/network-apps/:network',
      role: 'owner',
      status: 204,
      schema: { tags: ['network-apps'], summary: 'Remove the workspace\'s app for a network (owners only)', params: NetworkParams, response: { 204: z.null() } },
    },
    async ({ access, params }) => {
      if (!(await removeNetworkApp(ctx, access, params.network))) throw notFound(`This workspace's ${params.network} app`);
      return null;
    },
  );
};

export default route;
