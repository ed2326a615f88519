/** `GET /api/v1/workspaces/{ws}/webhooks/{webhookId}/deliveries?before&limit` (admins): the delivery log, newest first. */
import { z } from 'zod';
import { notFound } from '../../../core/errors.js';
import { pageLimit, type RouteModule } from '../../../core/http.js';
import { parseBefore } from '../../engagement/service.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { listDeliveries } from '../service.js';
import { Delivery } from './schemas.js';

const Query = z.object({
  before: z.string().max(100).optional().describe('The nextBefore of the previous page (or an ISO date)'),
  limit: pageLimit(100, 25),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/webhooks/:webhookId/deliveries',
      role: 'admin',
      ids: { webhookId: 'Webhook' },
      schema: {
        tags: ['webhooks'],
        summary: 'Deliveries of a webhook, newest first (admins)',
        querystring: Query,
        response: { 200: z.object({ deliveries: z.array(Delivery), nextBefore: z.string().nullable() }) },
      },
    },
    async ({ access, params, query }) => {
      const deliveries = await listDeliveries(ctx, access.workspaceId, params.webhookId, { limit: query.limit, before: parseBefore(query.before) });
      if (!deliveries) throw notFound('Webhook');
      const last = deliveries.at(-1);
      return { deliveries, nextBefore: deliveries.length === query.limit && last ? `${last.createdAt}~${last.id}` : null };
    },
  );
};

export default route;
