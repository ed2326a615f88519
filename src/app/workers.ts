/** The background work a worker process runs: the publisher and its sweeper. */
import type { z } from 'zod';
import type { AppContext } from './context.js';
import type { JobDefinition } from './jobs.js';
import { publishJob } from '../features/publishing/jobs.js';
import { runPublish } from '../features/publishing/publisher.js';
import { sweepStranded } from '../features/publishing/sweeper.js';
import { ensureClickPartitions } from '../features/links/click-partitions.js';

/** Every queue, created on start by every process (so `serve` can queue what `worker` runs). */
export const jobDefinitions: JobDefinition<z.ZodType>[] = [publishJob];

/** Starts the job loops; resolves the returned function once in-flight work has finished. */
export function startWorkers(ctx: AppContext): () => Promise<void> {
  ctx.jobs.work(publishJob, (data) => runPublish(ctx, data), ctx.config.workerConcurrency);
  // A publish job can only be lost if the queue's rows were (a restore from backup, a manual purge): the sweeper
  // re-queues publications long overdue. Duplicates are harmless: the claim skips finished or leased work.
  const timer = setInterval(() => {
    sweepStranded(ctx).catch((error) => ctx.log.error({ err: error }, 'sweeper failed'));
  }, 60_000);
  timer.unref();
  // Next months' click partitions, made well before they are needed (also done at every start).
  const partitions = setInterval(() => {
    ensureClickPartitions(ctx.database.db).catch((error) => ctx.log.error({ err: error }, 'creating click partitions failed'));
  }, 6 * 3_600_000);
  partitions.unref();
  return async () => {
    clearInterval(timer);
    clearInterval(partitions);
  };
}
