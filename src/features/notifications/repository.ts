/** The only place that touches `notifications`: what a member of a workspace is told in the app. */
import { sql, type Selectable } from 'kysely';
import type { Queryable } from '../../db/database.js';
import type { NotificationsTable } from '../../db/schema.js';

export type NotificationRow = Selectable<NotificationsTable>;

export interface NewNotification {
  workspaceId: string;
  userId: string;
  kind: string;
  actorUserId: string | null;
  targetType: string;
  targetId: string;
  data: Record<string, unknown>;
}

export const notificationsRepository = {
  async insertMany(db: Queryable, rows: NewNotification[]): Promise<NotificationRow[]> {
    if (rows.length === 0) return [];
    return db
      .insertInto('notifications')
      .values(
        rows.map((n) => ({
          workspace_id: n.workspaceId,
          user_id: n.userId,
          kind: n.kind,
          actor_user_id: n.actorUserId,
          target_type: n.targetType,
          target_id: n.targetId,
          data: JSON.stringify(n.data),
        })),
      )
      .returningAll()
      .execute();
  },

  /** The person's notifications in one workspace: unread first, then newest first; with the actor's name. */
  async listFor(db: Queryable, workspaceId: string, userId: string, limit: number) {
    return db
      .selectFrom('notifications as n')
      .leftJoin('users as u', 'u.id', 'n.actor_user_id')
      .selectAll('n')
      .select(['u.name as actor_name', 'u.email as actor_email'])
      .where('n.workspace_id', '=', workspaceId)
      .where('n.user_id', '=', userId)
      .orderBy(sql`n.read_at IS NULL`, 'desc')
      .orderBy('n.created_at', 'desc')
      .limit(limit)
      .execute();
  },

  async countUnread(db: Queryable, workspaceId: string, userId: string): Promise<number> {
    const row = await db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /** Marks the person's own notifications read (those ids only, or all); others' ids are ignored. */
  async markRead(db: Queryable, workspaceId: string, userId: string, ids: string[] | undefined): Promise<number> {
    if (ids && ids.length === 0) return 0;
    let q = db.updateTable('notifications').set({ read_at: new Date() }).where('workspace_id', '=', workspaceId).where('user_id', '=', userId).where('read_at', 'is', null);
    if (ids) q = q.where('id', 'in', ids);
    const result = await q.executeTakeFirst();
    return Number(result.numUpdatedRows);
  },

  /** One notification with the email address of the person told (for the mail job). */
  async findForEmail(db: Queryable, id: string) {
    return db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .leftJoin('users as a', 'a.id', 'n.actor_user_id')
      .innerJoin('workspaces as w', 'w.id', 'n.workspace_id')
      .selectAll('n')
      .select(['u.email', 'u.locale', 'a.name as actor_name', 'a.email as actor_email', 'w.name as workspace_name'])
      .where('n.id', '=', id)
      .executeTakeFirst();
  },
};
