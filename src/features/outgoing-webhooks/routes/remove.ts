/** `DELETE /api/v1/workspaces/{ws}/webhooks/{webhookId}` (admins): stops the deliveries and forgets the log. Audited. */
import { z } from 'zod';
import { notFound } from '../../../core/errors.js';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { removeWebhook } from '../service.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'DELETE',
      url: '/api/v1/workspaces/:ws/webhooks/:webhookId',
      role: 'admin',
      status: 204,
      ids: { webhookId: 'Webhook' },
      schema: { tags: ['webhooks'], summary: 'Delete a webhook (admins)', response: { 204: z.null() } },
    },
    async ({ access, params }) => {
      if (!(await removeWebhook(ctx, access, params.webhookId))) throw notFound('Webhook');
      return null;
    },
  );
};

export default route;
