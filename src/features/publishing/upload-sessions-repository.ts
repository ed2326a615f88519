/**
 * Resumable uploads' sessions at rest: the only code that touches `upload_sessions`. upload-sessions.ts seals and
 * opens them; here they are opaque sealed strings beside the bytes the network confirmed.
 *
 * @example
 * await uploadSessionsRepository.save(db, 'youtube', key, { channelId, sessionEnc, bytesConfirmed: 0 });
 */
import type { Queryable } from '../../db/database.js';

/** How long a session is kept after its last change. Google documents a week for its resumable sessions elsewhere
 * (Cloud Storage, Street View Publish); YouTube's guide gives no figure and answers 404 once it is gone. */
export const UPLOAD_SESSION_TTL_MS = 7 * 24 * 3600_000;

export interface SavedUploadSession {
  channelId: string;
  sessionEnc: string;
  bytesConfirmed: number;
  updatedAt: Date;
  expiresAt: Date;
}

/** The only code that touches `upload_sessions`. */
export const uploadSessionsRepository = {
  /** The session of a key, unless it expired (an expired row waits for the sweep but is never used). */
  async find(db: Queryable, network: string, key: string, now = new Date()): Promise<SavedUploadSession | null> {
    const row = await db
      .selectFrom('upload_sessions')
      .select(['channel_id', 'session_enc', 'bytes_confirmed', 'updated_at', 'expires_at'])
      .where('network', '=', network)
      .where('idempotency_key', '=', key)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    if (!row) return null;
    return { channelId: row.channel_id, sessionEnc: row.session_enc, bytesConfirmed: row.bytes_confirmed, updatedAt: row.updated_at, expiresAt: row.expires_at };
  },

  async save(db: Queryable, network: string, key: string, s: { channelId: string; sessionEnc: string; bytesConfirmed: number }, now = new Date()): Promise<void> {
    const values = {
      channel_id: s.channelId,
      session_enc: s.sessionEnc,
      bytes_confirmed: Math.max(0, Math.floor(s.bytesConfirmed)),
      updated_at: now,
      expires_at: new Date(now.getTime() + UPLOAD_SESSION_TTL_MS),
    };
    await db
      .insertInto('upload_sessions')
      .values({ network, idempotency_key: key, ...values })
      .onConflict((oc) => oc.columns(['network', 'idempotency_key']).doUpdateSet(values))
      .execute();
  },

  async remove(db: Queryable, network: string, key: string): Promise<void> {
    await db.deleteFrom('upload_sessions').where('network', '=', network).where('idempotency_key', '=', key).execute();
  },

  /**
   * Deletes expired sessions and those whose publication is published (its ref is recorded, so the video id is no
   * longer needed to find it after a crash). Sessions of failed or held publications stay until they expire: a
   * retry then reuses the finished upload instead of posting a second copy. Returns how many went.
   */
  async sweep(db: Queryable, now = new Date()): Promise<number> {
    const result = await db
      .deleteFrom('upload_sessions')
      .where((eb) =>
        eb.or([
          eb('expires_at', '<=', now),
          eb.exists(
            eb
              .selectFrom('publications')
              .select('publications.id')
              .whereRef('publications.idempotency_key', '=', 'upload_sessions.idempotency_key')
              .whereRef('publications.channel_id', '=', 'upload_sessions.channel_id')
              .where('publications.status', '=', 'published'),
          ),
        ]),
      )
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  },
};
