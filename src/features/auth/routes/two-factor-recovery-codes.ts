/** `POST /api/v1/me/two-factor/recovery-codes`: ten new recovery codes (the old ones stop working), with a proof. */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { perPersonLimit, requireSessionActor } from '../plugin.js';
import { regenerateRecoveryCodes } from '../two-factor.js';
import { RecoveryCodes } from './two-factor-confirm.js';

export const Proof = z.object({
  code: z.string().max(20).optional().describe('A current code of the authenticator app'),
  password: z.string().max(200).optional().describe('Or the account password'),
});

const route: RouteModule = (app, ctx) => {
  app.post(
    '/api/v1/me/two-factor/recovery-codes',
    {
      config: { rateLimit: perPersonLimit(10) },
      schema: {
        tags: ['account'],
        summary: 'Make new recovery codes',
        body: Proof,
        response: { 200: RecoveryCodes, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 409: ErrorBody, 422: ErrorBody, 429: ErrorBody },
      },
    },
    async (request) => regenerateRecoveryCodes(ctx, requireSessionActor(request.actor).userId, request.body),
  );
};

export default route;
