/** `GET /api/v1/workspaces/{ws}/audit`: who did what, newest first (admins and owners). */
import { z } from 'zod';
import { WorkspaceParams, workspaceErrors, type RouteModule } from '../../../core/http.js';
import { requireWorkspace } from '../access.js';
import { auditRepository } from '../../audit/repository.js';

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
  app.get(
    '/api/v1/workspaces/:ws/audit',
    { schema: { tags: ['workspaces'], summary: 'Audit log', params: WorkspaceParams, response: { 200: z.object({ entries: z.array(Entry) }), ...workspaceErrors } } },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'admin');
      const rows = await auditRepository.list(ctx.database.db, access.workspaceId);
      return {
        entries: rows.map((r) => ({
          id: r.id,
          actorUserId: r.actor_user_id,
          action: r.action,
          targetType: r.target_type,
          targetId: r.target_id,
          data: r.data,
          at: r.at,
        })),
      };
    },
  );
};

export default route;
