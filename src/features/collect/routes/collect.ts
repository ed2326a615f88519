/**
 * `POST /api/v1/collect` (public): what the tracking snippet sends from customers' pages — page views, share-token
 * requests and conversions. JSON arrives as `text/plain` (a CORS simple request, no preflight), so this route's
 * own plugin scope parses text/plain as JSON; nothing changes for the rest of the API. Only origins the workspace
 * lists get an answer they can read (`Access-Control-Allow-Origin: <origin>`); others get 403. Cookies play no
 * part: nothing here reads `request.actor`. `OPTIONS` answers a preflight for an origin that some workspace allows.
 */
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../../../core/errors.js';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { CollectBody } from '../schemas.js';
import { checkCollectOrigin, mintShareToken, preflightAllowed, recordConversion, recordPageView } from '../service.js';

/** The snippet's largest body is a conversion with a long URL: 4 KB is ample and bounds what a stranger can send. */
export const MAX_COLLECT_BODY = 4096;
/**
 * Per IP address: a page costs 1–2 requests (view, maybe a token) plus conversions. 240 a minute leaves room for
 * many visitors behind one NAT (an office, a mobile carrier) while capping what one machine can write.
 */
export const COLLECT_RATE_LIMIT = { max: 240, timeWindow: '1 minute' } as const;

const CORS_HEADERS = { 'access-control-allow-methods': 'POST, OPTIONS', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '600' };

const route: RouteModule = (app, ctx) => {
  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    // Scoped to this plugin: elsewhere text/plain keeps Fastify's default (a string).
    scope.removeContentTypeParser('text/plain');
    scope.addContentTypeParser('text/plain', { parseAs: 'string', bodyLimit: MAX_COLLECT_BODY }, (_request, body, done) => {
      try {
        done(null, JSON.parse(body as string));
      } catch {
        done(new ApiError(400, 'invalid_json', 'The body must be one JSON object (the snippet sends it as text/plain).'), undefined);
      }
    });

    scope.post(
      '/api/v1/collect',
      {
        bodyLimit: MAX_COLLECT_BODY,
        config: { rateLimit: COLLECT_RATE_LIMIT, auth: false },
        schema: {
          tags: ['tracking'],
          summary: 'Tracking events from the /t.js snippet',
          body: CollectBody,
          response: { 200: z.object({ ref: z.string() }), 204: z.null().describe('Stored'), 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 422: ErrorBody, 429: ErrorBody },
        },
      },
      async (request, reply) => {
        reply.header('vary', 'Origin');
        const body = request.body;
        const origin = await checkCollectOrigin(ctx, body.workspaceId, request.headers.origin);
        // Set before the work, so a 422 below is readable by the page too.
        reply.header('access-control-allow-origin', origin);
        if (body.type === 'share_token') return reply.code(200).send({ ref: await mintShareToken(ctx, body.workspaceId, body) });
        if (body.type === 'pageview') await recordPageView(ctx, body.workspaceId, body);
        else await recordConversion(ctx, body.workspaceId, body);
        return reply.code(204).send(null);
      },
    );

    scope.options('/api/v1/collect', { config: { rateLimit: COLLECT_RATE_LIMIT, auth: false }, schema: { hide: true } }, async (request, reply) => {
      reply.header('vary', 'Origin');
      const origin = await preflightAllowed(ctx, request.headers.origin);
      if (!origin) {
        throw new ApiError(403, 'forbidden', 'This site is not allowed to send tracking data to Chorus. An admin can add its origin to a workspace\'s tracking origins.');
      }
      return reply.code(204).headers({ ...CORS_HEADERS, 'access-control-allow-origin': origin }).send();
    });
  });
};

export default route;
