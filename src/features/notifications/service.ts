/**
 * In-app notifications: any feature tells members of a workspace that something concerns them (`notify`, inside the
 * transaction that makes the change), and each person reads and clears their own. A notification names its target
 * (`targetType`, `targetId`) and carries what the web app needs to word it (`data`), so a new kind needs no new table.
 *
 * @example
 *   await notify(trx, { workspaceId, userIds: [mentioned], kind: 'post.note.mention', actorUserId: me,
 *     targetType: 'post', targetId: postId, data: { noteId, excerpt } });
 */
import type { AppContext } from '../../core/context.js';
import type { Tx } from '../../db/database.js';
import type { WorkspaceAccess } from '../workspaces/access.js';
import { notificationsRepository as repo, type NotificationRow } from './repository.js';

export interface Notice {
  workspaceId: string;
  userIds: string[];
  kind: string;
  actorUserId: string | null;
  targetType: string;
  targetId: string;
  data: Record<string, unknown>;
}

/** Stores one notification per person (each once); returns them, so the caller can queue their emails. */
export async function notify(trx: Tx, n: Notice): Promise<NotificationRow[]> {
  const { userIds, ...rest } = n;
  return repo.insertMany(trx, [...new Set(userIds)].map((userId) => ({ ...rest, userId })));
}

const LIST_LIMIT = 50;

/** The caller's notifications in this workspace (unread first) and how many are unread. */
export async function listNotifications(ctx: AppContext, access: WorkspaceAccess) {
  const db = ctx.database.db;
  const [rows, unread] = await Promise.all([repo.listFor(db, access.workspaceId, access.userId, LIST_LIMIT), repo.countUnread(db, access.workspaceId, access.userId)]);
  return {
    unread,
    notifications: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      actor: r.actor_user_id ? { userId: r.actor_user_id, name: r.actor_name ?? '', email: r.actor_email ?? '' } : null,
      targetType: r.target_type,
      targetId: r.target_id,
      data: r.data,
      read: r.read_at !== null,
      createdAt: r.created_at,
    })),
  };
}

/** Marks the caller's notifications read: the ones named, or all of them. */
export async function markNotificationsRead(ctx: AppContext, access: WorkspaceAccess, ids: string[] | undefined) {
  const marked = await repo.markRead(ctx.database.db, access.workspaceId, access.userId, ids);
  return { marked, unread: await repo.countUnread(ctx.database.db, access.workspaceId, access.userId) };
}
