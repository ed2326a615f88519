/**
 * What an Instagram post made through the Content Publishing API may hold, checked before a post is saved so a
 * person learns at once, not at publish time. Sources:
 * - https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media (caption: 2,200
 *   characters, 30 hashtags, 20 @ tags; images: JPEG, 8 MB, aspect ratio 4:5 to 1.91:1; Reels: MOV or MP4, 300 MB);
 * - https://developers.facebook.com/docs/instagram-platform/content-publishing (JPEG is the only image format;
 *   carousels hold up to 10 images and videos; every post needs media).
 */
import { readStoredLimits } from '../limits-schema.js';
import type { NetworkLimits, PublicationContent, Violation } from '../connector.js';
import { validateCommon } from '../validate.js';

export const INSTAGRAM_DEFAULT_LIMITS: NetworkLimits = {
  maxGraphemes: 2_200,
  maxImages: 10,
  maxImageBytes: 8 * 1024 * 1024,
  maxVideos: 10,
  maxVideoBytes: 300 * 1024 * 1024,
  // A carousel may mix images and videos.
  allowMixedMedia: true,
  acceptedImageTypes: ['image/jpeg'],
  acceptedVideoTypes: ['video/mp4', 'video/quicktime'],
  // Image specifications of https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media:
  // JPEG, 8 MB, width 320 to 1440 ("will be scaled up to the minimum" and "down to the maximum": Instagram enlarges
  // small ones itself, so no minimum here; Chorus shrinks large ones so their bytes are chosen, not Instagram's).
  images: { formats: ['image/jpeg'], maxBytes: 8 * 1024 * 1024, maxWidth: 1440 },
  // Instagram calls count against the account's Business Use Case quota (4,800 × impressions per 24 h); publishing
  // takes 4-6 calls, so 200 an hour leaves room for metrics and comments
  // (https://developers.facebook.com/docs/graph-api/overview/rate-limiting).
  rate: { requests: 200, perSeconds: 3600 },
};

export const MAX_HASHTAGS = 30;
export const MAX_MENTIONS = 20;
export const MAX_CAROUSEL_ITEMS = 10;
/** Feed images between 4:5 (portrait) and 1.91:1 (landscape), as width ÷ height. */
export const MIN_ASPECT_RATIO = 4 / 5;
export const MAX_ASPECT_RATIO = 1.91;

/** `#word` in any script, not inside a word or URL (`a#b` and `https://x/#top` are not hashtags). */
const HASHTAG = /(^|[^\p{L}\p{N}_&/#])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu;
/** `@username`: letters, digits, dots and underscores, not part of an e-mail address. */
const MENTION = /(^|[^\p{L}\p{N}_.@])@([A-Za-z0-9._]{1,30})/gu;

export function countHashtags(text: string): number {
  return [...text.matchAll(HASHTAG)].length;
}

export function countMentions(text: string): number {
  return [...text.matchAll(MENTION)].length;
}

/** Stored limits (the object `connect` returned, or one holding it under `limits`) over the defaults, field by field. */
export function instagramLimitsFromStored(stored: Record<string, unknown>): NetworkLimits {
  return readStoredLimits(stored, INSTAGRAM_DEFAULT_LIMITS);
}

/** Pure: the common checks plus Instagram's (media required, hashtags, mentions, carousel size, aspect ratio). */
export function validateForInstagram(content: PublicationContent, limits: NetworkLimits): Violation[] {
  const violations = validateCommon(content, limits, 'Instagram').filter((v) => v.rule !== 'empty');
  if (content.media.length === 0) {
    violations.push({ rule: 'media_required', field: 'media', message: 'Instagram posts need at least one image or video.' });
  }
  if (content.media.length > MAX_CAROUSEL_ITEMS) {
    violations.push({
      rule: 'too_many_media',
      field: 'media',
      message: `An Instagram carousel holds up to ${MAX_CAROUSEL_ITEMS} images and videos; this post has ${content.media.length}.`,
    });
  }
  const hashtags = countHashtags(content.text);
  if (hashtags > MAX_HASHTAGS) {
    violations.push({ rule: 'too_many_hashtags', field: 'text', message: `Instagram allows ${MAX_HASHTAGS} hashtags per post; this one has ${hashtags}.` });
  }
  const mentions = countMentions(content.text);
  if (mentions > MAX_MENTIONS) {
    violations.push({ rule: 'too_many_mentions', field: 'text', message: `Instagram allows ${MAX_MENTIONS} @mentions per post; this one has ${mentions}.` });
  }
  content.media.forEach((m, i) => {
    if (!m.mimeType.startsWith('image/')) return;
    if (m.width && m.height) {
      const ratio = m.width / m.height;
      // A hair of tolerance: 1080×1350 is exactly 0.8, 1080×566 is 1.908.
      if (ratio < MIN_ASPECT_RATIO - 0.005 || ratio > MAX_ASPECT_RATIO + 0.005) {
        violations.push({
          rule: 'aspect_ratio',
          field: `media[${i}]`,
          message: `Instagram feed images must be between 4:5 (portrait) and 1.91:1 (landscape); this one is ${m.width}×${m.height}. Crop it first.`,
        });
      }
    }
  });
  return violations;
}
