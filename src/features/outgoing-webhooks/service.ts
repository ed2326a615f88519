/**
 * A workspace's outgoing webhooks (issue "Engage"): admins subscribe an https URL to events; Chorus POSTs each event
 * there, signed with the webhook's secret, and retries for a day. The secret is shown once, at creation, then only
 * kept sealed (bound to the workspace and the webhook). URLs are checked for local and private addresses here (the
 * early, friendly 422 `unsafe_url`) and again at every delivery, where the connection opens.
 *
 * @example
 * const { webhook, secret } = await createWebhook(ctx, access, { url: 'https://example.com/hooks', events: ['publication.published'] });
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { AppContext } from '../../core/context.js';
import { invalid } from '../../core/errors.js';
import { allowPrivateNetworks } from '../../networks/safe-fetch.js';
import { assertPublicHttpUrl, UnsafeUrlError } from '../../networks/safe-url.js';
import { auditRepository } from '../audit/repository.js';
import type { WorkspaceAccess } from '../workspaces/access.js';
import { eventBody, TEST_EVENT, type WebhookEventType } from './events.js';
import { webhookDeliveryJob } from './jobs.js';
import { outgoingWebhooksRepository as repo, type DeliveryRow, type WebhookRow } from './repository.js';

export const MAX_URL_LENGTH = 2048;

export interface WebhookView {
  id: string;
  url: string;
  events: WebhookEventType[];
  createdAt: string;
}

export interface DeliveryView {
  id: string;
  eventId: string;
  type: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  responseExcerpt: string | null;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  createdAt: string;
}

const boundTo = (workspaceId: string, webhookId: string) => `outgoing-webhook:${workspaceId}:${webhookId}`;

export function openWebhookSecret(ctx: AppContext, workspaceId: string, webhookId: string, sealed: string): string {
  return ctx.secrets.open(sealed, boundTo(workspaceId, webhookId))['secret'] ?? '';
}

export function toWebhookView(row: WebhookRow): WebhookView {
  return { id: row.id, url: row.url, events: row.events as WebhookEventType[], createdAt: row.created_at.toISOString() };
}

export function toDeliveryView(row: DeliveryRow): DeliveryView {
  return {
    id: row.id,
    eventId: row.event_id,
    type: row.event_type,
    status: row.status,
    attempts: row.attempts,
    lastStatus: row.last_status,
    lastError: row.last_error,
    responseExcerpt: row.response_excerpt,
    nextAttemptAt: row.next_attempt_at?.toISOString() ?? null,
    lastAttemptAt: row.last_attempt_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

/** https only (http too when private networks are allowed, for tests and private set-ups), and never a local address. */
export async function checkWebhookUrl(raw: string): Promise<string> {
  const bad = (message: string) => invalid('webhook_url_invalid', message, 'url');
  if (raw.length > MAX_URL_LENGTH) throw bad(`The address is longer than ${MAX_URL_LENGTH} characters.`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw bad(`"${raw.slice(0, 100)}" is not an address; it should look like https://example.com/hooks/chorus.`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && allowPrivateNetworks())) {
    throw bad('The address must start with https:// so deliveries are encrypted.');
  }
  if (url.username || url.password) throw bad('The address must not contain a user name or password; put a token in its path or query instead.');
  try {
    await assertPublicHttpUrl(url.toString());
  } catch (error) {
    if (error instanceof UnsafeUrlError) throw invalid('unsafe_url', error.message, 'url');
    throw error;
  }
  return url.toString();
}

/** Creates a webhook and answers its secret, the only time it is shown. Audited without the secret. */
export async function createWebhook(
  ctx: AppContext,
  access: WorkspaceAccess,
  input: { url: string; events: WebhookEventType[] },
): Promise<{ webhook: WebhookView; secret: string }> {
  const url = await checkWebhookUrl(input.url);
  const events = [...new Set(input.events)];
  const secret = `whsec_${randomBytes(24).toString('base64url')}`;
  const row = await ctx.database.db.transaction().execute(async (trx) => {
    const id = randomUUID();
    const created = await repo.create(trx, {
      id,
      workspaceId: access.workspaceId,
      url,
      events,
      secretEnc: ctx.secrets.seal({ secret }, boundTo(access.workspaceId, id)),
      userId: access.userId,
    });
    await auditRepository.recordBy(trx, access, { action: 'webhook.created', targetType: 'webhook', targetId: created.id, data: { url, events } });
    return created;
  });
  return { webhook: toWebhookView(row), secret };
}

export async function listWebhooks(ctx: AppContext, workspaceId: string): Promise<WebhookView[]> {
  return (await repo.list(ctx.database.db, workspaceId)).map(toWebhookView);
}

/** Deletes a webhook and its delivery log; false when the workspace has no such webhook. Audited. */
export async function removeWebhook(ctx: AppContext, access: WorkspaceAccess, id: string): Promise<boolean> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const removed = await repo.remove(trx, access.workspaceId, id);
    if (removed) await auditRepository.recordBy(trx, access, { action: 'webhook.deleted', targetType: 'webhook', targetId: id, data: { url: removed.url } });
    return removed !== undefined;
  });
}

/** Queues a `webhook.test` ping to this webhook only; undefined when the workspace has no such webhook. */
export async function sendTestEvent(ctx: AppContext, workspaceId: string, webhookId: string): Promise<DeliveryView | undefined> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const webhook = await repo.find(trx, workspaceId, webhookId);
    if (!webhook) return undefined;
    const eventId = randomUUID();
    const now = new Date();
    const body = eventBody(eventId, TEST_EVENT, now, { webhookId, message: 'A test event sent from Chorus.' });
    const row = await repo.insertOne(trx, { webhookId, workspaceId, eventId, type: TEST_EVENT, body, nextAttemptAt: now });
    await ctx.jobs.send(webhookDeliveryJob, { deliveryId: row.id }, { trx });
    return toDeliveryView(row);
  });
}

/** A webhook's delivery log, newest first; undefined when the workspace has no such webhook. */
export async function listDeliveries(
  ctx: AppContext,
  workspaceId: string,
  webhookId: string,
  page: { limit: number; before?: { at: Date; id?: string } },
): Promise<DeliveryView[] | undefined> {
  if (!(await repo.find(ctx.database.db, workspaceId, webhookId))) return undefined;
  return (await repo.listDeliveries(ctx.database.db, webhookId, page.limit, page.before)).map(toDeliveryView);
}
