/**
 * Meta webhooks (Page feed, Instagram comments, Messenger and Instagram messaging), public:
 * - `GET /api/v1/webhooks/meta`: the subscription handshake — `hub.mode=subscribe` with our verify token
 *   (CHORUS_META_VERIFY_TOKEN, or the one derived from a workspace's saved Meta app secret that the network apps
 *   page shows its owners) is answered with `hub.challenge`; anything else 403.
 * - `POST /api/v1/webhooks/meta`: a delivery, accepted only when `X-Hub-Signature-256` is the HMAC-SHA256 of the raw
 *   body with the server's app secret (CHORUS_META_APP_SECRET), or with the saved Meta app of the workspace of each
 *   account it names (../meta-signature.ts); unsigned or wrong → 401, signed by another workspace's app → 403, and
 *   nothing stored.
 * https://developers.facebook.com/docs/graph-api/webhooks/getting-started
 */
import { z } from 'zod';
import { ApiError } from '../../../core/errors.js';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { metaVerificationChallenge, sameVerifyToken } from '../../../networks/meta/webhooks.js';
import { anyWorkspaceSavedApp, isWorkspaceMetaVerifyToken } from '../../network-apps/service.js';
import { ingestSignedMetaDelivery, notConfigured } from '../service.js';
import { MAX_WEBHOOK_BODY, rawBody, rawBodyScope } from './raw-body.js';

const Handshake = z.object({
  'hub.mode': z.string().optional(),
  'hub.verify_token': z.string().optional(),
  'hub.challenge': z.string().optional(),
});

const route: RouteModule = (app, ctx) => {
  rawBodyScope(app, (scope) => {
    scope.get(
      '/api/v1/webhooks/meta',
      {
        config: { auth: false },
        schema: { tags: ['webhooks'], summary: "Meta's subscription handshake", querystring: Handshake, response: { 200: z.string(), 403: ErrorBody, 503: ErrorBody } },
      },
      async (request, reply) => {
        const serverToken = ctx.config.webhooks.metaVerifyToken;
        if (!serverToken && !(await anyWorkspaceSavedApp(ctx, 'facebook'))) {
          throw notConfigured('Meta', 'CHORUS_META_VERIFY_TOKEN (and CHORUS_META_APP_SECRET), or save a Meta app on the network apps page of a workspace,');
        }
        const given = request.query['hub.verify_token'] ?? '';
        // The server's token, or the one the network apps page shows for a workspace's own Meta app.
        const known = (serverToken !== undefined && sameVerifyToken(given, serverToken)) || (given !== '' && (await isWorkspaceMetaVerifyToken(ctx, given)));
        const challenge = known ? metaVerificationChallenge(request.query, given) : null;
        if (challenge === null) {
          throw new ApiError(403, 'forbidden', 'hub.mode must be "subscribe" and hub.verify_token must match CHORUS_META_VERIFY_TOKEN or the verify token the network apps page shows for the Meta app.');
        }
        return reply.type('text/plain; charset=utf-8').send(challenge);
      },
    );

    scope.post(
      '/api/v1/webhooks/meta',
      {
        bodyLimit: MAX_WEBHOOK_BODY,
        config: { auth: false },
        schema: { tags: ['webhooks'], summary: 'Meta webhook deliveries', response: { 200: z.object({ received: z.number().int() }), 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 503: ErrorBody } },
      },
      async (request) => {
        const raw = rawBody(request.body);
        let result;
        try {
          result = await ingestSignedMetaDelivery(ctx, raw, request.headers['x-hub-signature-256']);
        } catch (error) {
          if (error instanceof ApiError && (error.status === 401 || error.status === 403)) request.log.warn({ code: error.code }, 'Meta webhook refused: not signed by the app of the accounts it names');
          throw error;
        }
        if (result.unknownAccount) request.log.info({ items: result.unknownAccount }, 'Meta webhook items for accounts no channel connects');
        return { received: result.items };
      },
    );
  });
};

export default route;
