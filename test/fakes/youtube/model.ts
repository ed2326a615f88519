/** The fake YouTube's state: channels, videos, comments, upload sessions, tokens and the day's quota. */
import type { FakeResponse } from '../scaffold/server.js';

export interface Channel {
  id: string;
  title: string;
  customUrl: string;
  /** Custom thumbnails need a verified channel (thumbnails.set answers 403 forbidden otherwise). */
  verified: boolean;
  /** The channel's audience setting (channels#status.madeForKids), when set. */
  madeForKids?: boolean;
  /** channels#statistics: subscribers (0 unless set) and whether the channel hides the count. */
  subscribers?: number;
  hideSubscribers?: boolean;
}

export interface Video {
  id: string;
  channelId: string;
  title: string;
  description: string;
  tags: string[];
  categoryId: string;
  privacyStatus: 'public' | 'unlisted' | 'private';
  publishAt: string | null;
  madeForKids: boolean | null;
  bytes: number;
  uploadStatus: 'uploaded' | 'processed' | 'failed' | 'rejected';
  failureReason: string | null;
  /** Status polls still to be answered `uploaded` before `processed`. */
  pollsLeft: number;
  thumbnail: { mimeType: string; bytes: number } | null;
  stats: { views: number; likes: number; comments: number };
  publishedAt: Date;
}

export interface Comment {
  id: string;
  videoId: string;
  parentId: string | null;
  authorChannelId: string;
  authorName: string;
  text: string;
  publishedAt: Date;
  moderationStatus: 'published' | 'heldForReview' | 'rejected';
}

export interface UploadSession {
  id: string;
  channelId: string;
  total: number;
  mimeType: string;
  received: Buffer[];
  receivedBytes: number;
  resource: Omit<Video, 'id' | 'bytes' | 'uploadStatus' | 'failureReason' | 'pollsLeft' | 'thumbnail' | 'stats' | 'publishedAt'>;
  videoId: string | null;
}

export interface TokenInfo {
  channelId: string;
  clientId: string | null;
  scopes: string[];
  expiresAt: number;
}

export type { FakeResponse };

/** Google's error body (developers.google.com/youtube/v3/docs/errors). */
export function googleError(status: number, reason: string, message: string, domain = 'youtube.api'): FakeResponse {
  return { status, body: { error: { code: status, message, errors: [{ message, domain, reason }] } } };
}

export const SCOPE = {
  upload: 'https://www.googleapis.com/auth/youtube.upload',
  forceSsl: 'https://www.googleapis.com/auth/youtube.force-ssl',
  readonly: 'https://www.googleapis.com/auth/youtube.readonly',
  manage: 'https://www.googleapis.com/auth/youtube',
};
