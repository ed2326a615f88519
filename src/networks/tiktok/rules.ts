/**
 * What TikTok accepts in one post, the TikTok-only options (`content.options`: `{ privacyLevel, disableComment,
 * disableDuet, disableStitch, title, isAigc }`) and the checks against the creator's own settings
 * (`creator_info/query`), which the composer can reuse.
 *
 * Sources: developers.tiktok.com/doc/content-posting-api-media-transfer-guide (video: MP4/WebM/MOV, H.264/H.265/
 * VP8/VP9, 23–60 FPS, 360–4096 px, up to 4 GB and 10 minutes; photos: JPEG/WEBP, 20 MB, 1080p; chunk rules),
 * …/content-posting-api-reference-direct-post (caption `title` up to 2,200 UTF-16 runes; 6 init requests per minute
 * per token), …/content-posting-api-reference-photo-post (up to 35 photos; title 90 runes, description 4,000),
 * …/content-sharing-guidelines (the person picks the audience: no default privacy level).
 */
import type { MediaForNetwork, NetworkLimits, PublicationContent, Violation } from '../connector.js';
import { readStoredLimits } from '../limits-schema.js';
import { validateCommon } from '../validate.js';

const MIB = 1024 * 1024;

export const TIKTOK_DEFAULT_LIMITS: NetworkLimits = {
  /** The caption of a video (2,200 UTF-16 runes: checked in code units below). */
  maxGraphemes: 2200,
  maxImages: 35,
  maxImageBytes: 20 * MIB,
  maxVideos: 1,
  maxVideoBytes: 4 * 1024 * MIB,
  allowMixedMedia: false,
  acceptedImageTypes: ['image/jpeg', 'image/webp'],
  acceptedVideoTypes: ['video/mp4', 'video/webm', 'video/quicktime'],
  // developers.tiktok.com/doc/content-posting-api-media-transfer-guide: photos JPEG or WEBP, 20 MB, "1080p" at
  // most — read as 1920 pixels on the long side and 1920×1080 pixels in all.
  images: { formats: ['image/jpeg', 'image/webp'], maxBytes: 20 * MIB, maxWidth: 1920, maxHeight: 1920, maxPixels: 1920 * 1080 },
  // "Each user access_token is limited to 6 requests per minute" on video/init and content/init.
  rate: { requests: 6, perSeconds: 60 },
};

export const TIKTOK_PRIVACY_LEVELS = ['PUBLIC_TO_EVERYONE', 'MUTUAL_FOLLOW_FRIENDS', 'FOLLOWER_OF_CREATOR', 'SELF_ONLY'] as const;
export type TikTokPrivacy = (typeof TIKTOK_PRIVACY_LEVELS)[number];
export const TIKTOK_MAX_CAPTION = 2200;
export const TIKTOK_MAX_PHOTO_TITLE = 90;
export const TIKTOK_MAX_PHOTO_DESCRIPTION = 4000;
/** The API's ceiling; a creator's own is `max_video_post_duration_sec`. */
export const TIKTOK_MAX_DURATION_SECONDS = 600;
export const TIKTOK_MIN_DURATION_SECONDS = 3;
const CODECS = new Set(['h264', 'avc1', 'hevc', 'h265', 'hvc1', 'hev1', 'vp8', 'vp9']);

export interface TikTokOptions {
  privacyLevel?: TikTokPrivacy;
  disableComment: boolean;
  disableDuet: boolean;
  disableStitch: boolean;
  /** Photo posts only: the title (the text is the description). */
  title?: string;
  isAigc: boolean;
}

/** `creator_info/query`'s data, as the composer needs it. */
export interface TikTokCreatorInfo {
  privacyLevelOptions: string[];
  commentDisabled: boolean;
  duetDisabled: boolean;
  stitchDisabled: boolean;
  maxVideoPostDurationSec: number | null;
  username?: string;
  nickname?: string;
}

