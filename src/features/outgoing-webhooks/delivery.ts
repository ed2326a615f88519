/**
 * Sending one delivery: POST its stored body, signed like Stripe's (`Chorus-Signature: t=<unix s>,v1=<hex
 * HMAC-SHA256(secret, "<t>.<body>")>`), through the local-address guard (checked where the socket opens, so a name
 * that resolves to this machine later is still refused). Redirects are not followed: a 3xx is a failure. 2xx is
 * success; anything else is retried at the next backoff step until a day has passed since the event.
 *
 * @example
 * // A receiver checks: hmac('sha256', secret).update(`${t}.${rawBody}`).digest('hex') === v1, and t is recent.
 */
import { createHmac } from 'node:crypto';
import type { AppContext } from '../../core/context.js';
import { guardedFetch, unsafeAddressIn } from '../../networks/safe-fetch.js';
import { webhookDeliveryJob } from './jobs.js';
import { outgoingWebhooksRepository as repo, type DeliveryToSend } from './repository.js';
import { openWebhookSecret } from './service.js';

/** After the 1st, 2nd … failed attempt; the last one is before the day runs out (1+5+30 min, 2+6+12 h ≈ 20.6 h). */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000, 12 * 3_600_000];
export const GIVE_UP_AFTER_MS = 24 * 3_600_000;
const TIMEOUT_MS = 10_000;
/** How much of the receiver's answer is kept, to help debug it; the rest is never stored. */
export const EXCERPT_CHARS = 500;

export function signatureHeader(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

interface Outcome {
  ok: boolean;
  httpStatus: number | null;
  error: string | null;
  excerpt: string | null;
}

/** Sends the delivery once and records the attempt; queues the next attempt when it failed and time remains. */
export async function deliverWebhook(ctx: AppContext, deliveryId: string, now = () => new Date()): Promise<void> {
  const delivery = await repo.findPending(ctx.database.db, deliveryId);
  if (!delivery) return;
  const outcome = await send(ctx, delivery, now());
  const at = now();
  const attempt = delivery.attempts + 1;
  const delay = RETRY_DELAYS_MS[attempt - 1];
  const next = !outcome.ok && delay !== undefined ? new Date(at.getTime() + delay) : null;
  const giveUp = !outcome.ok && (!next || next.getTime() > delivery.created_at.getTime() + GIVE_UP_AFTER_MS);
  const status = outcome.ok ? 'delivered' : giveUp ? 'failed' : 'pending';
  await ctx.database.db.transaction().execute(async (trx) => {
    const nextAttemptAt = status === 'pending' ? next : null;
    const recorded = await repo.recordAttempt(trx, { id: delivery.id, status, httpStatus: outcome.httpStatus, error: outcome.error, excerpt: outcome.excerpt, at, nextAttemptAt }, delivery.attempts);
    if (recorded && nextAttemptAt) await ctx.jobs.send(webhookDeliveryJob, { deliveryId: delivery.id }, { trx, startAfter: nextAttemptAt });
  });
}

async function send(ctx: AppContext, delivery: DeliveryToSend, at: Date): Promise<Outcome> {
  const secret = openWebhookSecret(ctx, delivery.workspace_id, delivery.webhook_id, delivery.secret_enc);
  try {
    const res = await guardedFetch()(delivery.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Chorus-Webhooks/1',
        'chorus-signature': signatureHeader(secret, delivery.body, at),
        'chorus-event-id': delivery.event_id,
        'chorus-delivery-id': delivery.id,
      },
      body: delivery.body,
    });
    const excerpt = await readExcerpt(res);
    if (res.status >= 200 && res.status < 300) return { ok: true, httpStatus: res.status, error: null, excerpt };
    const location = res.headers.get('location');
    const error =
      res.status >= 300 && res.status < 400
        ? `The receiver redirected (HTTP ${res.status}${location ? ` to ${location.slice(0, 200)}` : ''}); redirects are not followed.`
        : `The receiver answered HTTP ${res.status}.`;
    return { ok: false, httpStatus: res.status, error, excerpt };
  } catch (error) {
    const unsafe = unsafeAddressIn(error);
    const message = unsafe
      ? unsafe.message
      : (error as Error).name === 'TimeoutError'
        ? `No answer within ${TIMEOUT_MS / 1000} s.`
        : `Could not reach the receiver: ${causeOf(error)}`;
    ctx.log.info({ deliveryId: delivery.id, err: message }, 'webhook delivery failed');
    return { ok: false, httpStatus: null, error: message, excerpt: null };
  }
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  return (cause instanceof Error ? cause.message : (error as Error).message).slice(0, 300);
}

/** The start of the answer's body; the rest is not read. */
async function readExcerpt(res: Response): Promise<string | null> {
  if (!res.body) return null;
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    while (text.length < EXCERPT_CHARS) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    // An answer cut short still counts by its status.
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return text ? text.slice(0, EXCERPT_CHARS) : null;
}
