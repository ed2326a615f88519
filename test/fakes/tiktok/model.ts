/** The fake TikTok's state: apps, creators, posts and tokens, and its error answers. */
import { randomBytes } from 'node:crypto';
import type { FakeResponse } from '../scaffold/server.js';

export interface App {
  clientKey: string;
  clientSecret: string;
  redirectUris: string[];
  /** Unaudited apps may only post SELF_ONLY (content sharing guidelines). */
  audited: boolean;
  /** URL prefixes verified in the developer portal, for PULL_FROM_URL. */
  verifiedPrefixes: string[];
}

export interface Creator {
  openId: string;
  unionId: string;
  username: string;
  displayName: string;
  privacyLevelOptions: string[];
  commentDisabled: boolean;
  duetDisabled: boolean;
  stitchDisabled: boolean;
  maxVideoPostDurationSec: number;
  /** Posts accepted in a day before `spam_risk_too_many_posts`. */
  dailyPostCap: number;
  postsToday: number;
  /** `follower_count` / `following_count` of user info (0 unless a test sets them). */
  followers?: number;
  following?: number;
}

export interface Post {
  publishId: string;
  openId: string;
  mediaType: 'VIDEO' | 'PHOTO';
  source: 'FILE_UPLOAD' | 'PULL_FROM_URL';
  privacyLevel: string;
  title: string;
  description: string;
  disableComment: boolean;
  photoImages: string[];
  videoSize: number;
  chunkSize: number;
  totalChunkCount: number;
  uploadToken: string;
  uploadExpiresAt: number;
  received: Buffer[];
  receivedBytes: number;
  status: 'PROCESSING_UPLOAD' | 'PROCESSING_DOWNLOAD' | 'PUBLISH_COMPLETE' | 'FAILED';
  pollsLeft: number;
  failReason: string | null;
  postId: string | null;
  createdAt: Date;
  metrics: { views: number; likes: number; comments: number; shares: number };
}

export interface TokenInfo {
  openId: string;
  clientKey: string | null;
  scopes: string[];
  expiresAt: number;
  /** Request times per rate-limited route, for the per-minute limits. */
  calls: Map<string, number[]>;
}

export type { FakeResponse };

export const logId = (): string => `2026112423${randomBytes(10).toString('hex').toUpperCase()}`;

/** A v2 answer: `data` and `error` always both present (developers.tiktok.com/doc/tiktok-api-v2-error-handling). */
export const ok = (data: unknown, status = 200): FakeResponse => ({ status, body: { data, error: { code: 'ok', message: '', log_id: logId() } } });
export const fail = (status: number, code: string, message: string): FakeResponse => ({ status, body: { data: {}, error: { code, message, log_id: logId() } } });
