/**
 * `POST /api/v1/workspaces/{ws}/webhooks {url, events}` (admins): subscribes an https address to events. Answers the
 * webhook and its signing secret, which is never shown again. 422 `unsafe_url` for a local or private address,
 * `webhook_url_invalid` for one that is not https or carries a user name. Audited (without the secret).
 */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { createWebhook } from '../service.js';
import { Webhook, WebhookInput } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/webhooks',
      role: 'admin',
      status: 201,
      schema: {
        tags: ['webhooks'],
        summary: 'Send events to an address (admins)',
        description:
          'Each delivery is a POST of `{id, type, createdAt, data}` with `Chorus-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the secret>`.',
        body: WebhookInput,
        response: { 201: z.object({ webhook: Webhook, secret: z.string().describe('Shown only now: keep it to verify signatures') }), 422: ErrorBody },
      },
    },
    async ({ access, body }) => createWebhook(ctx, access, body),
  );
};

export default route;
