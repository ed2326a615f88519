/**
 * What the network connectors keep in the app's database: resumable upload sessions (YouTube, TikTok) and YouTube's
 * project-wide daily quota. Built once per process, after the database and secret key are open, and given to
 * `createNetworkRegistry`; the workers sweep what is no longer needed.
 *
 * @example
 * const networks = createNetworkRegistry(config, databaseNetworkStores(database.db, secrets));
 */
import type { DB } from '../../db/database.js';
import type { SecretBox } from '../channels/secret-box.js';
import type { NetworkStores } from '../../networks/index.js';
import { pacificDay } from '../../networks/youtube/index.js';
import { databaseYouTubeQuota } from './network-quota.js';
import { networkQuotaRepository } from './network-quota-repository.js';
import { databaseUploadSessions } from './upload-sessions.js';
import { uploadSessionsRepository } from './upload-sessions-repository.js';

/** Quota days kept after they end, for someone reading the table to see recent spending. */
const QUOTA_DAYS_KEPT = 7;

export function databaseNetworkStores(db: DB, secrets: SecretBox): NetworkStores {
  const sessions = databaseUploadSessions(db, secrets);
  return { youtube: { sessions: sessions.youtube, quota: databaseYouTubeQuota(db) }, tiktok: { sessions: sessions.tiktok } };
}

/** Deletes finished or expired upload sessions and old quota days; returns how many rows of each went. */
export async function sweepNetworkStores(db: DB, now = new Date()): Promise<{ sessions: number; quotaDays: number }> {
  const sessions = await uploadSessionsRepository.sweep(db, now);
  const quotaDays = await networkQuotaRepository.sweep(db, 'youtube', pacificDay(now.getTime() - QUOTA_DAYS_KEPT * 86_400_000));
  return { sessions, quotaDays };
}
