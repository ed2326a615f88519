/**
 * The audit log: who did what, in which workspace. Written in the same transaction as the change it records, so
 * the log never claims a change that was rolled back.
 */
import type { Queryable } from '../../db/database.js';

export interface AuditEntry {
  workspaceId: string;
  actorUserId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  data?: Record<string, unknown>;
}

export const auditRepository = {
  async record(db: Queryable, entry: AuditEntry): Promise<void> {
    await auditRepository.recordMany(db, [entry]);
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

  async list(db: Queryable, workspaceId: string, limit = 100) {
    return db
      .selectFrom('audit_log')
      .select(['id', 'actor_user_id', 'action', 'target_type', 'target_id', 'data', 'at'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
  },
};
