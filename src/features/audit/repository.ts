/**
 * The audit log: who did what, in which workspace. Written in the same transaction as the change it records, so
 * the log never claims a change that was rolled back.
 */
import type { Queryable } from '../../db/database.js';
import type { AuditAction } from './actions.js';

export interface AuditEntry {
  workspaceId: string;
  actorUserId: string | null;
  action: AuditAction;
  targetType: string;
  targetId?: string | null;
  data?: Record<string, unknown>;
}

/** What to read back: one workspace always; optionally one person, some actions, a time window, a page. */
export interface AuditFilter {
  actorUserId?: string;
  actions?: readonly AuditAction[];
  /** Inclusive bounds on when the change happened. */
  from?: Date;
  to?: Date;
  /** Only entries older than this id (the previous page's last): ids only grow, so pages never overlap. */
  beforeId?: number;
  limit: number;
}

export const auditRepository = {
  async record(db: Queryable, entry: AuditEntry): Promise<void> {
    await auditRepository.recordMany(db, [entry]);
  },

  /**
   * An entry for a change a person made in a workspace: who and where come from their access to it.
   *
   * @example
   *   await auditRepository.recordBy(trx, access, { action: 'channel.disconnected', targetType: 'channel', targetId: channelId });
   */
  async recordBy(db: Queryable, by: { workspaceId: string; userId: string }, entry: Omit<AuditEntry, 'workspaceId' | 'actorUserId'>): Promise<void> {
    await auditRepository.record(db, { workspaceId: by.workspaceId, actorUserId: by.userId, ...entry });
  },

  /** Many entries in one statement (the publisher records a whole batch of outcomes at once). */
  async recordMany(db: Queryable, entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await db
      .insertInto('audit_log')
      .values(
        entries.map((entry) => ({
          workspace_id: entry.workspaceId,
          actor_user_id: entry.actorUserId,
          action: entry.action,
          target_type: entry.targetType,
          target_id: entry.targetId ?? null,
          data: JSON.stringify(entry.data ?? {}),
        })),
      )
      .execute();
  },

  /** Newest first, with the acting person's name and email (null for changes made by Chorus itself). */
  async list(db: Queryable, workspaceId: string, filter: AuditFilter) {
    let query = db
      .selectFrom('audit_log')
      .leftJoin('users', 'users.id', 'audit_log.actor_user_id')
      .select([
        'audit_log.id',
        'audit_log.actor_user_id',
        'audit_log.action',
        'audit_log.target_type',
        'audit_log.target_id',
        'audit_log.data',
        'audit_log.at',
        'users.name as actor_name',
        'users.email as actor_email',
      ])
      .where('audit_log.workspace_id', '=', workspaceId);
    if (filter.actorUserId) query = query.where('audit_log.actor_user_id', '=', filter.actorUserId);
    if (filter.actions?.length) query = query.where('audit_log.action', 'in', [...filter.actions]);
    if (filter.from) query = query.where('audit_log.at', '>=', filter.from);
    if (filter.to) query = query.where('audit_log.at', '<=', filter.to);
    if (filter.beforeId !== undefined) query = query.where('audit_log.id', '<', filter.beforeId);
    return query.orderBy('audit_log.id', 'desc').limit(filter.limit).execute();
  },
};
