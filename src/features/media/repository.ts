/** Uploaded media: the only code that touches the media table, and reads which publications will send it. */
import { sql, type Selectable } from 'kysely';
import type { Queryable } from '../../db/database.js';
import type { MediaTable, PublicationStatus } from '../../db/schema.js';
import type { MediaFacts } from '../../networks/connector.js';

export type MediaRow = Selectable<MediaTable>;

export const mediaRepository = {
  async insert(
    db: Queryable,
    m: MediaFacts & { id: string; workspaceId: string; storageKey: string; fileName: string; createdBy: string },
  ): Promise<MediaRow> {
    return db
      .insertInto('media')
      .values({
        id: m.id,
        workspace_id: m.workspaceId,
        storage_key: m.storageKey,
        file_name: m.fileName,
        mime_type: m.mimeType,
        size_bytes: m.sizeBytes,
        width: m.width,
        height: m.height,
        duration_seconds: m.durationSeconds ?? null,
        frame_rate: m.frameRate ?? null,
        video_codec: m.videoCodec ?? null,
        alt_text: m.altText,
        created_by: m.createdBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async findMany(db: Queryable, workspaceId: string, ids: string[]): Promise<MediaRow[]> {
    if (ids.length === 0) return [];
    return db.selectFrom('media').selectAll().where('workspace_id', '=', workspaceId).where('id', 'in', ids).execute();
  },

  /**
   * The rows a post is about to use, locked against deletion until the caller's transaction ends: a delete that
   * started meanwhile waits, then sees the post and refuses (media/in-use.ts).
   */
  async findManyForUse(db: Queryable, workspaceId: string, ids: string[]): Promise<MediaRow[]> {
    if (ids.length === 0) return [];
    return db.selectFrom('media').selectAll().where('workspace_id', '=', workspaceId).where('id', 'in', ids).forKeyShare().execute();
  },

  async find(db: Queryable, workspaceId: string, id: string): Promise<MediaRow | undefined> {
    return db.selectFrom('media').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  },

  /** For signed URLs, which carry no workspace: the signature is the authorization. */
  async findById(db: Queryable, id: string): Promise<MediaRow | undefined> {
    return db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** Deletes the row (its renditions' rows go with it, ON DELETE CASCADE); the caller removes the files. */
  async remove(db: Queryable, workspaceId: string, id: string): Promise<MediaRow | undefined> {
    return db.deleteFrom('media').where('workspace_id', '=', workspaceId).where('id', '=', id).returningAll().executeTakeFirst();
  },

  /**
   * The posts (ids, oldest first, at most `limit`) with a publication in one of `statuses` that will send this media.
   * Reads the posts slice's publications (read-only, one query): each keeps the media ids it will send (`media_ids`,
   * a jsonb array, variants already resolved), so the post's own list need not be read. The rule of which statuses
   * hold media is media/in-use.ts's.
   */
  async postsHolding(db: Queryable, workspaceId: string, mediaId: string, statuses: readonly PublicationStatus[], limit: number): Promise<string[]> {
    const rows = await db
      .selectFrom('publications')
      .innerJoin('posts', 'posts.id', 'publications.post_id')
      .select('publications.post_id')
      .where('publications.workspace_id', '=', workspaceId)
      .where('publications.status', 'in', statuses)
      .where('posts.deleted_at', 'is', null)
      .where(sql<boolean>`publications.media_ids @> ${JSON.stringify([mediaId])}::jsonb`)
      .groupBy('publications.post_id')
      .orderBy(sql`min(posts.created_at)`)
      .limit(limit)
      .execute();
    return rows.map((r) => r.post_id);
  },

  async setAltText(db: Queryable, workspaceId: string, id: string, altText: string): Promise<MediaRow | undefined> {
    return db
      .updateTable('media')
      .set({ alt_text: altText })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  },
};
