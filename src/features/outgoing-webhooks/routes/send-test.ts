/** `POST /api/v1/workspaces/{ws}/webhooks/{webhookId}/test` (admins): queues a `webhook.test` event to this webhook. */
import { notFound } from '../../../core/errors.js';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { sendTestEvent } from '../service.js';
import { Delivery } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/webhooks/:webhookId/test',
      role: 'admin',
      status: 201,
      ids: { webhookId: 'Webhook' },
      schema: { tags: ['webhooks'], summary: 'Send a test event to a webhook (admins)', response: { 201: Delivery } },
    },
    async ({ access, params }) => {
      const delivery = await sendTestEvent(ctx, access.workspaceId, params.webhookId);
      if (!delivery) throw notFound('Webhook');
      return delivery;
    },
  );
};

export default route;
