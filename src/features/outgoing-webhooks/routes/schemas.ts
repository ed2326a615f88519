/** The zod shapes shared by the outgoing-webhook endpoints. */
import { z } from 'zod';
import { WEBHOOK_EVENTS } from '../events.js';

export const WebhookEvent = z
  .enum(WEBHOOK_EVENTS)
  .describe('alert.fired (reserved: alerts will emit it), engagement.created, publication.published, publication.failed, conversion.created');

export const Webhook = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(WebhookEvent),
  createdAt: z.string(),
});

export const WebhookInput = z.object({
  url: z.string().trim().min(1, 'Enter the address Chorus should send events to.').max(2048, 'The address is longer than 2048 characters.'),
  events: z.array(WebhookEvent).min(1, 'Choose at least one event.').max(WEBHOOK_EVENTS.length * 2),
});

export const Delivery = z.object({
  id: z.string(),
  eventId: z.string().describe('The event\'s id, as in the body; the same for every webhook the event went to'),
  type: z.string().describe('The event type, or webhook.test'),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number().int(),
  lastStatus: z.number().int().nullable().describe('The HTTP status of the last attempt, if the receiver answered'),
  lastError: z.string().nullable(),
  responseExcerpt: z.string().nullable().describe('The start of the receiver\'s last answer (500 characters at most)'),
  nextAttemptAt: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  createdAt: z.string(),
});
