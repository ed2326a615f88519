/** `POST /api/v1/me/two-factor/disable`: turns two-factor off, with a current code or the password. */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { perPersonLimit, requireSessionActor } from '../plugin.js';
import { disableTwoFactor } from '../two-factor.js';
import { Proof } from './two-factor-recovery-codes.js';

const route: RouteModule = (app, ctx) => {
  app.post(
    '/api/v1/me/two-factor/disable',
    {
      config: { rateLimit: perPersonLimit(10) },
      schema: {
        tags: ['account'],
        summary: 'Turn two-factor sign-in off',
        body: Proof,
        response: { 204: z.null(), 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 409: ErrorBody, 422: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      await disableTwoFactor(ctx, requireSessionActor(request.actor).userId, request.body);
      return reply.code(204).send(null);
    },
  );
};

export default route;
