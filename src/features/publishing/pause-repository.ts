/**
 * The only place that touches `publishing_pauses` (a workspace's crisis switch) and the publications it holds.
 * A row means the workspace's publishing is paused; resuming deletes it.
 */
import { sql } from 'kysely';
import type { Queryable, Tx } from '../../db/database.js';
import type { PublicationRow } from '../posts/repository.js';

export interface PublishingPauseRow {
  reason: string;
  paused_at: Date;
  paused_by: string | null;
  /** The name and email of the person who paused, while they still exist. */
  paused_by_name: string | null;
  paused_by_email: string | null;
}

export const pauseRepository = {
  async find(db: Queryable, workspaceId: string): Promise<PublishingPauseRow | undefined> {
    return db
      .selectFrom('publishing_pauses as p')
      .leftJoin('users as u', 'u.id', 'p.paused_by')
      .select(['p.reason', 'p.paused_at', 'p.paused_by', 'u.name as paused_by_name', 'u.email as paused_by_email'])
      .where('p.workspace_id', '=', workspaceId)
      .executeTakeFirst();
  },

  /** Pauses the workspace; false when it already was. */
  async pause(db: Queryable, row: { workspaceId: string; reason: string; userId: string }): Promise<boolean> {
    const inserted = await db
      .insertInto('publishing_pauses')
      .values({ workspace_id: row.workspaceId, reason: row.reason, paused_by: row.userId })
      .onConflict((oc) => oc.column('workspace_id').doNothing())
      .returning('workspace_id')
      .executeTakeFirst();
    return inserted !== undefined;
  },

  /**
   * The paused workspaces among `workspaceIds`, with their reason: one statement for a publisher's whole batch. The
   * share lock makes a resume wait until the claim that read "paused" has committed what it held, so the resume
   * releases those too.
   */
  async pausedAmong(trx: Tx, workspaceIds: string[]): Promise<Map<string, string>> {
    if (workspaceIds.length === 0) return new Map();
    const rows = await trx
      .selectFrom('publishing_pauses')
      .select(['workspace_id', 'reason'])
      .where('workspace_id', 'in', workspaceIds)
      .forShare()
      .execute();
    return new Map(rows.map((r) => [r.workspace_id, r.reason]));
  },

  /**
   * Locks the publications the pause holds, in id order like the publisher's claim (no deadlock with it), before
   * the pause row: a claim that locked one of them and waits to read the pause is let through first.
   */
  async lockHeld(trx: Tx, workspaceId: string): Promise<void> {
    await trx
      .selectFrom('publications')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('status', '=', 'held')
      .where('held_by_pause', '=', true)
      .orderBy('id')
      .forUpdate()
      .execute();
  },

  /** Ends the pause; false when the workspace was not paused. */
  async resume(trx: Tx, workspaceId: string): Promise<boolean> {
    const deleted = await trx.deleteFrom('publishing_pauses').where('workspace_id', '=', workspaceId).returning('workspace_id').executeTakeFirst();
    return deleted !== undefined;
  },

  /**
   * Every publication the pause held goes back on the schedule, at its time or now if that has passed, with a new
   * version (its old jobs are stale); returns them for queueing. Those held for a reconnect stay held.
   */
  async releaseHeld(trx: Tx, workspaceId: string): Promise<PublicationRow[]> {
    return trx
      .updateTable('publications')
      .set((eb) => ({
        status: 'scheduled',
        scheduled_at: sql<Date>`GREATEST(scheduled_at, now())`,
        error: null,
        held_by_pause: false,
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('workspace_id', '=', workspaceId)
      .where('status', '=', 'held')
      .where('held_by_pause', '=', true)
      .returningAll()
      .execute();
  },
};
