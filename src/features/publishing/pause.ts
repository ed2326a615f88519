/**
 * The crisis switch ("pause all publishing"): an admin holds every publication of the workspace at once — nothing
 * goes out, nothing is lost — and releases them all with one resume. The publisher does the holding when each
 * publication falls due (claim.ts), so what is created or rescheduled during the pause is held the same way.
 *
 * @example
 * await pausePublishing(ctx, access, 'Breaking news: holding the campaign');
 * const { released } = await resumePublishing(ctx, access); // every held publication back on schedule
 */
import type { AppContext } from '../../core/context.js';
import { conflict } from '../../core/errors.js';
import { auditRepository } from '../audit/repository.js';
import type { WorkspaceAccess } from '../workspaces/access.js';
import { publishJob } from './jobs.js';
import { pauseRepository } from './pause-repository.js';

export interface PublishingState {
  paused: boolean;
  since: string | null;
  /** Who paused: their name (their email when they gave none), or null when they no longer exist. */
  by: { id: string; name: string } | null;
  reason: string | null;
}

export async function publishingState(ctx: AppContext, workspaceId: string): Promise<PublishingState> {
  const row = await pauseRepository.find(ctx.database.db, workspaceId);
  if (!row) return { paused: false, since: null, by: null, reason: null };
  return {
    paused: true,
    since: row.paused_at.toISOString(),
    // People who never gave a name are shown by their email, as everywhere else in the app.
    by: row.paused_by ? { id: row.paused_by, name: row.paused_by_name || row.paused_by_email || '' } : null,
    reason: row.reason,
  };
}

export async function pausePublishing(ctx: AppContext, access: WorkspaceAccess, reason: string): Promise<PublishingState> {
  await ctx.database.db.transaction().execute(async (trx) => {
    if (!(await pauseRepository.pause(trx, { workspaceId: access.workspaceId, reason, userId: access.userId }))) {
      throw conflict('publishing_already_paused', 'Publishing is already paused in this workspace; resume it first to pause it again.');
    }
    await auditRepository.recordBy(trx, access, { action: 'publishing.paused', targetType: 'workspace', targetId: access.workspaceId, data: { reason } });
  });
  return publishingState(ctx, access.workspaceId);
}

/** Ends the pause; every publication it held goes back on the schedule (now, if its time has passed) and is queued. */
export async function resumePublishing(ctx: AppContext, access: WorkspaceAccess): Promise<PublishingState & { released: number }> {
  const released = await ctx.database.db.transaction().execute(async (trx) => {
    // The held ones first, in the claim's lock order; then the pause row, which waits for any claim that read it.
    await pauseRepository.lockHeld(trx, access.workspaceId);
    if (!(await pauseRepository.resume(trx, access.workspaceId))) {
      throw conflict('publishing_not_paused', 'Publishing is not paused in this workspace; there is nothing to resume.');
    }
    const pubs = await pauseRepository.releaseHeld(trx, access.workspaceId);
    await ctx.jobs.sendMany(
      publishJob,
      pubs.map((p) => ({ data: { publicationId: p.id, version: p.version }, startAfter: p.scheduled_at ?? new Date() })),
      { trx },
    );
    await auditRepository.recordBy(trx, access, {
      action: 'publishing.resumed',
      targetType: 'workspace',
      targetId: access.workspaceId,
      data: { released: pubs.length },
    });
    return pubs.length;
  });
  return { ...(await publishingState(ctx, access.workspaceId)), released };
}
