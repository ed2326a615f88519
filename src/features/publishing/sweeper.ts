/** Re-queues publications whose job went missing (long overdue and not leased). */
import type { AppContext } from '../../core/context.js';
import { publishJob } from './jobs.js';
import { publishingRepository } from './repository.js';

const OVERDUE_MS = 5 * 60_000;

export async function sweepStranded(ctx: AppContext): Promise<number> {
  const stranded = await publishingRepository.findStranded(ctx.database.db, new Date(Date.now() - OVERDUE_MS), 200);
  await ctx.jobs.sendMany(publishJob, stranded.map((p) => ({ data: { publicationId: p.id, version: p.version } })));
  if (stranded.length) ctx.log.warn({ count: stranded.length }, 're-queued overdue publications');
  return stranded.length;
}
