/** `GET /api/v1/workspaces/{ws}/webhooks` (admins): the workspace's webhooks, oldest first; never their secrets. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { listWebhooks } from '../service.js';
import { Webhook } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/webhooks',
      // Admins only: a receiver's address often carries its own token.
      role: 'admin',
      schema: { tags: ['webhooks'], summary: 'Webhooks of the workspace (admins)', response: { 200: z.object({ webhooks: z.array(Webhook) }) } },
    },
    async ({ access }) => ({ webhooks: await listWebhooks(ctx, access.workspaceId) }),
  );
};

export default route;
