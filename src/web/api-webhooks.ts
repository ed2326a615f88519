/**
 * A workspace's outgoing webhooks: list, create (the answer carries the secret, the only time), delete, send a test,
 * and each one's delivery log. Same conventions as api.ts (typed calls through api/client.ts; every type is read
 * from the server's OpenAPI document).
 *
 * @example
 *   const { webhook, secret } = await webhooksApi.create(ws, { url: 'https://example.com/hooks', events: ['publication.published'] });
 */
import { answer, client, done } from './api/client';
import type { Answer, Input } from './api/types';

export type Webhook = Answer<'/api/v1/workspaces/{ws}/webhooks', 'get'>['webhooks'][number];
export type WebhookEvent = Webhook['events'][number];
export type WebhookInput = Input<'/api/v1/workspaces/{ws}/webhooks', 'post'>;
export type Delivery = Answer<'/api/v1/workspaces/{ws}/webhooks/{webhookId}/deliveries', 'get'>['deliveries'][number];

/** In the order the form offers them; `alert.fired` has no sender yet but can be subscribed to already. */
export const WEBHOOK_EVENTS: WebhookEvent[] = ['publication.published', 'publication.failed', 'engagement.created', 'conversion.created', 'alert.fired'];

const at = (ws: string, webhookId: string) => ({ params: { path: { ws, webhookId } } });

export const webhooksApi = {
  list: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/webhooks', { params: { path: { ws } } })),
  create: (ws: string, body: WebhookInput) => answer(client.POST('/api/v1/workspaces/{ws}/webhooks', { params: { path: { ws } }, body })),
  remove: (ws: string, webhookId: string) => done(client.DELETE('/api/v1/workspaces/{ws}/webhooks/{webhookId}', at(ws, webhookId))),
  sendTest: (ws: string, webhookId: string) => answer(client.POST('/api/v1/workspaces/{ws}/webhooks/{webhookId}/test', at(ws, webhookId))),
  deliveries: (ws: string, webhookId: string) =>
    answer(client.GET('/api/v1/workspaces/{ws}/webhooks/{webhookId}/deliveries', { params: { path: { ws, webhookId }, query: { limit: 25 } } })),
};
