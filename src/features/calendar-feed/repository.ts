/** The calendar_feeds table, and the publications a feed lists. The only place this domain touches SQL. */
import { sql } from 'kysely';
import type { Queryable } from '../../db/database.js';

/** One publication as a feed shows it: its time is when it went out, or when it is due. */
export interface FeedPublicationRow {
  id: string;
  post_id: string;
  network: string;
  text: string;
  status: string;
  at: Date;
  segment_name: string | null;
}

// A workspace with years of posts must not make one request read them all; far more than a calendar client shows.
export const MAX_FEED_EVENTS = 5000;

export const calendarFeedRepository = {
  async find(db: Queryable, workspaceId: string) {
    return db.selectFrom('calendar_feeds').select(['workspace_id', 'created_at', 'created_by']).where('workspace_id', '=', workspaceId).executeTakeFirst();
  },

  /** Creates the workspace's feed, or replaces its token (the old address stops working at once). */
  async upsert(db: Queryable, workspaceId: string, tokenHash: string, userId: string): Promise<{ created_at: Date; rotated: boolean }> {
    const existed = await calendarFeedRepository.find(db, workspaceId);
    const row = await db
      .insertInto('calendar_feeds')
      .values({ workspace_id: workspaceId, token_hash: tokenHash, created_by: userId })
      .onConflict((oc) => oc.column('workspace_id').doUpdateSet({ token_hash: tokenHash, created_by: userId, created_at: sql<Date>`now()` }))
      .returning('created_at')
      .executeTakeFirstOrThrow();
    return { created_at: row.created_at, rotated: existed !== undefined };
  },

  async remove(db: Queryable, workspaceId: string): Promise<boolean> {
    const rows = await db.deleteFrom('calendar_feeds').where('workspace_id', '=', workspaceId).returning('workspace_id').execute();
    return rows.length > 0;
  },

  /** The workspace a token hash opens, with its name; undefined for an unknown or revoked token. */
  async workspaceOfToken(db: Queryable, tokenHash: string) {
    return db
      .selectFrom('calendar_feeds as f')
      .innerJoin('workspaces as w', 'w.id', 'f.workspace_id')
      .select(['w.id', 'w.name'])
      .where('f.token_hash', '=', tokenHash)
      .executeTakeFirst();
  },

  /** Scheduled and published publications of one workspace whose time falls in [from, to), oldest first. */
  async publicationsBetween(db: Queryable, workspaceId: string, from: Date, to: Date): Promise<FeedPublicationRow[]> {
    const at = sql<Date>`coalesce(p.published_at, p.scheduled_at)`;
    const rows = await db
      .selectFrom('publications as p')
      .innerJoin('posts as po', 'po.id', 'p.post_id')
      .leftJoin('segments as s', 's.id', 'p.segment_id')
      .select(['p.id', 'p.post_id', 'p.network', 'p.text', 'p.status', at.as('at'), 's.name as segment_name'])
      .where('p.workspace_id', '=', workspaceId)
      .where('po.workspace_id', '=', workspaceId)
      .where('po.deleted_at', 'is', null)
      .where('p.status', 'in', ['scheduled', 'published'])
      .where(at, '>=', from)
      .where(at, '<', to)
      .orderBy(at)
      .orderBy('p.id')
      .limit(MAX_FEED_EVENTS)
      .execute();
    return rows.map((r) => ({ ...r, at: new Date(r.at) }));
  },
};
