/**
 * The publish job: "publish publication X as of version V". A job whose version is stale (the post was edited or
 * rescheduled since) does nothing; the edit queued its own job.
 */
import { z } from 'zod';
import type { JobDefinition } from '../../core/jobs.js';
import type { Tx } from '../../db/database.js';
import type { JobQueue } from '../../core/jobs.js';

export const publishJob = {
  name: 'publish.v1',
  schema: z.object({ publicationId: z.uuid(), version: z.number().int() }),
} satisfies JobDefinition<z.ZodType>;

/** Queues the publish job for a publication, inside the caller's transaction. */
export async function queuePublish(
  jobs: JobQueue,
  trx: Tx,
  pub: { id: string; version: number; scheduled_at: Date | null },
): Promise<void> {
  await jobs.send(publishJob, { publicationId: pub.id, version: pub.version }, { trx, startAfter: pub.scheduled_at ?? new Date() });
}
