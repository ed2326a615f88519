/** `POST /api/v1/me/two-factor/confirm`: the first right code turns two-factor on; the recovery codes are shown once. */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { perPersonLimit, requireSessionActor } from '../plugin.js';
import { confirmEnrolment } from '../two-factor.js';

export const RecoveryCodes = z.object({
  recoveryCodes: z.array(z.string()).describe('Ten one-use codes for when the phone is lost; shown this once'),
});

const route: RouteModule = (app, ctx) => {
  app.post(
    '/api/v1/me/two-factor/confirm',
    {
      config: { rateLimit: perPersonLimit(10) },
      schema: {
        tags: ['account'],
        summary: 'Turn two-factor sign-in on with a code from the app',
        body: z.object({ code: z.string().min(1).max(20) }),
        response: { 200: RecoveryCodes, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 409: ErrorBody, 422: ErrorBody, 429: ErrorBody },
      },
    },
    async (request) => confirmEnrolment(ctx, requireSessionActor(request.actor).userId, request.body.code),
  );
};

export default route;
