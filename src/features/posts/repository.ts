/** Posts and their publications (one per channel): the only code that touches these tables for the composer. */
import { sql, type Selectable } from 'kysely';
import type { Tx, Queryable } from '../../db/database.js';
import { containsPattern } from '../../db/like.js';
import type { DueReason, PostsTable, PostVariantRow, PublicationsTable, PublicationStatus, ScheduledLocal } from '../../db/schema.js';

export type PostRow = Selectable<PostsTable>;
export type PublicationRow = Selectable<PublicationsTable>;

export interface NewPublication {
  channelId: string;
  network: string;
  /** The audience segment it is the variant for; null for the channel's default publication. */
  segmentId: string | null;
  /** The IANA zone its due time was set in. */
  timeZone: string;
  text: string;
  mediaIds: string[];
  options?: Record<string, unknown>;
  status: PublicationStatus;
  scheduledAt: Date | null;
  /** Why Chorus chose its due time (queue slot, best time); null: a person chose it. */
  dueReason?: DueReason | null;
  /** Its slot in the post's experiment: one publication per channel and slot (see features/experiments). */
  experimentSlot?: number;
}

export const postsRepository = {
  async insertPost(
    db: Queryable,
    p: { workspaceId: string; authorId: string; text: string; mediaIds: string[]; variants: PostVariantRow[]; status: string; scheduledAt: Date | null; scheduledLocal: ScheduledLocal | null; timezone: string; trackLinks: boolean; campaignId: string | null; signature: boolean; tags: string[] },
  ): Promise<PostRow> {
    return db
      .insertInto('posts')
      .values({
        workspace_id: p.workspaceId,
        author_id: p.authorId,
        text: p.text,
        media_ids: JSON.stringify(p.mediaIds),
        variants: JSON.stringify(p.variants),
        status: p.status,
        scheduled_at: p.scheduledAt,
        scheduled_local: p.scheduledLocal ? JSON.stringify(p.scheduledLocal) : null,
        timezone: p.timezone,
        track_links: p.trackLinks,
        campaign_id: p.campaignId,
        signature: p.signature,
        tags: JSON.stringify(p.tags),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async updatePost(
    db: Queryable,
    workspaceId: string,
    id: string,
    p: Partial<{ text: string; mediaIds: string[]; variants: PostVariantRow[]; status: string; scheduledAt: Date | null; scheduledLocal: ScheduledLocal | null; approvedBy: string; deletedAt: Date; trackLinks: boolean; campaignId: string | null; signature: boolean; tags: string[] }>,
  ): Promise<PostRow | undefined> {
    return db
      .updateTable('posts')
      .set({
        ...(p.text !== undefined && { text: p.text }),
        ...(p.mediaIds !== undefined && { media_ids: JSON.stringify(p.mediaIds) }),
        ...(p.variants !== undefined && { variants: JSON.stringify(p.variants) }),
        ...(p.status !== undefined && { status: p.status }),
        ...(p.scheduledAt !== undefined && { scheduled_at: p.scheduledAt }),
        ...(p.scheduledLocal !== undefined && { scheduled_local: p.scheduledLocal ? JSON.stringify(p.scheduledLocal) : null }),
        ...(p.approvedBy !== undefined && { approved_by: p.approvedBy, approved_at: new Date() }),
        ...(p.deletedAt !== undefined && { deleted_at: p.deletedAt }),
        ...(p.trackLinks !== undefined && { track_links: p.trackLinks }),
        ...(p.campaignId !== undefined && { campaign_id: p.campaignId }),
        ...(p.signature !== undefined && { signature: p.signature }),
        ...(p.tags !== undefined && { tags: JSON.stringify(p.tags) }),
        updated_at: new Date(),
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  },

  async insertPublications(db: Queryable, workspaceId: string, postId: string, pubs: NewPublication[]): Promise<PublicationRow[]> {
    if (pubs.length === 0) return [];
    return db
      .insertInto('publications')
      .values(
        pubs.map((p) => ({
          workspace_id: workspaceId,
          post_id: postId,
          channel_id: p.channelId,
          network: p.network,
          segment_id: p.segmentId,
          time_zone: p.timeZone,
          text: p.text,
          media_ids: JSON.stringify(p.mediaIds),
          options: JSON.stringify(p.options ?? {}),
          status: p.status,
          scheduled_at: p.scheduledAt,
          due_reason: p.dueReason ? JSON.stringify(p.dueReason) : null,
          experiment_slot: p.experimentSlot ?? null,
          // Fixed for the publication's life and sent with every attempt (exactly-once on the network side).
          idempotency_key: `chorus-${postId}-${p.channelId}${p.segmentId ? `-${p.segmentId}` : ''}${p.experimentSlot !== undefined ? `-x${p.experimentSlot}` : ''}`,
        })),
      )
      .returningAll()
      .execute();
  },

  /** Changes a not-yet-published publication; bumps its version so jobs queued for the old one do nothing. */
  async updatePublication(
    db: Queryable,
    id: string,
    p: Partial<{ text: string; mediaIds: string[]; options: Record<string, unknown>; timeZone: string; status: PublicationStatus; scheduledAt: Date | null; dueReason: DueReason | null; error: string | null }>,
  ): Promise<PublicationRow> {
    return db
      .updateTable('publications')
      .set((eb) => ({
        ...(p.text !== undefined && { text: p.text }),
        ...(p.mediaIds !== undefined && { media_ids: JSON.stringify(p.mediaIds) }),
        ...(p.options !== undefined && { options: JSON.stringify(p.options) }),
        ...(p.timeZone !== undefined && { time_zone: p.timeZone }),
        ...(p.status !== undefined && { status: p.status }),
        ...(p.scheduledAt !== undefined && { scheduled_at: p.scheduledAt }),
        ...(p.dueReason !== undefined && { due_reason: p.dueReason ? JSON.stringify(p.dueReason) : null }),
        ...(p.error !== undefined && { error: p.error }),
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /** The text actually published (tracked links spliced in); no version bump: the queued job stays valid. */
  async setPublicationText(db: Queryable, id: string, text: string): Promise<PublicationRow> {
    return db.updateTable('publications').set({ text, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  },

  /** An experiment's variant, picked as the publication goes out; no version bump: the running job stays valid. */
  async setPublicationContent(db: Queryable, id: string, text: string, mediaIds: string[]): Promise<PublicationRow> {
    return db
      .updateTable('publications')
      .set({ text, media_ids: JSON.stringify(mediaIds), updated_at: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async deletePublication(db: Queryable, id: string): Promise<void> {
    await db.deleteFrom('publications').where('id', '=', id).execute();
  },

  async findPost(db: Queryable, workspaceId: string, id: string): Promise<PostRow | undefined> {
    return db
      .selectFrom('posts')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
  },

  /** Locks the post's publications for a change (the publisher locks them too, so the two never cross). */
  async publicationsForUpdate(db: Tx, postId: string): Promise<PublicationRow[]> {
    return db.selectFrom('publications').selectAll().where('post_id', '=', postId).orderBy('created_at').forUpdate().execute();
  },

  async publicationsOf(db: Queryable, postIds: string[]): Promise<PublicationRow[]> {
    if (postIds.length === 0) return [];
    return db.selectFrom('publications').selectAll().where('post_id', 'in', postIds).orderBy('created_at').execute();
  },

  /**
   * Holds the channel's schedule until the transaction ends: two moves onto the same full hour, saved at once, are
   * counted one after the other instead of both fitting.
   */
  async lockChannelSchedule(db: Queryable, channelId: string): Promise<void> {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`chorus.schedule.${channelId}`}))`.execute(db);
  },

  /**
   * When each of a channel's other publications went or goes out (published, else due) between `from` and `to`: the
   * ones a network's publishing quota counts (scheduled, held, waiting for approval, publishing, published).
   */
  async dueTimesOnChannel(db: Queryable, channelId: string, from: Date, to: Date, exceptPostId: string | null): Promise<number[]> {
    const at = sql<Date>`coalesce(published_at, scheduled_at)`;
    let q = db
      .selectFrom('publications')
      .select(at.as('at'))
      .where('channel_id', '=', channelId)
      .where('status', 'in', ['pending_approval', 'scheduled', 'held', 'publishing', 'published'])
      .where(at, '>=', from)
      .where(at, '<=', to);
    if (exceptPostId) q = q.where('post_id', '!=', exceptPostId);
    const rows = await q.execute();
    return rows.map((r) => new Date(r.at).getTime());
  },

  async listPosts(db: Queryable, workspaceId: string, f: { from?: Date; to?: Date; status?: string; tag?: string; q?: string; limit: number }): Promise<PostRow[]> {
    let q = db.selectFrom('posts').selectAll().where('workspace_id', '=', workspaceId).where('deleted_at', 'is', null);
    if (f.from) q = q.where('scheduled_at', '>=', f.from);
    if (f.to) q = q.where('scheduled_at', '<', f.to);
    if (f.status) q = q.where('status', '=', f.status);
    if (f.tag) q = q.where(sql<boolean>`tags @> ${JSON.stringify([f.tag])}::jsonb`);
    if (f.q) q = q.where(sql<boolean>`(text ILIKE ${containsPattern(f.q)} OR tags::text ILIKE ${containsPattern(f.q)})`);
    return q.orderBy('scheduled_at', 'asc').orderBy('created_at', 'desc').limit(f.limit).execute();
  },
};