export function readTikTokOptions(options: Record<string, unknown> | undefined): TikTokOptions {
  const o = options ?? {};
  const privacy = TIKTOK_PRIVACY_LEVELS.find((p) => p === o['privacyLevel']);
  return {
    ...(privacy ? { privacyLevel: privacy } : {}),
    disableComment: o['disableComment'] === true,
    disableDuet: o['disableDuet'] === true,
    disableStitch: o['disableStitch'] === true,
    ...(typeof o['title'] === 'string' && o['title'].trim() ? { title: o['title'].trim() } : {}),
    isAigc: o['isAigc'] === true,
  };
}

export const isPhotoPost = (content: PublicationContent): boolean => content.media.length > 0 && content.media.every((m) => m.mimeType.startsWith('image/'));

function checkVideo(m: MediaForNetwork, i: number, maxSeconds: number): Violation[] {
  const v: Violation[] = [];
  const field = `media[${i}]`;
  if (m.durationSeconds != null && m.durationSeconds > maxSeconds) {
    v.push({ rule: 'video_too_long', field, message: `This TikTok account can post videos up to ${maxSeconds} seconds; this one lasts ${Math.round(m.durationSeconds)}.` });
  }
  if (m.durationSeconds != null && m.durationSeconds < TIKTOK_MIN_DURATION_SECONDS) {
    v.push({ rule: 'video_too_short', field, message: `TikTok needs videos of at least ${TIKTOK_MIN_DURATION_SECONDS} seconds.` });
  }
  if (m.frameRate != null && (m.frameRate < 23 || m.frameRate > 60)) {
    v.push({ rule: 'frame_rate', field, message: `TikTok accepts 23 to 60 frames per second; this video has ${m.frameRate}.` });
  }
  if (m.videoCodec && !CODECS.has(m.videoCodec.toLowerCase())) {
    v.push({ rule: 'video_codec', field, message: `TikTok accepts H.264, H.265, VP8 or VP9 video; this one is ${m.videoCodec}.` });
  }
  for (const [side, value] of [['width', m.width], ['height', m.height]] as const) {
    if (value !== null && (value < 360 || value > 4096)) {
      v.push({ rule: 'video_dimensions', field, message: `TikTok needs a video ${side} between 360 and 4096 pixels; this one is ${value}.` });
    }
  }
  return v;
}

/** Pure: the shared checks, captions, one video or 1–35 photos, probed video facts and the options. */
export function validateForTikTok(content: PublicationContent, limits: NetworkLimits, maxSeconds = TIKTOK_MAX_DURATION_SECONDS): Violation[] {
  const photo = isPhotoPost(content);
  // TikTok counts UTF-16 runes, so the shared grapheme count is replaced by `.length` below.
  const violations = validateCommon(content, { ...limits, maxGraphemes: Number.POSITIVE_INFINITY }, 'TikTok').filter((v) => v.rule !== 'empty');
  const options = readTikTokOptions(content.options);
  const raw = content.options ?? {};
  const add = (rule: string, field: string, message: string) => violations.push({ rule, field, message });
  if (content.media.length === 0) add('media_required', 'media', 'TikTok posts a video or photos: attach one video or up to 35 photos.');
  const captionMax = photo ? TIKTOK_MAX_PHOTO_DESCRIPTION : Math.min(limits.maxGraphemes, TIKTOK_MAX_CAPTION);
  if (content.text.length > captionMax) add('too_long', 'text', `TikTok allows ${captionMax} characters here; this text has ${content.text.length}.`);
  if (options.title && options.title.length > TIKTOK_MAX_PHOTO_TITLE) {
    add('title_too_long', 'options.title', `TikTok allows ${TIKTOK_MAX_PHOTO_TITLE} characters in a photo post's title.`);
  }
  content.media.forEach((m, i) => {
    if (m.mimeType.startsWith('video/')) violations.push(...checkVideo(m, i, maxSeconds));
  });
  if (!options.privacyLevel) {
    const bad = raw['privacyLevel'] !== undefined;
    add(bad ? 'invalid_option' : 'privacy_required', 'options.privacyLevel', bad ? 'Unknown TikTok audience.' : 'Choose who can see this TikTok post (TikTok asks for it every time).');
  }
  for (const key of ['disableComment', 'disableDuet', 'disableStitch', 'isAigc']) {
    if (raw[key] !== undefined && typeof raw[key] !== 'boolean') add('invalid_option', `options.${key}`, 'This TikTok setting is yes or no.');
  }
  return violations;
}

