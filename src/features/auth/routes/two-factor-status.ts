/** `GET /api/v1/me/two-factor`: whether two-factor sign-in is on, recovery codes left, and who requires it. */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { requireSessionActor } from '../plugin.js';
import { twoFactorStatus } from '../two-factor.js';

export const TwoFactorStatus = z.object({
  enabled: z.boolean(),
  enabledAt: z.string().nullable(),
  recoveryCodesLeft: z.number().int(),
  requiredBy: z.array(z.object({ id: z.string(), name: z.string() })).describe('Your workspaces that require two-factor'),
});

const route: RouteModule = (app, ctx) => {
  app.get(
    '/api/v1/me/two-factor',
    { schema: { tags: ['account'], summary: 'Your two-factor sign-in', response: { 200: TwoFactorStatus, 401: ErrorBody, 403: ErrorBody } } },
    async (request) => twoFactorStatus(ctx, requireSessionActor(request.actor).userId),
  );
};

export default route;
