/**
 * Re-queues inbox replies whose job went missing. A reply's job can only be lost if the queue's rows were (a restore
 * from backup, a manual purge, a job that exhausted its retries while the reply still waited): without this, such a
 * reply would stay "queued" for ever. The sender's claim makes a duplicate job harmless (reply-sender.ts).
 *
 * @example
 *   setInterval(() => void sweepStrandedReplies(ctx), 60_000);
 */
import type { AppContext } from '../../core/context.js';
import { engagementReplyJob } from './jobs.js';
import { repliesRepository } from './replies-repository.js';

/** A reply is taken for lost when nothing about it was due for this long (a job normally runs within seconds). */
const OVERDUE_MS = 5 * 60_000;

export async function sweepStrandedReplies(ctx: AppContext, now = Date.now()): Promise<number> {
  const stranded = await repliesRepository.findStranded(ctx.database.db, new Date(now - OVERDUE_MS), 200);
  await ctx.jobs.sendMany(engagementReplyJob, stranded.map((r) => ({ data: { replyId: r.id } })));
  if (stranded.length) ctx.log.warn({ count: stranded.length }, 're-queued inbox replies whose job was lost');
  return stranded.length;
}
