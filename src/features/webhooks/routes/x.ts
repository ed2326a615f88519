/**
 * X Account Activity webhooks, public (docs.x.com/x-api/account-activity/introduction, …/securing-webhooks):
 * - `GET /api/v1/webhooks/x?crc_token=…`: the CRC check, answered `{ response_token }` = `sha256=` + base64
 *   HMAC-SHA256 of the token keyed with the consumer secret (CHORUS_X_CONSUMER_SECRET);
 * - `POST /api/v1/webhooks/x`: a delivery, accepted only with a matching `x-twitter-webhooks-signature` over the raw
 *   body; unsigned or wrong → 401 and nothing stored.
 */
import { z } from 'zod';
import { ApiError } from '../../../core/errors.js';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { crcResponse, verifySignature } from '../../../networks/x/webhooks.js';
import { ingestXDelivery, notConfigured, parseJsonBody } from '../service.js';
import { MAX_WEBHOOK_BODY, rawBody, rawBodyScope } from './raw-body.js';

const route: RouteModule = (app, ctx) => {
  rawBodyScope(app, (scope) => {
    scope.get(
      '/api/v1/webhooks/x',
      {
        config: { auth: false },
        schema: {
          tags: ['webhooks'],
          summary: "X's challenge-response check (CRC)",
          querystring: z.object({ crc_token: z.string().min(1, { error: 'crc_token is required.' }).max(1000) }),
          response: { 200: z.object({ response_token: z.string() }), 400: ErrorBody, 503: ErrorBody },
        },
      },
      async (request) => {
        const secret = ctx.config.webhooks.xConsumerSecret;
        if (!secret) throw notConfigured('X', 'CHORUS_X_CONSUMER_SECRET');
        return { response_token: crcResponse(request.query.crc_token, secret) };
      },
    );

    scope.post(
      '/api/v1/webhooks/x',
      {
        bodyLimit: MAX_WEBHOOK_BODY,
        config: { auth: false },
        schema: { tags: ['webhooks'], summary: 'X Account Activity deliveries', response: { 200: z.object({ received: z.number().int() }), 400: ErrorBody, 401: ErrorBody, 503: ErrorBody } },
      },
      async (request) => {
        const secret = ctx.config.webhooks.xConsumerSecret;
        if (!secret) throw notConfigured('X', 'CHORUS_X_CONSUMER_SECRET');
        const raw = rawBody(request.body);
        if (!verifySignature(raw, request.headers['x-twitter-webhooks-signature'], secret)) {
          request.log.warn('X webhook with a missing or wrong signature refused');
          throw new ApiError(401, 'invalid_signature', 'x-twitter-webhooks-signature is missing or does not match the body signed with the X consumer secret.');
        }
        const result = await ingestXDelivery(ctx, parseJsonBody(raw));
        return { received: result.items };
      },
    );
  });
};

export default route;
