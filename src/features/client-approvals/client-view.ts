/**
 * Client approval links, the client's side: what a link shows (each post as each network will show it) and the one
 * decision per post it allows. No account and no session: the token is the credential. An unknown or malformed token
 * is a 404 like any missing page; a revoked or expired one is a 410 that says so, so the client knows to ask again.
 */
import type { AppContext } from '../../core/context.js';
import { ApiError, conflict, notFound } from '../../core/errors.js';
import type { ClientDecision } from '../../db/schema.js';
import { auditRepository } from '../audit/repository.js';
import { hashSecret } from '../auth/secrets.js';
import { clientDecisionEmailJob } from './notify.js';
import { notify } from '../notifications/service.js';
import { clientApprovalsRepository as repo, type ClientApprovalLink } from './repository.js';
import { presentDecision, TOKEN_PREFIX } from './service.js';
import { holdScheduledPost } from './hold.js';
import { applyToPost, clientReason } from './post-state.js';

/** base64url of 32 random bytes behind the prefix: anything else is not looked up at all. */
const TOKEN_SHAPE = new RegExp(`^${TOKEN_PREFIX}[A-Za-z0-9_-]{43}$`);

/** The live link a token opens; 404 unknown, 410 revoked or expired. */
export async function openLink(ctx: AppContext, token: string, now = new Date()): Promise<ClientApprovalLink> {
  const link = TOKEN_SHAPE.test(token) ? await repo.findByTokenHash(ctx.database.db, hashSecret(token)) : undefined;
  if (!link) throw new ApiError(404, 'not_found', 'This approval link does not exist. Check that the whole address was copied.');
  if (link.revoked_at) throw new ApiError(410, 'approval_link_revoked', 'This approval link was withdrawn by the team. Ask them for a new one.');
  if (link.expires_at.getTime() <= now.getTime()) throw new ApiError(410, 'approval_link_expired', 'This approval link has expired. Ask the team for a new one.');
  return link;
}

/** What the client sees: each post with one preview per network (its own text, media through signed URLs, its time). */
export async function clientView(ctx: AppContext, token: string, now = new Date()) {
  const link = await openLink(ctx, token, now);
  const db = ctx.database.db;
  const { posts, publications } = await repo.postsForClient(db, link.workspace_id, link.post_ids);
  const decisions = await repo.decisionsOfLinks(db, [link.id]);
  const mediaIds = [...new Set(publications.flatMap((p) => p.media_ids))];
  const media = new Map((await repo.mediaOfWorkspace(db, link.workspace_id, mediaIds)).map((m) => [m.id, m]));
  // Signed for a while, never past the link's own end: a revoked link's images stop with the next expiry.
  const ttl = Math.max(60, Math.min(ctx.config.mediaUrlTtlSeconds, Math.floor((link.expires_at.getTime() - now.getTime()) / 1000)));
  const mediaOf = (ids: string[]) =>
    ids.flatMap((id) => {
      const m = media.get(id);
      return m ? [{ url: ctx.config.publicUrl + ctx.media.signedPath(id, ttl, now.getTime()), mimeType: m.mime_type, altText: m.alt_text }] : [];
    });
  const order = new Map(link.post_ids.map((id, i) => [id, i]));
  return {
    workspaceName: await repo.workspaceName(db, link.workspace_id),
    note: link.note,
    expiresAt: link.expires_at.toISOString(),
    posts: [...posts]
      .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
      .map((post) => {
        const decision = decisions.find((d) => d.post_id === post.id);
        return {
          id: post.id,
          scheduledAt: post.scheduled_at?.toISOString() ?? null,
          decision: decision ? presentDecision(decision) : null,
          previews: publications
            .filter((p) => p.post_id === post.id)
            .map((p) => ({ network: p.network, channelName: p.display_name || p.handle, handle: p.handle, text: p.text, scheduledAt: p.scheduled_at?.toISOString() ?? null, media: mediaOf(p.media_ids) })),
        };
      }),
  };
}

export interface DecisionInput {
  postId: string;
  decision: ClientDecision;
  comment?: string | undefined;
  name?: string | undefined;
}

/**
 * Records the client's decision on one post of the link: once (a second answers 409), audited as made through the
 * link by the name given, the post moved on where it waits for approval, and its author and the link's maker told.
 * Changes asked on a post already scheduled take it off the schedule in the same transaction (see hold.ts).
 */
export async function decide(ctx: AppContext, token: string, input: DecisionInput, now = new Date()) {
  const link = await openLink(ctx, token, now);
  // Only the link's own posts: another link's (or workspace's) post id is unknown here.
  if (!link.post_ids.includes(input.postId)) throw notFound('Post');
  const comment = (input.comment ?? '').trim();
  const name = (input.name ?? '').trim();
  const row = await ctx.database.db.transaction().execute(async (trx) => {
    if ((await repo.postsOfWorkspace(trx, link.workspace_id, [input.postId])).length === 0) throw notFound('Post');
    const saved = await repo.decide(trx, { linkId: link.id, postId: input.postId, workspaceId: link.workspace_id, decision: input.decision, comment, name });
    if (!saved) throw conflict('already_decided', 'A decision was already given on this post through this link. Ask the team if it needs to change.', 'postId');
    // A post the team already scheduled stops here, with the decision: it must not go out as the client saw it.
    const hold = input.decision === 'changes_requested' ? await holdScheduledPost(trx, link.workspace_id, input.postId, clientReason(saved)) : null;
    const held = hold ? { takenOffSchedule: true, postStatus: hold.status, alreadySent: hold.alreadySent } : {};
    await auditRepository.record(trx, {
      workspaceId: link.workspace_id, actorUserId: null, action: input.decision === 'approved' ? 'client_approval.approved' : 'client_approval.changes_requested',
      targetType: 'post', targetId: input.postId, data: { linkId: link.id, name, comment, ...held },
    });
    // The post's author and the link's maker see it in the app at once, and by email when the server sends email.
    const { userIds } = await repo.peopleToTell(trx, link.workspace_id, input.postId, link.created_by);
    await notify(trx, {
      workspaceId: link.workspace_id, userIds, kind: 'post.client_decision', actorUserId: null, targetType: 'post', targetId: input.postId,
      data: { decision: input.decision, name, comment: comment.slice(0, 200), ...held },
    });
    await ctx.jobs.send(clientDecisionEmailJob, { linkId: link.id, postId: input.postId, ...(hold && { hold: { alreadySent: hold.alreadySent } }) }, { trx });
    return { saved, hold };
  });
  // A post waiting for approval moves on as an editor's decision would; one just held has already moved.
  const postStatus = row.hold ? row.hold.status : await applyToPost(ctx, link, row.saved);
  return { ...presentDecision(row.saved), postStatus };
}
