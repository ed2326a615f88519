/** `GET /api/v1/workspaces/{ws}/audit`: who did what, newest first (admins and owners). */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../route.js';
import { listAudit } from '../service.js';

const Entry = z.object({
  id: z.number(),
  actorUserId: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  at: z.date(),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/audit',
      role: 'admin',
      schema: { tags: ['workspaces'], summary: 'Audit log', response: { 200: z.object({ entries: z.array(Entry) }) } },
    },
    async ({ access }) => ({ entries: await listAudit(ctx, access) }),
  );
};

export default route;
