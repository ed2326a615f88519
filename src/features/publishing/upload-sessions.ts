/**
 * Resumable uploads kept in the database, so a worker that restarts (or another worker taking the publication)
 * resumes an upload from the byte the network confirmed instead of sending the video again.
 *
 * A session is stored per (network, idempotency key) with the channel it belongs to, sealed with the app's secret
 * key (an upload URI lets whoever holds it write the video) and bound to its network, channel and key, so a sealed
 * value copied into another row does not open. Rows go when their publication is published, or a week after their
 * last change (a YouTube session lasts about that long; a TikTok upload URL an hour) — see `sweep`.
 *
 * @example
 * const youtube = createYouTubeConnector({ sessions: databaseUploadSessions(db, secrets).youtube });
 */
import { z } from 'zod';
import type { DB } from '../../db/database.js';
import type { SecretBox } from '../channels/secret-box.js';
import type { UploadSession, UploadSessionStore } from '../../networks/youtube/index.js';
import type { TikTokPostSession, TikTokSessionStore } from '../../networks/tiktok/index.js';

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
  async find(db: DB, network: string, key: string, now = new Date()): Promise<SavedUploadSession | null> {
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

  async save(db: DB, network: string, key: string, s: { channelId: string; sessionEnc: string; bytesConfirmed: number }, now = new Date()): Promise<void> {
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

  async remove(db: DB, network: string, key: string): Promise<void> {
    await db.deleteFrom('upload_sessions').where('network', '=', network).where('idempotency_key', '=', key).execute();
  },

  /**
   * Deletes expired sessions and those whose publication is published (its ref is recorded, so the video id is no
   * longer needed to find it after a crash). Sessions of failed or held publications stay until they expire: a
   * retry then reuses the finished upload instead of posting a second copy. Returns how many went.
   */
  async sweep(db: DB, now = new Date()): Promise<number> {
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

const youtubeSession = z.object({
  sessionUri: z.string().optional(),
  bytesConfirmed: z.number().optional(),
  videoId: z.string().optional(),
  thumbnailSet: z.boolean().optional(),
});

const tiktokSession = z.object({
  publishId: z.string(),
  uploadUrl: z.string().optional(),
  chunkSize: z.number().optional(),
  totalChunkCount: z.number().optional(),
  bytesConfirmed: z.number().optional(),
});

/** A store for one network: the session sealed at rest, its confirmed bytes in the clear beside it. */
function sealedStore<S extends { bytesConfirmed?: number | undefined }>(db: DB, secrets: SecretBox, network: string, schema: z.ZodType<S>) {
  const binding = (channelId: string, key: string) => `upload-session:${network}:${channelId}:${key}`;
  return {
    async get(key: string): Promise<S | null> {
      const row = await uploadSessionsRepository.find(db, network, key);
      if (!row) return null;
      let plain: string | undefined;
      try {
        plain = secrets.open(row.sessionEnc, binding(row.channelId, key))['session'];
      } catch {
        throw new Error(`The saved ${network} upload of this publication cannot be opened: was CHORUS_SECRET_KEY changed since it started?`);
      }
      return schema.parse(JSON.parse(plain ?? 'null'));
    },
    async set(key: string, session: S, channelId: string): Promise<void> {
      const sessionEnc = secrets.seal({ session: JSON.stringify(session) }, binding(channelId, key));
      await uploadSessionsRepository.save(db, network, key, { channelId, sessionEnc, bytesConfirmed: session.bytesConfirmed ?? 0 });
    },
    async delete(key: string): Promise<void> {
      await uploadSessionsRepository.remove(db, network, key);
    },
  };
}

/** The YouTube and TikTok session stores on the app's database. */
export function databaseUploadSessions(db: DB, secrets: SecretBox): { youtube: UploadSessionStore; tiktok: TikTokSessionStore } {
  return {
    youtube: sealedStore<UploadSession>(db, secrets, 'youtube', youtubeSession),
    tiktok: sealedStore<TikTokPostSession>(db, secrets, 'tiktok', tiktokSession),
  };
}
