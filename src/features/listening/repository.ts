/**
 * Listening's tables: saved queries, each (query, channel) pair's schedule and cursor (listening_runs), and which
 * query found which inbox item (listening_matches). The items themselves are stored by the engagement repository.
 */
import { sql, type Selectable } from 'kysely';
import type { DB, Queryable } from '../../db/database.js';
import type { EngagementsTable, ListeningQueriesTable } from '../../db/schema.js';

export type ListeningQueryRow = Selectable<ListeningQueriesTable>;

export interface ListeningQueryInput {
  name: string;
  keywords: string[];
  hashtags: string[];
  exclude: string[];
  languages: string[];
  channelIds: string[];
  active: boolean;
}

const json = (values: string[]) => JSON.stringify(values);

/** A query's own columns, as both create and update write them. */
function columns(q: ListeningQueryInput) {
  return {
    name: q.name,
    keywords: json(q.keywords),
    hashtags: json(q.hashtags),
    exclude: json(q.exclude),
    languages: json(q.languages),
    channel_ids: json(q.channelIds),
    active: q.active,
  };
}

export const listeningRepository = {
  async list(db: Queryable, workspaceId: string): Promise<ListeningQueryRow[]> {
    return db.selectFrom('listening_queries').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at').orderBy('id').execute();
  },

  async count(db: Queryable, workspaceId: string): Promise<number> {
    const row = await db.selectFrom('listening_queries').select((eb) => eb.fn.countAll<string>().as('n')).where('workspace_id', '=', workspaceId).executeTakeFirst();
    return Number(row?.n ?? 0);
  },

  async find(db: Queryable, workspaceId: string, id: string): Promise<ListeningQueryRow | undefined> {
    return db.selectFrom('listening_queries').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  },

  async findById(db: Queryable, id: string): Promise<ListeningQueryRow | undefined> {
    return db.selectFrom('listening_queries').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async create(db: Queryable, workspaceId: string, createdBy: string, q: ListeningQueryInput): Promise<ListeningQueryRow> {
    return db
      .insertInto('listening_queries')
      .values({
        workspace_id: workspaceId,
        ...columns(q),
        created_by: createdBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async update(db: Queryable, id: string, q: ListeningQueryInput): Promise<ListeningQueryRow> {
    return db
      .updateTable('listening_queries')
      .set({
        ...columns(q),
        updated_at: sql`now()`,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async remove(db: Queryable, id: string): Promise<void> {
    await db.deleteFrom('listening_queries').where('id', '=', id).execute();
  },

  /**
   * Makes listening_runs hold exactly the query's channels while it is active: new pairs are due now, pairs of
   * channels taken off (or of a paused query) are dropped with their cursor.
   */
  async syncRuns(db: Queryable, queryId: string, channelIds: string[], now = new Date()): Promise<void> {
    let drop = db.deleteFrom('listening_runs').where('query_id', '=', queryId);
    if (channelIds.length > 0) drop = drop.where('channel_id', 'not in', channelIds);
    await drop.execute();
    if (channelIds.length === 0) return;
    await db
      .insertInto('listening_runs')
      .values(channelIds.map((channelId) => ({ query_id: queryId, channel_id: channelId, next_at: now })))
      .onConflict((oc) => oc.columns(['query_id', 'channel_id']).doNothing())
      .execute();
  },

  /**
   * Claims up to `limit` due pairs of an active query and an active channel, pushing them `leaseMs` ahead in the
   * same statement (the job sets the precise next time when it ends), so several workers never search one pair twice.
   */
  async claimDue(db: DB, leaseMs: number, limit = 200, now = new Date()): Promise<Array<{ queryId: string; channelId: string }>> {
    const { rows } = await sql<{ query_id: string; channel_id: string }>`
      UPDATE listening_runs SET next_at = ${new Date(now.getTime() + leaseMs)}
      WHERE (query_id, channel_id) IN (
        SELECT r.query_id, r.channel_id FROM listening_runs r
        JOIN listening_queries q ON q.id = r.query_id
        JOIN channels c ON c.id = r.channel_id
        WHERE q.active AND c.status = 'active' AND r.next_at <= ${now}
        ORDER BY r.next_at LIMIT ${limit}
        FOR UPDATE OF r SKIP LOCKED)
      RETURNING query_id, channel_id`.execute(db);
    return rows.map((r) => ({ queryId: r.query_id, channelId: r.channel_id }));
  },

  async getRun(db: Queryable, queryId: string, channelId: string) {
    return db.selectFrom('listening_runs').selectAll().where('query_id', '=', queryId).where('channel_id', '=', channelId).executeTakeFirst();
  },

  /** After a search: the next time, the cursor, and what went wrong (null after a success). A removed pair stays removed. */
  async runDone(db: Queryable, queryId: string, channelId: string, s: { since: Date | null; nextAt: Date; error: string | null; searchedAt?: Date }): Promise<void> {
    await db
      .updateTable('listening_runs')
      .set({ since: s.since, next_at: s.nextAt, error: s.error, ...(s.searchedAt && { searched_at: s.searchedAt }) })
      .where('query_id', '=', queryId)
      .where('channel_id', '=', channelId)
      .execute();
  },

  /** Records that `queryId` found these items of `channelId` (by external id; items stored already). */
  async addMatches(db: Queryable, queryId: string, channelId: string, externalIds: string[]): Promise<void> {
    if (externalIds.length === 0) return;
    await sql`
      INSERT INTO listening_matches (query_id, engagement_id)
      SELECT ${queryId}, e.id FROM engagements e
      WHERE e.channel_id = ${channelId} AND e.external_id IN (${sql.join(externalIds)})
      ON CONFLICT (query_id, engagement_id) DO NOTHING`.execute(db);
  },

  /** The query's newest matches, deleted items left out. */
  async latestMatches(db: Queryable, queryId: string, limit: number): Promise<Array<Selectable<EngagementsTable>>> {
    return db
      .selectFrom('listening_matches as m')
      .innerJoin('engagements as e', 'e.id', 'm.engagement_id')
      .selectAll('e')
      .where('m.query_id', '=', queryId)
      .where('e.deleted_at', 'is', null)
      .orderBy('e.created_at', 'desc')
      .orderBy('e.id', 'desc')
      .limit(limit)
      .execute();
  },

  /** The external ids of the workspace's own accounts on a network: their posts are never listening matches. */
  async ownAccounts(db: Queryable, workspaceId: string, network: string): Promise<string[]> {
    const rows = await db.selectFrom('channels').select('external_id').where('workspace_id', '=', workspaceId).where('network', '=', network).execute();
    return rows.map((r) => r.external_id);
  },
};