/**
 * Pure: the post against what `creator_info/query` says of the creator right now (the composer shows the same):
 * an audience the creator offers, interactions the creator has not turned off, a duration within their maximum.
 */
export function validateAgainstCreator(content: PublicationContent, creator: TikTokCreatorInfo): Violation[] {
  const options = readTikTokOptions(content.options);
  const v: Violation[] = [];
  if (options.privacyLevel && !creator.privacyLevelOptions.includes(options.privacyLevel)) {
    const offered = creator.privacyLevelOptions.join(', ') || 'none';
    v.push({ rule: 'privacy_not_offered', field: 'options.privacyLevel', message: `This TikTok account offers these audiences: ${offered}.` });
  }
  const turnedOff: [boolean, boolean, string, string][] = [
    [creator.commentDisabled, options.disableComment, 'options.disableComment', 'comments'],
    [creator.duetDisabled, options.disableDuet, 'options.disableDuet', 'duets'],
    [creator.stitchDisabled, options.disableStitch, 'options.disableStitch', 'stitches'],
  ];
  const photo = isPhotoPost(content);
  for (const [off, disabled, field, what] of turnedOff) {
    // Photo posts have no duet or stitch.
    if (off && !disabled && !(photo && what !== 'comments')) {
      v.push({ rule: 'interaction_disabled', field, message: `This TikTok account has turned off ${what} in its settings, so the post cannot allow them.` });
    }
  }
  if (creator.maxVideoPostDurationSec !== null) {
    content.media.forEach((m, i) => {
      if (m.mimeType.startsWith('video/') && m.durationSeconds != null && m.durationSeconds > creator.maxVideoPostDurationSec!) {
        v.push({ rule: 'video_too_long', field: `media[${i}]`, message: `This TikTok account can post videos up to ${creator.maxVideoPostDurationSec} seconds.` });
      }
    });
  }
  return v;
}

export const TIKTOK_MIN_CHUNK = 5 * MIB;
export const TIKTOK_MAX_CHUNK = 64 * MIB;
const DEFAULT_CHUNK = 10 * MIB;

/**
 * Pure: the chunking TikTok asks for (media transfer guide, "Chunk restrictions"): under 5 MB one chunk of the whole
 * file; otherwise chunks of 5–64 MB, `total_chunk_count = floor(size / chunk_size)`, the last chunk taking the
 * trailing bytes (under 2 × chunk_size ≤ 128 MB), at most 1,000 chunks.
 */
export function planChunks(videoSize: number, preferred = DEFAULT_CHUNK): { chunkSize: number; totalChunkCount: number } {
  if (videoSize < TIKTOK_MIN_CHUNK) return { chunkSize: videoSize, totalChunkCount: 1 };
  let chunkSize = Math.min(TIKTOK_MAX_CHUNK, Math.max(TIKTOK_MIN_CHUNK, preferred, Math.ceil(videoSize / 1000)));
  if (videoSize <= chunkSize) chunkSize = videoSize;
  return { chunkSize, totalChunkCount: Math.floor(videoSize / chunkSize) };
}

/** The byte range of chunk `index` (0-based) of a plan. */
export function chunkRange(videoSize: number, plan: { chunkSize: number; totalChunkCount: number }, index: number): { first: number; last: number } {
  const first = index * plan.chunkSize;
  const last = index === plan.totalChunkCount - 1 ? videoSize - 1 : first + plan.chunkSize - 1;
  return { first, last };
}

export function limitsFromStored(stored: Record<string, unknown>): NetworkLimits {
  return readStoredLimits(stored, TIKTOK_DEFAULT_LIMITS);
}
