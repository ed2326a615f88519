/**
 * The SQL of live inbox updates: announcing new items with `pg_notify` (delivered when the statement's transaction
 * commits, and never for a rollback; storeEngagement sends it once the items are committed), and the open count the
 * notice carries.
 */
import { sql } from 'kysely';
import type { Queryable } from '../../db/database.js';

/** The one notification channel of the inbox, listened to by every API process. */
export const INBOX_CHANNEL = 'chorus_inbox';

/**
 * PostgreSQL refuses a payload over 8000 bytes: 50 ids (37 characters each) stay far below it. Past 50 the count
 * still says how many, and the page refetches the list anyway.
 */
export const MAX_NOTIFIED_IDS = 50;

/** What travels from the process that stored the items to every API process: short keys, the workspace and ids. */
export interface InboxNotice {
  w: string;
  ids: string[];
  n: number;
}

export const liveRepository = {
  /** One notice per workspace among `rows`; delivered when `db` commits (at once outside a transaction). */
  async notifyNew(db: Queryable, rows: Array<{ id: string; workspace_id: string }>): Promise<void> {
    const byWorkspace = new Map<string, string[]>();
    for (const row of rows) {
      const ids = byWorkspace.get(row.workspace_id);
      // Appending in place: copying the list per row made a batch of 1,000 items cost ~50 ms here.
      if (ids) ids.push(row.id);
      else byWorkspace.set(row.workspace_id, [row.id]);
    }
    for (const [workspaceId, ids] of byWorkspace) {
      const notice: InboxNotice = { w: workspaceId, ids: ids.slice(0, MAX_NOTIFIED_IDS), n: ids.length };
      await sql`SELECT pg_notify(${INBOX_CHANNEL}, ${JSON.stringify(notice)})`.execute(db);
    }
  },

  /** Items of the workspace not done yet: the navigation's badge (the same rule as the inbox's counts). */
  async openCount(db: Queryable, workspaceId: string): Promise<number> {
    const row = await db
      .selectFrom('engagements')
      .select(sql<number>`count(*)::int`.as('open'))
      .where('workspace_id', '=', workspaceId)
      .where('status', '=', 'open')
      .where('deleted_at', 'is', null)
      .executeTakeFirstOrThrow();
    return row.open;
  },
};
