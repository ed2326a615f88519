/** `POST /api/v1/workspaces/{ws}/notifications/read {ids?}`: marks the caller's notifications read (all without ids). */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { markNotificationsRead } from '../service.js';

const Body = z.object({
  ids: z.array(z.uuid()).max(200).optional().describe("Only these (someone else's are ignored); leave out to mark all read"),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/notifications/read',
      role: 'viewer',
      schema: { tags: ['notifications'], summary: 'Mark my notifications read', body: Body, response: { 200: z.object({ marked: z.number().int(), unread: z.number().int() }) } },
    },
    async ({ access, body }) => markNotificationsRead(ctx, access, body.ids),
  );
};

export default route;
