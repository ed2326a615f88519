/**
 * Resumable uploads kept in the database, so a worker that restarts (or another worker taking the publication)
 * resumes an upload from the byte the network confirmed instead of sending the video again.
 *
 * A session is stored per (network, idempotency key) with the channel it belongs to, sealed with the app's secret
 * key (an upload URI lets whoever holds it write the video) and bound to its network, channel and key, so a sealed
 * value copied into another row does not open. Rows go when their publication is published, or a week after their
 * last change (a YouTube session lasts about that long; a TikTok upload URL an hour) — see
 * `uploadSessionsRepository.sweep`.
 *
 * @example
 * const youtube = createYouTubeConnector({ sessions: databaseUploadSessions(db, secrets).youtube });
 */
import { z } from 'zod';
import type { DB } from '../../db/database.js';
import type { SecretBox } from '../channels/secret-box.js';
import type { UploadSession, UploadSessionStore } from '../../networks/youtube/index.js';
import type { TikTokPostSession, TikTokSessionStore } from '../../networks/tiktok/index.js';
import { uploadSessionsRepository } from './upload-sessions-repository.js';

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
