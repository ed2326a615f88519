/** Uploaded media: the only code that touches the media table. */
import type { Selectable } from 'kysely';
import type { DB, Tx } from '../../db/database.js';
import type { MediaTable } from '../../db/schema.js';

type Q = DB | Tx;
export type MediaRow = Selectable<MediaTable>;

export const mediaRepository = {
  async insert(
    db: Q,
    m: {
      id: string;
      workspaceId: string;
      storageKey: string;
      fileName: string;
      mimeType: string;
      sizeBytes: number;
      width: number | null;
      height: number | null;
      durationSeconds?: number | null;
      frameRate?: number | null;
      videoCodec?: string | null;
      altText: string;
      createdBy: string;
    },
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

  async findMany(db: Q, workspaceId: string, ids: string[]): Promise<MediaRow[]> {
    if (ids.length === 0) return [];
    return db.selectFrom('media').selectAll().where('workspace_id', '=', workspaceId).where('id', 'in', ids).execute();
  },

  /**
   * The rows a post is about to use, locked against deletion until the caller's transaction ends: a delete that
   * started meanwhile waits, then sees the post and refuses (media/in-use.ts).
   */
  async findManyForUse(db: Q, workspaceId: string, ids: string[]): Promise<MediaRow[]> {
    if (ids.length === 0) return [];
    return db.selectFrom('media').selectAll().where('workspace_id', '=', workspaceId).where('id', 'in', ids).forKeyShare().execute();
  },

  async find(db: Q, workspaceId: string, id: string): Promise<MediaRow | undefined> {
    return db.selectFrom('media').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  },

  /** For signed URLs, which carry no workspace: the signature is the authorization. */
  async findById(db: Q, id: string): Promise<MediaRow | undefined> {
    return db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** Deletes the row (its renditions' rows go with it, ON DELETE CASCADE); the caller removes the files. */
  async remove(db: Q, workspaceId: string, id: string): Promise<MediaRow | undefined> {
    return db.deleteFrom('media').where('workspace_id', '=', workspaceId).where('id', '=', id).returningAll().executeTakeFirst();
  },

  async setAltText(db: Q, workspaceId: string, id: string, altText: string): Promise<MediaRow | undefined> {
    return db
      .updateTable('media')
      .set({ alt_text: altText })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  },
};
