/**
 * Networks' daily quotas counted in the database, shared by every Chorus process. YouTube gives each Google Cloud
 * project a daily quota (10,000 units by default, reset at midnight Pacific): a count per process would let two
 * workers each spend all of it, so units are reserved before a call, in one conditional upsert
 * (network-quota-repository.ts).
 *
 * @example
 * const youtube = createYouTubeConnector({ clientId, quotaStore: databaseYouTubeQuota(db) });
 */
import type { DB } from '../../db/database.js';
import type { QuotaUsage, YouTubeQuotaStore } from '../../networks/youtube/index.js';
import { networkQuotaRepository } from './network-quota-repository.js';

/** YouTube's quota store on the app's database: every process of the same Google project counts together. */
export function databaseYouTubeQuota(db: DB): YouTubeQuotaStore {
  return {
    reserve: (key, cost, limit) => networkQuotaRepository.reserve(db, 'youtube', key, cost, limit),
    refund: (key, cost) => networkQuotaRepository.refund(db, 'youtube', key, cost),
    exhaust: (key, limit) => networkQuotaRepository.exhaust(db, 'youtube', key, limit),
    async usage(project, day): Promise<QuotaUsage> {
      const buckets = await networkQuotaRepository.usage(db, 'youtube', project, day);
      return { units: buckets['units'] ?? 0, uploads: buckets['uploads'] ?? 0 };
    },
  };
}
