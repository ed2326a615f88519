/**
 * Client approval links (issue 15), the team's side: an editor makes a secret, expiring address showing some posts (or
 * a week of them) to someone outside the workspace, lists the links with the decisions made, and revokes them. The
 * token is 256 random bits shown once; only its SHA-256 is kept, so the table alone opens nothing. The client's side
 * (what the address shows, the decision) is in client-view.ts.
 *
 * @example
 * const { url } = await createLink(ctx, access, { postIds: [postId], expiresInDays: 7 }); // https://…/#/approve/cap_…
 */
import type { AppContext } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { auditRepository } from '../audit/repository.js';
import { hashSecret, newSecret } from '../auth/secrets.js';
import type { WorkspaceAccess } from '../workspaces/access.js';
import { localInstant } from '../posts/schedule.js';
import { clientLinkEmailJob } from './notify.js';
import { clientApprovalsRepository as repo, MAX_LINK_POSTS, type ClientApprovalDecision, type ClientApprovalLink } from './repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;
export const TOKEN_PREFIX = 'cap_';

export interface NewLinkInput {
  postIds?: string[] | undefined;
  /** A date (YYYY-MM-DD) in the week to show: that week's posts, Monday to Sunday on the workspace's clock. */
  weekOf?: string | undefined;
  email?: string | undefined;
  expiresInDays: number;
  note?: string | undefined;
}

/** The address a token opens, in the web app: after `#`, so the token never reaches a server log or a Referer. */
export function approvalUrl(ctx: AppContext, token: string): string {
  return `${ctx.config.publicUrl.replace(/\/+$/, '')}/#/approve/${token}`;
}

/** The Monday 00:00 to Monday 00:00 around a date, on the workspace's clock. */
export function weekAround(date: string, zone: string): { from: Date; to: Date } {
  const day = new Date(`${date}T00:00:00Z`);
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS);
  const next = new Date(monday.getTime() + 7 * DAY_MS);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return { from: localInstant({ date: iso(monday), time: '00:00' }, zone), to: localInstant({ date: iso(next), time: '00:00' }, zone) };
}

async function postsToShow(ctx: AppContext, access: WorkspaceAccess, input: NewLinkInput): Promise<string[]> {
  if (input.postIds) {
    const wanted = [...new Set(input.postIds)];
    const found = new Set(await repo.postsOfWorkspace(ctx.database.db, access.workspaceId, wanted));
    // Another workspace's post, a deleted one or a made-up id: the same 404, so nothing of other tenants is confirmed.
    if (wanted.some((id) => !found.has(id))) throw notFound('Post');
    return wanted;
  }
  const { from, to } = weekAround(input.weekOf!, access.timezone);
  const ids = await repo.postsBetween(ctx.database.db, access.workspaceId, from, to);
  if (ids.length === 0) throw notFound('A post waiting for approval or scheduled that week');
  return ids;
}

/** Makes a link; when an email is given, it is mailed from a background job (the address is sealed in the job). Audited, without the token. */
export async function createLink(ctx: AppContext, access: WorkspaceAccess, input: NewLinkInput, now = new Date()) {
  const postIds = await postsToShow(ctx, access, input);
  const token = newSecret(TOKEN_PREFIX);
  const url = approvalUrl(ctx, token);
  const link = await ctx.database.db.transaction().execute(async (trx) => {
    const row = await repo.insert(trx, {
      workspaceId: access.workspaceId, tokenHash: hashSecret(token), postIds, email: input.email ?? null, note: input.note ?? null,
      expiresAt: new Date(now.getTime() + input.expiresInDays * DAY_MS), createdBy: access.userId,
    });
    await auditRepository.recordBy(trx, access, {
      action: 'client_approval.created', targetType: 'client_approval_link', targetId: row.id, data: { postIds, email: row.email, expiresAt: row.expires_at },
    });
    if (row.email) await ctx.jobs.send(clientLinkEmailJob, { linkId: row.id, sealedUrl: ctx.secrets.seal({ url }, row.id) }, { trx });
    return row;
  });
  return { ...present(link, [], now), url };
}

/** A link as the team sees it (never its token), with the decisions made through it. */
export function present(link: ClientApprovalLink, decisions: ClientApprovalDecision[], now = new Date()) {
  const state = link.revoked_at ? 'revoked' : link.expires_at.getTime() <= now.getTime() ? 'expired' : 'active';
  return {
    id: link.id,
    postIds: link.post_ids,
    email: link.email,
    note: link.note,
    state: state as 'active' | 'expired' | 'revoked',
    expiresAt: link.expires_at.toISOString(),
    revokedAt: link.revoked_at?.toISOString() ?? null,
    createdBy: link.created_by,
    createdAt: link.created_at.toISOString(),
    decisions: decisions.filter((d) => d.link_id === link.id).map(presentDecision),
  };
}

export function presentDecision(d: ClientApprovalDecision) {
  return { linkId: d.link_id, postId: d.post_id, decision: d.decision, comment: d.comment, name: d.name, decidedAt: d.decided_at.toISOString() };
}

/** The workspace's links, newest first, each with its decisions. */
export async function listLinks(ctx: AppContext, access: WorkspaceAccess) {
  const links = await repo.list(ctx.database.db, access.workspaceId, 200);
  const decisions = await repo.decisionsOfLinks(ctx.database.db, links.map((l) => l.id));
  const now = new Date();
  return { links: links.map((l) => present(l, decisions, now)) };
}

/** Revokes a link (it answers 410 from then on). Audited. 404 for another workspace's link or one already revoked. */
export async function revokeLink(ctx: AppContext, access: WorkspaceAccess, linkId: string): Promise<void> {
  await ctx.database.db.transaction().execute(async (trx) => {
    if (!(await repo.revoke(trx, access.workspaceId, linkId))) throw notFound('Client approval link');
    await auditRepository.recordBy(trx, access, { action: 'client_approval.revoked', targetType: 'client_approval_link', targetId: linkId });
  });
}

/** What clients decided on one post of the workspace, newest first (the post page shows it). */
export async function decisionsOfPost(ctx: AppContext, access: WorkspaceAccess, postId: string) {
  if ((await repo.postsOfWorkspace(ctx.database.db, access.workspaceId, [postId])).length === 0) throw notFound('Post');
  const rows = await repo.decisionsOfPost(ctx.database.db, access.workspaceId, postId);
  return { decisions: rows.map(presentDecision) };
}

export { MAX_LINK_POSTS };
