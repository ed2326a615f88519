/**
 * The inbox's workflow rules: who may be assigned (members of this workspace only), how tags are written (trimmed,
 * lower-case, each once), what marking done records, internal notes, and the counts the navigation shows.
 * No HTTP and no SQL here.
 */
import type { AppContext } from '../../core/context.js';
import { invalid, notFound } from '../../core/errors.js';
import type { EngagementStatusValue } from '../../db/schema.js';
import { auditRepository } from '../audit/repository.js';
import { zoneOffsetMinutes } from '../audience/localTime.js';
import { isUuid, type WorkspaceAccess } from '../workspaces/access.js';
import { inboxRepository, type InboxRow, type NoteRow } from './inbox-repository.js';
import { publicEngagement } from './service.js';

export const MAX_TAGS = 20;
export const MAX_TAG_CHARS = 40;

/** An inbox item as the API shows it: the engagement, its workflow, and what threading it under its post needs. */
export function publicInboxItem(row: InboxRow) {
  return {
    ...publicEngagement(row),
    // "assigned" is an open item someone has; done stays done whoever had it.
    status: row.status === 'done' ? ('done' as const) : row.assignee_id ? ('assigned' as const) : ('open' as const),
    assignee: row.assignee_id ? { id: row.assignee_id, name: row.assignee_name ?? '' } : null,
    tags: row.tags,
    notesCount: row.notes_count,
    doneAt: row.done_at?.toISOString() ?? null,
    post: row.post_id ? { id: row.post_id, excerpt: row.post_excerpt ?? '', publicationUrl: row.publication_url } : null,
  };
}

/** Trimmed, lower-cased, each once, in the order given. Count and lengths are checked by the route's schema. */
export function normaliseTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase()).filter((t) => t.length > 0))];
}

export interface WorkflowInput {
  status?: EngagementStatusValue;
  assigneeId?: string | null;
  tags?: string[];
}

async function item(ctx: AppContext, access: WorkspaceAccess, engagementId: string): Promise<InboxRow> {
  const row = isUuid(engagementId) ? await inboxRepository.findItem(ctx.database.db, access.workspaceId, engagementId) : undefined;
  if (!row) throw notFound('Engagement');
  return row;
}

/** Changes status, assignee and tags at once; assignment and done/reopen are audited when they change. */
export async function updateWorkflow(ctx: AppContext, access: WorkspaceAccess, engagementId: string, input: WorkflowInput) {
  const before = await item(ctx, access, engagementId);
  const db = ctx.database.db;
  const { assigneeId } = input;
  if (assigneeId && !(isUuid(assigneeId) && (await inboxRepository.isMember(db, access.workspaceId, assigneeId)))) {
    throw invalid('assignee_not_member', 'Assign it to a member of this workspace.', 'assigneeId');
  }
  const tags = input.tags === undefined ? undefined : normaliseTags(input.tags);
  await db.transaction().execute(async (trx) => {
    await inboxRepository.updateWorkflow(trx, access.workspaceId, before.id, { status: input.status, assigneeId, tags, by: access.userId });
    const base = { targetType: 'engagement', targetId: before.id } as const;
    if (assigneeId !== undefined && assigneeId !== before.assignee_id) {
      await auditRepository.recordBy(trx, access, { ...base, action: 'engagement.assigned', data: { assigneeId } });
    }
    if (input.status && input.status !== before.status) {
      await auditRepository.recordBy(trx, access, { ...base, action: input.status === 'done' ? 'engagement.done' : 'engagement.reopened' });
    }
  });
  return publicInboxItem(await item(ctx, access, before.id));
}

function publicNote(row: NoteRow) {
  return { id: row.id, text: row.text, author: row.author_id ? { id: row.author_id, name: row.author_name ?? '' } : null, createdAt: row.created_at.toISOString() };
}

export async function listNotes(ctx: AppContext, access: WorkspaceAccess, engagementId: string) {
  const row = await item(ctx, access, engagementId);
  return (await inboxRepository.notes(ctx.database.db, row.id)).map(publicNote);
}

export async function addNote(ctx: AppContext, access: WorkspaceAccess, engagementId: string, text: string) {
  const row = await item(ctx, access, engagementId);
  const db = ctx.database.db;
  const id = await inboxRepository.addNote(db, row.id, access.userId, text);
  const note = (await inboxRepository.notes(db, row.id)).find((n) => n.id === id);
  if (!note) throw notFound('Note');
  return publicNote(note);
}

/** Midnight today on the workspace's clock, as a UTC instant ("done today" means the team's day). */
export function startOfDay(timezone: string, now = Date.now()): Date {
  const offset = (zoneOffsetMinutes(timezone, now) ?? 0) * 60_000;
  const day = 86_400_000;
  return new Date(Math.floor((now + offset) / day) * day - offset);
}

export async function inboxCounts(ctx: AppContext, access: WorkspaceAccess) {
  return inboxRepository.counts(ctx.database.db, access.workspaceId, access.userId, startOfDay(access.timezone));
}
