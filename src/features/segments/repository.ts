/**
 * The only place that touches `segments`, and the one read of posts that asks whether a segment is in use.
 */
import { sql, type Selectable } from 'kysely';
import type { Queryable } from '../../db/database.js';
import type { SegmentsTable } from '../../db/schema.js';

export type SegmentRow = Selectable<SegmentsTable>;

export interface SegmentFields {
  name: string;
  condition: unknown;
  timeZone: string | null;
}

/** Publication states in which a post is still to go out: a segment it names must not disappear under it. */
const WAITING = ['scheduled', 'pending_approval', 'held', 'publishing'] as const;

export const segmentsRepository = {
  async create(db: Queryable, workspaceId: string, createdBy: string | null, f: SegmentFields): Promise<SegmentRow> {
    return db
      .insertInto('segments')
      .values({ workspace_id: workspaceId, name: f.name, condition: JSON.stringify(f.condition), time_zone: f.timeZone, created_by: createdBy })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async list(db: Queryable, workspaceId: string): Promise<SegmentRow[]> {
    return db.selectFrom('segments').selectAll().where('workspace_id', '=', workspaceId).orderBy('name').orderBy('id').execute();
  },

  async find(db: Queryable, workspaceId: string, id: string): Promise<SegmentRow | undefined> {
    return db.selectFrom('segments').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  },

  /**
   * The workspace's segments among `ids` (others', or unknown ones, are simply absent). With `lock`, in a transaction,
   * they are share-locked until it ends: a post saved with a variant for one, and that segment's deletion, never cross.
   */
  async findMany(db: Queryable, workspaceId: string, ids: string[], lock = false): Promise<SegmentRow[]> {
    if (ids.length === 0) return [];
    const query = db.selectFrom('segments').selectAll().where('workspace_id', '=', workspaceId).where('id', 'in', ids);
    return lock ? query.forShare().execute() : query.execute();
  },

  /** Locks the segment for its deletion (posts being saved with a variant for it hold a share lock; see findMany). */
  async findForUpdate(db: Queryable, workspaceId: string, id: string): Promise<SegmentRow | undefined> {
    return db.selectFrom('segments').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).forUpdate().executeTakeFirst();
  },

  /** Another segment of the workspace with this name, ignoring case (names are unique that way). */
  async findByName(db: Queryable, workspaceId: string, name: string, exceptId?: string): Promise<SegmentRow | undefined> {
    let query = db.selectFrom('segments').selectAll().where('workspace_id', '=', workspaceId).where(sql`lower(name)`, '=', name.toLowerCase());
    if (exceptId) query = query.where('id', '!=', exceptId);
    return query.executeTakeFirst();
  },

  async update(db: Queryable, workspaceId: string, id: string, f: Partial<SegmentFields>): Promise<SegmentRow | undefined> {
    return db
      .updateTable('segments')
      .set({
        ...(f.name !== undefined && { name: f.name }),
        ...(f.condition !== undefined && { condition: JSON.stringify(f.condition) }),
        ...(f.timeZone !== undefined && { time_zone: f.timeZone }),
        updated_at: new Date(),
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  },

  async remove(db: Queryable, workspaceId: string, id: string): Promise<boolean> {
    const result = await db.deleteFrom('segments').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },

  /**
   * How many posts of the workspace have a publication for this segment still to go out (its own publication, or a
   * variant kept in `posts.variants[*].segmentId` while the post waits for approval).
   */
  async countScheduledPostsUsing(db: Queryable, workspaceId: string, segmentId: string): Promise<number> {
    const row = await db
      .selectFrom('posts')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('posts.workspace_id', '=', workspaceId)
      .where('posts.deleted_at', 'is', null)
      .where(sql<boolean>`posts.variants @> ${JSON.stringify([{ segmentId }])}::jsonb`)
      .where((eb) =>
        eb.exists(
          eb.selectFrom('publications').select('publications.id').whereRef('publications.post_id', '=', 'posts.id').where('publications.status', 'in', WAITING),
        ),
      )
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /**
   * How many publications name this segment at all (drafts, published, failed, cancelled, deleted posts'): the
   * database keeps the segment while any does (ON DELETE RESTRICT, migration 0027), as results are read by it.
   */
  async countPublicationsFor(db: Queryable, workspaceId: string, segmentId: string): Promise<number> {
    const row = await db
      .selectFrom('publications')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('segment_id', '=', segmentId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
};
