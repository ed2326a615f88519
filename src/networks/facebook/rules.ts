/**
 * What a Facebook Page post may hold. Graph publishes text and links on `/{page-id}/feed`, photos on `/photos`,
 * video on `/videos` (https://developers.facebook.com/docs/pages-api/posts); a post is either photos or one video.
 */
import { readStoredLimits } from '../limits-schema.js';
import type { NetworkLimits, PublicationContent, Violation } from '../connector.js';
import { validateCommon } from '../validate.js';
import { facebookTargeting, replyTargetingViolation } from './targeting.js';

export const FACEBOOK_DEFAULT_LIMITS: NetworkLimits = {
  // The length Facebook's composer accepts for a post (63,206 characters); Graph refuses longer messages.
  maxGraphemes: 63_206,
  // Graph documents no maximum for `attached_media`; 10 keeps multi-photo posts within what Pages show as one grid
  // and matches Instagram's carousel, so one composer rule fits both Meta networks.
  maxImages: 10,
  // Page photos: JPEG, BMP, PNG, GIF, TIFF, HEIF, WebP under 4 MB
  // (https://developers.facebook.com/docs/graph-api/reference/page/photos/).
  maxImageBytes: 4_000_000,
  maxVideos: 1,
  // Non-resumable video publishing (`file_url`) takes files up to 1 GB
  // (https://developers.facebook.com/docs/video-api/guides/publishing).
  maxVideoBytes: 1_000_000_000,
  allowMixedMedia: false,
  acceptedImageTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/bmp', 'image/tiff', 'image/heif', 'image/webp'],
  acceptedVideoTypes: ['video/mp4', 'video/quicktime', 'video/webm'],
  // Page photos under 4 MB in any of the formats above (https://developers.facebook.com/docs/graph-api/reference/page/photos/);
  // Graph sets no pixel limit for them.
  images: { formats: ['image/jpeg', 'image/png', 'image/gif', 'image/bmp', 'image/tiff', 'image/heif', 'image/webp'], maxBytes: 4_000_000 },
  // Page-token calls count against the Page's Business Use Case quota (4,800 × engaged users per 24 h); a small
  // Page can be near the floor, so Chorus spends at most 200 calls an hour per channel
  // (https://developers.facebook.com/docs/graph-api/overview/rate-limiting).
  rate: { requests: 200, perSeconds: 3600 },
};

/** Stored limits (the object `connect` returned, or one holding it under `limits`) over the defaults, field by field. */
export function facebookLimitsFromStored(stored: Record<string, unknown>): NetworkLimits {
  return readStoredLimits(stored, FACEBOOK_DEFAULT_LIMITS);
}

/** Pure: the common checks plus Facebook's own (a link option must be an http(s) URL, an audience it can target). */
export function validateForFacebook(content: PublicationContent, limits: NetworkLimits): Violation[] {
  const violations = validateCommon(content, limits, 'Facebook');
  const link = content.options?.['link'];
  if (link !== undefined) {
    if (typeof link !== 'string' || !/^https?:\/\/\S+$/i.test(link)) {
      violations.push({ rule: 'link', field: 'options.link', message: 'The link must be a web address starting with http:// or https://.' });
    } else if (content.media.length > 0) {
      // A feed post carries either a link preview or attached photos, never both.
      violations.push({ rule: 'link_with_media', field: 'options.link', message: 'Facebook shows either a link preview or media in a post, not both. Remove the link or the media.' });
    }
  }
  if (content.audience) {
    violations.push(...(content.inReplyTo !== undefined ? [replyTargetingViolation()] : facebookTargeting(content.audience).violations));
  }
  return violations;
}
