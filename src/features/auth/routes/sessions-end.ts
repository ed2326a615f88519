/**
 * `DELETE /api/v1/me/sessions/{id}`: signs one of the person's browsers out at once. Another person's session, or
 * an unknown id, answers 404 (ids of others are never confirmed). Ending the current one signs this browser out.
 */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { notFound } from '../../../core/errors.js';
import { isUuid } from '../../workspaces/access.js';
import { SESSION_COOKIE } from '../actor.js';
import { requireSessionActor } from '../plugin.js';
import { authRepository } from '../repository.js';

const route: RouteModule = (app, ctx) => {
  app.delete(
    '/api/v1/me/sessions/:id',
    {
      schema: {
        tags: ['account'],
        summary: 'End one of your sessions',
        params: z.object({ id: z.string().max(100).describe('Session id from GET /api/v1/me/sessions') }),
        response: { 204: z.null(), 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const actor = requireSessionActor(request.actor);
      const { id } = request.params;
      if (!isUuid(id) || !(await authRepository.deleteSessionById(ctx.database.db, actor.userId, id))) throw notFound('Session');
      if (id === actor.sessionId) reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );
};

export default route;
