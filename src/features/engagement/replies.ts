/**
 * Replies from the inbox, as people ask for them: an editor's reply is queued for the reply job (reply-sender.ts), a
 * contributor's waits for an editor's approval, like their posts. No HTTP and no SQL here.
 */
import type { AppContext } from '../../core/context.js';
import { conflict, invalid, notFound } from '../../core/errors.js';
import type { Tx } from '../../db/database.js';
import { atLeast } from '../auth/actor.js';
import { auditRepository } from '../audit/repository.js';
import { isUuid, type WorkspaceAccess } from '../workspaces/access.js';
import { engagementReplyJob } from './jobs.js';
import { engagementsRepository } from './repository.js';
import { repliesRepository, type EngagementReplyRow, type PendingReplyRow } from './replies-repository.js';
import { target } from './service.js';

/** A reply as the API shows it. */
export function publicReply(row: EngagementReplyRow) {
  return {
    id: row.id,
    engagementId: row.engagement_id,
    channelId: row.channel_id,
    text: row.text,
    status: row.status,
    authorId: row.author_id,
    approvedBy: row.approved_by,
    attempts: row.attempt,
    externalId: row.external_id,
    url: row.url,
    error: row.error,
    errorCode: row.error_code,
    createdAt: row.created_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
  };
}

function publicPending(row: PendingReplyRow) {
  return { ...publicReply(row), engagement: { text: row.engagement_text, authorHandle: row.engagement_author_handle, network: row.network } };
}

/**
 * Queues a reply from the channel that received the item (editors and above), or keeps a contributor's for approval.
 * The text is checked against the network's rules now, so a reply that cannot go out is refused while its author
 * is still there. A second reply while one is queued is a second reply (another text, or the same one on purpose).
 */
export async function queueReply(ctx: AppContext, access: WorkspaceAccess, engagementId: string, text: string) {
  const t = await target(ctx, access, engagementId);
  if (t.row.kind === 'direct_message') {
    throw invalid('unsupported', `Chorus cannot answer ${t.channel.network} direct messages yet; answer in the ${t.channel.network} app.`);
  }
  const violations = t.connector.validate({ text, media: [] }, t.connector.limits(t.channel.limits));
  if (violations.length > 0) {
    throw invalid('content_invalid', violations.map((v) => v.message).join(' '), 'text', { violations });
  }
  const needsApproval = !atLeast(access.role, 'editor');
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = await repliesRepository.insert(trx, {
      workspaceId: access.workspaceId,
      engagementId: t.row.id,
      channelId: t.channel.id,
      text,
      status: needsApproval ? 'pending_approval' : 'queued',
      authorId: access.userId,
      approvedBy: null,
    });
    // In the same transaction: the job exists if and only if the queued reply does.
    if (!needsApproval) await ctx.jobs.send(engagementReplyJob, { replyId: row.id }, { trx });
    return { reply: publicReply(row) };
  });
}

/** An item's replies, oldest first, with where each stands. */
export async function listReplies(ctx: AppContext, access: WorkspaceAccess, engagementId: string) {
  const db = ctx.database.db;
  const item = isUuid(engagementId) ? await engagementsRepository.find(db, access.workspaceId, engagementId) : undefined;
  if (!item) throw notFound('Engagement');
  return { replies: (await repliesRepository.listForEngagement(db, access.workspaceId, item.id)).map(publicReply) };
}

/** The workspace's replies waiting for an editor, with the item each answers (the approvals page). */
export async function listPendingReplies(ctx: AppContext, access: WorkspaceAccess) {
  const db = ctx.database.db;
  const [rows, count] = await Promise.all([repliesRepository.listPending(db, access.workspaceId), repliesRepository.countPending(db, access.workspaceId)]);
  return { replies: rows.map(publicPending), count };
}

/** Approves a contributor's reply (editors and above): it is queued to go out at once. */
export async function approveReply(ctx: AppContext, access: WorkspaceAccess, replyId: string) {
  return decide(ctx, access, replyId, 'approved', async (trx, row) => {
    const next = await repliesRepository.decide(trx, row.id, { status: 'queued', approvedBy: access.userId });
    await ctx.jobs.send(engagementReplyJob, { replyId: row.id }, { trx });
    return next;
  });
}

/** Rejects a contributor's reply (editors and above); the reason is kept on it for its author. */
export async function rejectReply(ctx: AppContext, access: WorkspaceAccess, replyId: string, reason: string) {
  return decide(ctx, access, replyId, 'rejected', (trx, row) => repliesRepository.decide(trx, row.id, { status: 'rejected', reason: reason || null }));
}

async function decide(
  ctx: AppContext,
  access: WorkspaceAccess,
  replyId: string,
  decision: 'approved' | 'rejected',
  apply: (trx: Tx, row: EngagementReplyRow) => Promise<EngagementReplyRow>,
) {
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = isUuid(replyId) ? await repliesRepository.lockInWorkspace(trx, access.workspaceId, replyId) : undefined;
    if (!row) throw notFound('Reply');
    if (row.status !== 'pending_approval') {
      throw conflict('reply_not_pending', `Only replies waiting for approval can be ${decision}; this one is ${row.status.replace('_', ' ')}.`);
    }
    const next = await apply(trx, row);
    await auditRepository.recordBy(trx, access, {
      action: decision === 'approved' ? 'engagement.reply_approved' : 'engagement.reply_rejected',
      targetType: 'engagement',
      targetId: row.engagement_id,
      data: { replyId: row.id, ...(decision === 'rejected' && next.error ? { reason: next.error } : {}) },
    });
    return { reply: publicReply(next) };
  });
}
