/** `DELETE /api/v1/me/sessions`: signs out every browser of the person but this one (a lost laptop, a shared PC). */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { requireSessionActor } from '../plugin.js';
import { authRepository } from '../repository.js';

const route: RouteModule = (app, ctx) => {
  app.delete(
    '/api/v1/me/sessions',
    {
      schema: {
        tags: ['account'],
        summary: 'End all your other sessions',
        response: { 200: z.object({ ended: z.number().int().describe('How many sessions ended') }), 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => {
      const actor = requireSessionActor(request.actor);
      return { ended: await authRepository.deleteOtherSessions(ctx.database.db, actor.userId, actor.sessionId) };
    },
  );
};

export default route;
