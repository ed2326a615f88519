/**
 * What Threads allows in one post, from Meta's Threads API documentation. Threads has one set of limits for every
 * account, so they are constants rather than read from the network.
 */
import type { NetworkLimits, PublicationContent, Violation } from '../connector.js';
import { readStoredLimits } from '../limits-schema.js';
import { findUrls } from '../text.js';
import { altTextViolations, validateCommon } from '../validate.js';

const MB = 1024 * 1024;

/** A carousel holds 2 to 20 items, images and videos mixed (developers.facebook.com/docs/threads/posts#carousel-posts). */
export const CAROUSEL_MIN_ITEMS = 2;
export const CAROUSEL_MAX_ITEMS = 20;
/** "The maximum length of alt_text is 1,000 characters" (developers.facebook.com/docs/threads/reference/publishing). */
export const MAX_ALT_TEXT = 1000;
/**
 * At most 5 distinct links: "Threads posts containing more than 5 links will fail to post during the media creation
 * step … with the error code: THREADS_API__LINK_LIMIT_EXCEEDED" (developers.facebook.com/documentation/threads/
 * create-posts/text-attachments, "Limitations"; all unique URLs in `text` count).
 */
export const MAX_LINKS = 5;

/**
 * developers.facebook.com/docs/threads/posts and the media specifications it links
 * (developers.facebook.com/docs/threads/overview#media-specifications): text up to 500 characters, images JPEG/PNG up
 * to 8 MB, video MOV/MP4 up to 1 GB and 5 minutes; a carousel of up to 20 items may mix images and videos.
 */
export const THREADS_DEFAULT_LIMITS: NetworkLimits = {
  maxGraphemes: 500,
  maxImages: CAROUSEL_MAX_ITEMS,
  maxImageBytes: 8 * MB,
  maxVideos: CAROUSEL_MAX_ITEMS,
  maxVideoBytes: 1024 * MB,
  allowMixedMedia: true,
  acceptedImageTypes: ['image/jpeg', 'image/png'],
  acceptedVideoTypes: ['video/mp4', 'video/quicktime'],
  // developers.facebook.com/docs/threads/overview#media-specifications: JPEG or PNG, 8 MB, width 320 to 1440
  // (Threads enlarges smaller ones itself, so no minimum here).
  images: { formats: ['image/jpeg', 'image/png'], maxBytes: 8 * MB, maxWidth: 1440 },
  // Threads gives each app-and-user pair 4,800 × impressions calls per 24 hours, at least 48,000
  // (developers.facebook.com/docs/threads/overview#rate-limiting); 1,000 an hour leaves room for everything else.
  rate: { requests: 1000, perSeconds: 3600 },
};

const EMOJI = /\p{Extended_Pictographic}/u;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Length as Threads counts it: one per character, except that "emojis are counted as the number of UTF-8 bytes"
 * (developers.facebook.com/docs/threads/reference/publishing, `text`). A heart (❤️, 6 bytes) counts 6.
 */
export function threadsTextLength(text: string): number {
  let length = 0;
  for (const { segment } of segmenter.segment(text)) {
    length += EMOJI.test(segment) ? Buffer.byteLength(segment, 'utf8') : 1;
  }
  return length;
}

/** The common checks with Threads' own counting, plus carousel size, alt text and the link cap. */
export function validateForThreads(content: PublicationContent, limits: NetworkLimits): Violation[] {
  // The shared length check counts graphemes; Threads counts emoji in bytes, so it is replaced below.
  const violations = validateCommon(content, { ...limits, maxGraphemes: Number.MAX_SAFE_INTEGER }, 'Threads');
  const length = threadsTextLength(content.text);
  if (length > limits.maxGraphemes) {
    violations.unshift({
      rule: 'too_long',
      field: 'text',
      message: `Threads allows ${limits.maxGraphemes} characters (an emoji counts as its UTF-8 bytes); this text has ${length}.`,
    });
  }
  if (content.media.length > CAROUSEL_MAX_ITEMS) {
    violations.push({
      rule: 'too_many_media',
      field: 'media',
      message: `Threads allows ${CAROUSEL_MAX_ITEMS} images or videos per post; this one has ${content.media.length}.`,
    });
  }
  const links = new Set(findUrls(content.text).map((u) => u.url));
  if (links.size > MAX_LINKS) {
    violations.push({ rule: 'too_many_links', field: 'text', message: `Threads allows ${MAX_LINKS} links per post; this text has ${links.size}.` });
  }
  return [...violations, ...altTextViolations(content, MAX_ALT_TEXT, 'Threads')];
}

/** The limits saved with a channel (bare or under `limits`), with Threads' defaults for what is missing. */
export function limitsFromStored(stored: Record<string, unknown>): NetworkLimits {
  return readStoredLimits(stored, THREADS_DEFAULT_LIMITS);
}
