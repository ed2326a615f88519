/** `GET /api/v1/me/sessions`: the person's signed-in browsers, the current one marked. */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { describeDevice } from '../device.js';
import { requireSessionActor } from '../plugin.js';
import { authRepository } from '../repository.js';

const Session = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  device: z.object({ browser: z.string().nullable(), os: z.string().nullable(), mobile: z.boolean() }),
  ip: z.string().nullable(),
  current: z.boolean().describe('The session this request comes from'),
});

const route: RouteModule = (app, ctx) => {
  app.get(
    '/api/v1/me/sessions',
    { schema: { tags: ['account'], summary: 'Your active sessions', response: { 200: z.object({ sessions: z.array(Session) }), 401: ErrorBody, 403: ErrorBody } } },
    async (request) => {
      const actor = requireSessionActor(request.actor);
      const rows = await authRepository.listSessions(ctx.database.db, actor.userId);
      return {
        sessions: rows.map((s) => ({
          id: s.id,
          createdAt: s.created_at.toISOString(),
          lastSeenAt: s.last_seen_at.toISOString(),
          device: describeDevice(s.user_agent),
          ip: s.ip,
          current: s.id === actor.sessionId,
        })),
      };
    },
  );
};

export default route;
