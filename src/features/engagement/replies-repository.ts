/**
 * Replies sent from the inbox: the only code that touches the engagement_replies table. A reply's life is
 * `pending_approval` (a contributor's) → `queued` → `sending` (an attempt recorded, with a lease, before the network
 * is called) → `sent` | `failed`; or `rejected` by an editor.
 */
import { sql, type Selectable } from 'kysely';
import type { Queryable, Tx } from '../../db/database.js';
import type { EngagementRepliesTable, EngagementReplyStatus } from '../../db/schema.js';

export type EngagementReplyRow = Selectable<EngagementRepliesTable>;

/** A pending reply with what the approvals page shows of the item it answers. */
export type PendingReplyRow = EngagementReplyRow & { engagement_text: string; engagement_author_handle: string; network: string };

export interface NewReply {
  workspaceId: string;
  engagementId: string;
  channelId: string;
  text: string;
  status: Extract<EngagementReplyStatus, 'pending_approval' | 'queued'>;
  authorId: string;
  approvedBy: string | null;
}

export const repliesRepository = {
  async insert(db: Queryable, reply: NewReply): Promise<EngagementReplyRow> {
    return db
      .insertInto('engagement_replies')
      .values({
        workspace_id: reply.workspaceId,
        engagement_id: reply.engagementId,
        channel_id: reply.channelId,
        text: reply.text,
        status: reply.status,
        author_id: reply.authorId,
        approved_by: reply.approvedBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async find(db: Queryable, workspaceId: string, id: string): Promise<EngagementReplyRow | undefined> {
    return db.selectFrom('engagement_replies').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  },

  /** The reply of this workspace, locked until the transaction ends (approve and reject decide on it). */
  async lockInWorkspace(trx: Tx, workspaceId: string, id: string): Promise<EngagementReplyRow | undefined> {
    return trx.selectFrom('engagement_replies').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).forUpdate().executeTakeFirst();
  },

  /** The reply, locked until the transaction ends (the sender's claim); the job knows only its id. */
  async lock(trx: Tx, id: string): Promise<EngagementReplyRow | undefined> {
    return trx.selectFrom('engagement_replies').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  },

  /** An item's replies, oldest first (the order they were written in). */
  async listForEngagement(db: Queryable, workspaceId: string, engagementId: string): Promise<EngagementReplyRow[]> {
    return db
      .selectFrom('engagement_replies')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('engagement_id', '=', engagementId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  },

  /** The workspace's replies waiting for an editor, oldest first, with the item each answers. */
  async listPending(db: Queryable, workspaceId: string, limit = 200): Promise<PendingReplyRow[]> {
    return db
      .selectFrom('engagement_replies as r')
      .innerJoin('engagements as e', 'e.id', 'r.engagement_id')
      .selectAll('r')
      .select(['e.text as engagement_text', 'e.author_handle as engagement_author_handle', 'e.network'])
      .where('r.workspace_id', '=', workspaceId)
      .where('r.status', '=', 'pending_approval')
      .where('e.deleted_at', 'is', null)
      .orderBy('r.created_at')
      .orderBy('r.id')
      .limit(limit)
      .execute();
  },

  async countPending(db: Queryable, workspaceId: string): Promise<number> {
    const row = await db
      .selectFrom('engagement_replies as r')
      .innerJoin('engagements as e', 'e.id', 'r.engagement_id')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('r.workspace_id', '=', workspaceId)
      .where('r.status', '=', 'pending_approval')
      .where('e.deleted_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /** An editor's decision on a pending reply: queued (approved) or rejected, with the reason. */
  async decide(trx: Tx, id: string, decision: { status: 'queued'; approvedBy: string } | { status: 'rejected'; reason: string | null }): Promise<EngagementReplyRow> {
    return trx
      .updateTable('engagement_replies')
      .set(decision.status === 'queued' ? { status: 'queued', approved_by: decision.approvedBy } : { status: 'rejected', error: decision.reason })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /** Records an attempt before the network is called: `sending`, one more attempt, leased until `leaseUntil`. */
  async startAttempt(trx: Tx, id: string, leaseUntil: Date): Promise<EngagementReplyRow> {
    return trx
      .updateTable('engagement_replies')
      .set({ status: 'sending', attempt: sql<number>`attempt + 1`, lease_until: leaseUntil, error: null, error_code: null })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /**
   * Sent, if this attempt is still the reply's latest (a worker that outlived its lease must not overwrite what the
   * next one recorded); answers the row, or undefined when the attempt was superseded.
   */
  async markSent(db: Queryable, id: string, attempt: number, ref: { externalId: string; url: string }, at: Date): Promise<EngagementReplyRow | undefined> {
    return db
      .updateTable('engagement_replies')
      .set({ status: 'sent', external_id: ref.externalId, url: ref.url, sent_at: at, lease_until: null, error: null, error_code: null })
      .where('id', '=', id)
      .where('attempt', '=', attempt)
      .where('status', '=', 'sending')
      .returningAll()
      .executeTakeFirst();
  },

  /** Failed for good, with the reason and its code; `attempt` guards as for `markSent` (null: whatever attempt). */
  async markFailed(db: Queryable, id: string, attempt: number | null, failure: { code: string; message: string }): Promise<void> {
    let q = db
      .updateTable('engagement_replies')
      .set({ status: 'failed', error: failure.message, error_code: failure.code, lease_until: null })
      .where('id', '=', id)
      .where('status', 'in', ['queued', 'sending']);
    if (attempt !== null) q = q.where('attempt', '=', attempt);
    await q.execute();
  },

  /**
   * To be tried again at `at`. `reached`: the attempt may have reached the network (a timeout), so the reply stays
   * `sending` with its lease ending at `at`, and the next attempt asks the network first; otherwise (a rate limit,
   * which refuses before doing anything) it goes back to `queued`, not before `at` (kept in `lease_until` too, so the
   * sweeper can tell a reply waiting for its retry from one whose job was lost).
   */
  async retryLater(db: Queryable, id: string, attempt: number, retry: { at: Date; reached: boolean; message: string }): Promise<void> {
    await db
      .updateTable('engagement_replies')
      .set({ status: retry.reached ? 'sending' : 'queued', lease_until: retry.at, error: retry.message })
      .where('id', '=', id)
      .where('attempt', '=', attempt)
      .where('status', '=', 'sending')
      .execute();
  },

  /**
   * Replies whose job seems lost: `queued` or `sending` and nothing due after `olderThan` (their lease or retry time
   * long past, or, never attempted, created before it). The sweeper queues them again; a duplicate job is harmless,
   * since the sender claims a reply under a row lock and skips one that is sent or leased.
   */
  async findStranded(db: Queryable, olderThan: Date, limit: number): Promise<Array<{ id: string }>> {
    return db
      .selectFrom('engagement_replies')
      .select('id')
      .where('status', 'in', ['queued', 'sending'])
      .where((eb) => eb(eb.fn.coalesce('lease_until', 'created_at'), '<', olderThan))
      .orderBy('created_at')
      .limit(limit)
      .execute();
  },
};
