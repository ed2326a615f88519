/**
 * Workspaces themselves: the caller's list, making one, its UTM conventions, its audit log and API tokens. The
 * rules, no HTTP and no SQL strings; the team (members, invites, revoking tokens) is in members.ts.
 */
import type { AppContext } from '../../core/context.js';
import { forbidden } from '../../core/errors.js';
import type { UtmTemplate } from '../../db/schema.js';
import { auditRepository, type AuditFilter } from '../audit/repository.js';
import type { Actor } from '../auth/actor.js';
import { tokensRepository } from '../auth/tokens-repository.js';
import type { WorkspaceAccess } from './access.js';
import { workspacesRepository } from './repository.js';

/** The workspaces a person belongs to; a token sees only the one it was made for. */
export async function listWorkspaces(ctx: AppContext, actor: Actor) {
  const rows = await workspacesRepository.listForUser(ctx.database.db, actor.userId);
  const visible = actor.tokenWorkspaceId ? rows.filter((w) => w.id === actor.tokenWorkspaceId) : rows;
  return visible.map((w) => ({ id: w.id, name: w.name, role: w.role }));
}

/** Makes a workspace with its creator as the owner, audited. */
export async function createWorkspace(ctx: AppContext, actor: Actor, name: string) {
  // A token is scoped to one workspace; creating others is for people.
  if (actor.via === 'token') throw forbidden('API tokens belong to one workspace and cannot create workspaces.');
  const workspace = await ctx.database.db.transaction().execute(async (trx) => {
    const created = await workspacesRepository.create(trx, name);
    await workspacesRepository.addMember(trx, created.id, actor.userId, 'owner');
    await auditRepository.record(trx, {
      workspaceId: created.id,
      actorUserId: actor.userId,
      action: 'workspace.created',
      targetType: 'workspace',
      targetId: created.id,
    });
    return created;
  });
  return { id: workspace.id, name: workspace.name, role: 'owner' as const };
}

/** Replaces the workspace's UTM conventions, audited with the new ones. */
export async function setUtmTemplate(ctx: AppContext, access: WorkspaceAccess, template: UtmTemplate): Promise<void> {
  await ctx.database.db.transaction().execute(async (trx) => {
    await workspacesRepository.setUtmTemplate(trx, access.workspaceId, template);
    await auditRepository.recordBy(trx, access, {
      action: 'utm_template.updated',
      targetType: 'workspace',
      targetId: access.workspaceId,
      data: { ...template },
    });
  });
}

/**
 * One page of the audit log, newest first, narrowed by `filter`; `nextBefore` is the cursor of the next page (null
 * on the last). One row more than asked is read to know whether another page exists.
 */
export async function listAudit(ctx: AppContext, access: WorkspaceAccess, filter: AuditFilter) {
  const rows = await auditRepository.list(ctx.database.db, access.workspaceId, { ...filter, limit: filter.limit + 1 });
  const page = rows.slice(0, filter.limit);
  const entries = page.map((r) => ({
    id: Number(r.id),
    actorUserId: r.actor_user_id,
    actorName: r.actor_name,
    actorEmail: r.actor_email,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    data: r.data,
    at: r.at,
  }));
  const last = entries.at(-1);
  return { entries, nextBefore: rows.length > filter.limit && last ? last.id : null };
}

/** API tokens that still work: admins and owners see everyone's, others only their own. */
export async function listTokens(ctx: AppContext, access: WorkspaceAccess) {
  const everyone = access.role === 'owner' || access.role === 'admin';
  const rows = await tokensRepository.listActive(ctx.database.db, access.workspaceId, everyone ? undefined : access.userId);
  return rows.map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), lastUsedAt: t.lastUsedAt?.toISOString() ?? null }));
}
