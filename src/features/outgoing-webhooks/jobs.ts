/** The delivery job: "send delivery X now". Each failed attempt queues the next one itself, at its backoff. */
import { z } from 'zod';
import type { JobDefinition } from '../../core/jobs.js';

export const webhookDeliveryJob = {
  name: 'webhook-delivery.v1',
  schema: z.object({ deliveryId: z.uuid() }),
  // The job's own retries are for a crash or a database error only; the receiver's failures are scheduled by us.
  retryLimit: 3,
} satisfies JobDefinition<z.ZodType>;
