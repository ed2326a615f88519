/**
 * `POST /api/v1/me/two-factor/setup`: a new TOTP secret, its otpauth:// URI and a QR code to scan. Nothing changes
 * at sign-in until a code confirms it (`/confirm`); starting again replaces an unconfirmed secret.
 */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { perPersonLimit, requireSessionActor } from '../plugin.js';
import { startEnrolment } from '../two-factor.js';

const Started = z.object({
  secret: z.string().describe('Base32, for typing into an app that cannot scan'),
  uri: z.string().describe('otpauth://totp/… (RFC 6238: SHA-1, 6 digits, 30 seconds)'),
  qrCode: z.string().describe('The URI as a QR code: an SVG data URL for an <img>'),
});

const route: RouteModule = (app, ctx) => {
  app.post(
    '/api/v1/me/two-factor/setup',
    {
      config: { rateLimit: perPersonLimit(20) },
      schema: { tags: ['account'], summary: 'Start setting up two-factor sign-in', response: { 200: Started, 401: ErrorBody, 403: ErrorBody, 409: ErrorBody } },
    },
    async (request) => startEnrolment(ctx, requireSessionActor(request.actor).userId),
  );
};

export default route;
