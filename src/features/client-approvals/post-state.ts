/**
 * A client's decision moves the post on where the post is waiting for approval: "approved" schedules it as an editor's
 * approval would, "changes requested" sends it back to its author as a draft with the client's comment as the reason.
 * The link's maker vouched for the client when they made it, so the change is made with their access, while they
 * are still an editor or owner of the workspace; otherwise the decision is only recorded and the team acts on it.
 * A post an editor had already scheduled is held when the client asks for changes (hold.ts, with the decision); in
 * any other case (approved while scheduled, published) it keeps its state and the decision is shown to the team.
 */
import type { AppContext } from '../../core/context.js';
import { ApiError } from '../../core/errors.js';
import { atLeast } from '../auth/actor.js';
import { approvePost, rejectPost } from '../posts/service.js';
import { workspacesRepository } from '../workspaces/repository.js';
import type { WorkspaceAccess } from '../workspaces/access.js';
import type { ClientApprovalDecision, ClientApprovalLink } from './repository.js';

/** The post's status after the decision, or null when it was left as it was. */
export async function applyToPost(ctx: AppContext, link: ClientApprovalLink, decision: ClientApprovalDecision): Promise<string | null> {
  if (!link.created_by) return null;
  const member = await workspacesRepository.findMembership(ctx.database.db, link.workspace_id, link.created_by);
  if (!member || !atLeast(member.role, 'editor')) return null;
  const access: WorkspaceAccess = { workspaceId: link.workspace_id, workspaceName: member.name, timezone: member.timezone, userId: link.created_by, role: member.role };
  try {
    const post =
      decision.decision === 'approved'
        ? await approvePost(ctx, access, decision.post_id)
        : await rejectPost(ctx, access, decision.post_id, clientReason(decision));
    return post.status;
  } catch (error) {
    // Not waiting for approval (409), or no longer publishable as is (422): the recorded decision is what the team sees.
    // Anything else is logged, not thrown: the decision is already saved, and a retry by the client would only get a 409.
    if (!(error instanceof ApiError && error.status < 500)) ctx.log.error({ err: error, postId: decision.post_id }, 'applying a client decision to its post failed');
    return null;
  }
}

/** The client's words as the team sees them on the post: who asked, and what. */
export function clientReason(d: ClientApprovalDecision): string {
  const who = d.name ? `Client (${d.name})` : 'Client';
  return `${who}: ${d.comment || 'changes requested'}`.slice(0, 1000);
}
