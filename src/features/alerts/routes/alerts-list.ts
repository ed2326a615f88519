/** `GET /api/v1/workspaces/{ws}/alerts?before&limit` (viewers and above): the alerts fired, newest first. */
import { z } from 'zod';
import { pageLimit, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { parseBefore } from '../../engagement/service.js';
import { alertsRepository } from '../repository.js';
import { Alert, publicAlert } from './schemas.js';

const Query = z.object({
  before: z.string().max(100).optional().describe('The nextBefore of the previous page (or an ISO date)'),
  limit: pageLimit(200, 50),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/alerts',
      role: 'viewer',
      schema: {
        tags: ['alerts'],
        summary: 'Alerts fired by the rules, newest first, with the inbox items that caused them',
        querystring: Query,
        response: { 200: z.object({ alerts: z.array(Alert), nextBefore: z.string().nullable() }) },
      },
    },
    async ({ access, query }) => {
      const rows = await alertsRepository.listAlerts(ctx.database.db, access.workspaceId, { before: parseBefore(query.before), limit: query.limit });
      const ids = [...new Set(rows.flatMap((r) => r.engagement_ids))];
      const items = new Map((await alertsRepository.itemsByIds(ctx.database.db, access.workspaceId, ids)).map((i) => [i.id, i]));
      const last = rows.at(-1);
      return { alerts: rows.map((r) => publicAlert(r, items)), nextBefore: rows.length === query.limit && last ? `${last.fired_at.toISOString()}~${last.id}` : null };
    },
  );
};

export default route;
