/** Converted images (media_renditions): the only code that touches that table. */
import type { Selectable } from 'kysely';
import type { Queryable } from '../../db/database.js';
import type { MediaRenditionsTable } from '../../db/schema.js';

export type RenditionRow = Selectable<MediaRenditionsTable>;

export const renditionsRepository = {
  async find(db: Queryable, mediaId: string, key: string): Promise<RenditionRow | undefined> {
    return db.selectFrom('media_renditions').selectAll().where('media_id', '=', mediaId).where('key', '=', key).executeTakeFirst();
  },

  /**
   * Saves a rendition unless another process saved one for the same media and rules first; returns the row that
   * stands, and whether it is this one (the loser removes its file).
   */
  async insertOrGet(
    db: Queryable,
    r: { mediaId: string; key: string; storageKey: string; mimeType: string; sizeBytes: number; width: number; height: number },
  ): Promise<{ row: RenditionRow; inserted: boolean }> {
    const inserted = await db
      .insertInto('media_renditions')
      .values({
        media_id: r.mediaId,
        key: r.key,
        storage_key: r.storageKey,
        mime_type: r.mimeType,
        size_bytes: r.sizeBytes,
        width: r.width,
        height: r.height,
      })
      .onConflict((oc) => oc.columns(['media_id', 'key']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted) return { row: inserted, inserted: true };
    const existing = await this.find(db, r.mediaId, r.key);
    if (!existing) throw new Error(`Rendition ${r.key} of media ${r.mediaId} vanished while being saved`);
    return { row: existing, inserted: false };
  },

  async listForMedia(db: Queryable, mediaId: string): Promise<RenditionRow[]> {
    return db.selectFrom('media_renditions').selectAll().where('media_id', '=', mediaId).orderBy('key').execute();
  },
};
