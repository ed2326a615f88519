/**
 * The events a workspace can subscribe a webhook to, and emitting them. An event becomes one delivery per subscribed
 * webhook, inserted in the caller's transaction with its delivery job, so an event exists if and only if its cause
 * was stored. `alert.fired` is emitted by the alert rules (features/alerts/service.ts) when `notify.webhooks` is not false.
 *
 * @example
 * await emitEvent(ctx, trx, workspaceId, 'conversion.created', { id, name, value, currency });
 */
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../core/context.js';
import type { Tx } from '../../db/database.js';
import { webhookDeliveryJob } from './jobs.js';
import { outgoingWebhooksRepository as repo, type NewEvent } from './repository.js';

export const WEBHOOK_EVENTS = ['alert.fired', 'engagement.created', 'publication.published', 'publication.failed', 'conversion.created'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];
/** Sent only by "Send a test", to the one webhook it was asked for; not subscribable. */
export const TEST_EVENT = 'webhook.test';

/** The JSON every delivery carries; `id` is the event's, the same for every webhook it goes to. */
export function eventBody(id: string, type: string, createdAt: Date, data: unknown): string {
  return JSON.stringify({ id, type, createdAt: createdAt.toISOString(), data });
}

/** Emits one event of one workspace (see `emitEvents`). */
export async function emitEvent(ctx: AppContext, trx: Tx, workspaceId: string, type: WebhookEventType, data: unknown): Promise<void> {
  await emitEvents(ctx, trx, [{ workspaceId, type, data }]);
}

/**
 * Emits many events (of any workspaces and types): one small read of which (workspace, type) pairs have a subscribed
 * webhook, then — only for events that have one — one statement that inserts the deliveries and one that queues their
 * jobs. Asking first means a burst of inbox items in a workspace without webhooks builds and sends no event bodies
 * (the ingest bench measured them at about a tenth of storing a batch).
 */
export async function emitEvents(ctx: AppContext, trx: Tx, events: Array<{ workspaceId: string; type: WebhookEventType; data: unknown }>): Promise<void> {
  if (events.length === 0) return;
  const subscribed = await repo.subscribedTypes(trx, [...new Set(events.map((e) => e.workspaceId))]);
  const wanted = events.filter((e) => subscribed.has(`${e.workspaceId} ${e.type}`));
  if (wanted.length === 0) return;
  const now = new Date();
  const rows: NewEvent[] = wanted.map((e) => {
    const eventId = randomUUID();
    return { workspaceId: e.workspaceId, eventId, type: e.type, body: eventBody(eventId, e.type, now, e.data) };
  });
  const ids = await repo.insertDeliveries(trx, rows, now);
  await ctx.jobs.sendMany(webhookDeliveryJob, ids.map((deliveryId) => ({ data: { deliveryId } })), { trx });
}
