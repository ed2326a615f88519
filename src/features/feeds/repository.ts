/** The only place that touches `feeds` and `feed_items`. */
import type { Selectable } from 'kysely';
import type { Queryable, Tx } from '../../db/database.js';
import type { FeedItemStatus, FeedMode, FeedsTable } from '../../db/schema.js';

export type FeedRow = Selectable<FeedsTable>;

export interface FeedFields {
  url: string;
  channelIds: string[];
  template: string;
  dailyCap: number;
  mode: FeedMode;
  active: boolean;
}

/** An entry taken for posting (or only recorded, on the first read). */
export interface NewFeedItem {
  key: string;
  title: string;
  link: string | null;
}

/** What one read changes on the feed: its status, the validators of the next conditional read, when it is next due. */
export interface FeedOutcome {
  status: 'ok' | 'error';
  error: string | null;
  failures: number;
  nextCheckAt: Date;
  etag?: string | null;
  lastModified?: string | null;
}

export const feedsRepository = {
  async create(db: Queryable, workspaceId: string, createdBy: string | null, f: FeedFields): Promise<FeedRow> {
    return db
      .insertInto('feeds')
      .values({
        workspace_id: workspaceId,
        url: f.url,
        channel_ids: JSON.stringify(f.channelIds),
        template: f.template,
        daily_cap: f.dailyCap,
        mode: f.mode,
        active: f.active,
        created_by: createdBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async list(db: Queryable, workspaceId: string): Promise<FeedRow[]> {
    return db.selectFrom('feeds').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at', 'desc').execute();
  },

  async find(db: Queryable, workspaceId: string, id: string): Promise<FeedRow | undefined> {
    return db.selectFrom('feeds').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  },

  /** The worker's read: by id alone (the job carries nothing else). */
  async findById(db: Queryable, id: string): Promise<FeedRow | undefined> {
    return db.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** Locked until the transaction ends: the entries of one feed are taken by one reader at a time. */
  async lock(trx: Tx, id: string): Promise<FeedRow | undefined> {
    return trx.selectFrom('feeds').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  },

  async update(db: Queryable, workspaceId: string, id: string, f: Partial<FeedFields>): Promise<FeedRow | undefined> {
    return db
      .updateTable('feeds')
      .set({
        ...(f.url !== undefined && { url: f.url, etag: null, last_modified: null, primed_at: null, last_status: 'pending', last_error: null, failures: 0 }),
        ...(f.channelIds !== undefined && { channel_ids: JSON.stringify(f.channelIds) }),
        ...(f.template !== undefined && { template: f.template }),
        ...(f.dailyCap !== undefined && { daily_cap: f.dailyCap }),
        ...(f.mode !== undefined && { mode: f.mode }),
        ...(f.active !== undefined && { active: f.active }),
        // A feed turned back on (or moved to another address) is read at once, not after its backoff.
        ...((f.active === true || f.url !== undefined) && { next_check_at: new Date(), failures: 0 }),
        updated_at: new Date(),
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  },

  async remove(db: Queryable, workspaceId: string, id: string): Promise<boolean> {
    const res = await db.deleteFrom('feeds').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    return Number(res.numDeletedRows) > 0;
  },

  /** Active feeds due for a read, locked (others skip them) so each is queued by one worker. */
  async lockDue(trx: Tx, now: Date, limit: number): Promise<Array<{ id: string }>> {
    return trx.selectFrom('feeds').select('id').where('active', '=', true).where('next_check_at', '<=', now).orderBy('next_check_at').limit(limit).forUpdate().skipLocked().execute();
  },

  async setNextCheck(db: Queryable, id: string, at: Date): Promise<void> {
    await db.updateTable('feeds').set({ next_check_at: at }).where('id', '=', id).execute();
  },

  async recordOutcome(db: Queryable, id: string, o: FeedOutcome, now = new Date()): Promise<void> {
    await db
      .updateTable('feeds')
      .set({
        last_status: o.status,
        last_error: o.error,
        failures: o.failures,
        next_check_at: o.nextCheckAt,
        last_checked_at: now,
        ...(o.etag !== undefined && { etag: o.etag }),
        ...(o.lastModified !== undefined && { last_modified: o.lastModified }),
      })
      .where('id', '=', id)
      .execute();
  },

  async markPrimed(trx: Tx, id: string, now: Date): Promise<void> {
    await trx.updateTable('feeds').set({ primed_at: now }).where('id', '=', id).execute();
  },

  /** Which of these entry keys the feed has already seen. */
  async knownKeys(db: Queryable, feedId: string, keys: string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = await db.selectFrom('feed_items').select('item_key').where('feed_id', '=', feedId).where('item_key', 'in', keys).execute();
    return new Set(rows.map((r) => r.item_key));
  },

  /** Entries taken for posting on this day of the feed's clock (the daily cap counts them). */
  async takenOn(db: Queryable, feedId: string, day: string): Promise<number> {
    const row = await db
      .selectFrom('feed_items')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('feed_id', '=', feedId)
      .where('local_day', '=', day)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /**
   * Records an entry; false when the feed already has it (the primary key decides, so of two readers one wins).
   * `day` set: taken for posting on that day; null: only recorded.
   */
  async insertItem(db: Queryable, feedId: string, item: NewFeedItem, day: string | null): Promise<boolean> {
    const row = await db
      .insertInto('feed_items')
      .values({ feed_id: feedId, item_key: item.key, title: item.title.slice(0, 500), link: item.link, status: day ? 'posting' : 'seen', local_day: day })
      .onConflict((oc) => oc.columns(['feed_id', 'item_key']).doNothing())
      .returning('item_key')
      .executeTakeFirst();
    return row !== undefined;
  },

  async finishItem(db: Queryable, feedId: string, key: string, status: FeedItemStatus, postId: string | null, error: string | null): Promise<void> {
    await db.updateTable('feed_items').set({ status, post_id: postId, error }).where('feed_id', '=', feedId).where('item_key', '=', key).execute();
  },

  /** The last entries posted or refused, newest first, for the feed's status. */
  async recentItems(db: Queryable, feedIds: string[], perFeed: number) {
    if (feedIds.length === 0) return [];
    return db
      .selectFrom('feed_items')
      .select(['feed_id', 'item_key', 'status', 'title', 'link', 'post_id', 'error', 'created_at'])
      .where('feed_id', 'in', feedIds)
      .where('status', '!=', 'seen')
      .orderBy('created_at', 'desc')
      .limit(perFeed * feedIds.length)
      .execute();
  },
};
