/**
 * What X allows in one post, and the X-only options Chorus understands (`thread`, `quoteTweetId`).
 *
 * Length is X's weighted count (docs.x.com/fundamentals/counting-characters): the twitter-text library's
 * `parseTweet` with its v3 configuration — 280 weighted characters, code points outside the Latin, general
 * punctuation and a few symbol ranges weigh 2 (CJK), every emoji sequence weighs 2, every URL counts 23 (t.co),
 * text is NFC-normalized first. Grapheme counting (the shared `validateCommon`) would let 141 kanji through.
 */
import twitterText from 'twitter-text';
import type { NetworkLimits, PublicationContent, Violation } from '../connector.js';
import { readStoredLimits } from '../limits-schema.js';
import { altTextViolations, validateCommon } from '../validate.js';

const MB = 1024 * 1024;

/**
 * docs.x.com/x-api/media/introduction ("Image: 5 MB, GIF: 15 MB, Video: 512 MB") and
 * docs.x.com/x-api/media/quickstart/best-practices ("up to 4 photos, 1 animated GIF or 1 video in a Post";
 * images JPG, PNG, GIF, WEBP; video MP4, MOV).
 */
export const X_DEFAULT_LIMITS: NetworkLimits = {
  /** Weighted characters (see above), not graphemes. */
  maxGraphemes: 280,
  urlLength: 23,
  maxImages: 4,
  maxImageBytes: 5 * MB,
  maxVideos: 1,
  maxVideoBytes: 512 * MB,
  allowMixedMedia: false,
  acceptedImageTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'],
  acceptedVideoTypes: ['video/mp4', 'video/quicktime'],
  // docs.x.com/x-api/media/introduction: images 5 MB (GIFs 15 MB: animated GIFs are never converted, and x's own
  // checks allow them the 15 MB); JPG, PNG, GIF, WEBP; no pixel limit documented.
  images: { formats: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'], maxBytes: 5 * MB },
  // docs.x.com/x-api/fundamentals/rate-limits: POST /2/tweets is 100 requests per 15 minutes per user. We keep
  // 10 % for the person's other apps; uploads and reads have their own, larger buckets.
  rate: { requests: 90, perSeconds: 900 },
};

/** An animated GIF has its own cap (15 MB) and must be alone in its post. */
export const X_MAX_GIF_BYTES = 15 * MB;
/** docs.x.com/x-api/media/create-media-metadata: `alt_text.text`, max 1,000 characters. */
export const X_MAX_ALT_TEXT = 1000;
/** Follow-up posts in one thread: a bound so one publication stays well inside the 15-minute post budget. */
export const X_MAX_THREAD_POSTS = 25;

/** X's weighted length of a text (280 allowed). */
export function weightedLength(text: string): number {
  return twitterText.parseTweet(text).weightedLength;
}

/** The X-only options of a publication, read leniently: anything malformed is reported by `validateForX`. */
export interface XOptions {
  /** Follow-up texts, each posted as a reply to the previous post. */
  thread: string[];
  quoteTweetId?: string;
}

export function readXOptions(options: Record<string, unknown> | undefined): XOptions {
  const thread = options?.['thread'];
  const quote = options?.['quoteTweetId'];
  return {
    thread: Array.isArray(thread) ? thread.filter((t): t is string => typeof t === 'string') : [],
    ...(typeof quote === 'string' && quote ? { quoteTweetId: quote } : {}),
  };
}

function tooLong(text: string, limit: number, field: string): Violation | null {
  const length = weightedLength(text);
  if (length <= limit) return null;
  return {
    rule: 'too_long',
    field,
    message: `X allows ${limit} characters (links count 23, emoji and CJK characters count 2); this text counts ${length}.`,
    params: { max: limit, length },
  };
}

/** The shared media checks, X's weighted length, GIF rules, alt text, thread and quote options. */
export function validateForX(content: PublicationContent, limits: NetworkLimits): Violation[] {
  // Length is checked below with X's weighting; the shared check would count graphemes.
  const violations = validateCommon(content, { ...limits, maxGraphemes: Number.POSITIVE_INFINITY }, 'X');
  const head = tooLong(content.text, limits.maxGraphemes, 'text');
  if (head) violations.push(head);

  const gifs = content.media.filter((m) => m.mimeType === 'image/gif');
  if (gifs.length > 0 && content.media.length > 1) {
    violations.push({ rule: 'gif_not_alone', field: 'media', message: 'X takes one animated GIF per post, with no other image or video.' });
  }
  content.media.forEach((m, i) => {
    // validateCommon checked GIFs against the 5 MB image cap; X allows GIFs up to 15 MB.
    if (m.mimeType === 'image/gif') {
      const at = violations.findIndex((v) => v.rule === 'image_too_large' && v.field === `media[${i}]`);
      if (at >= 0) violations.splice(at, 1);
      if (m.sizeBytes > X_MAX_GIF_BYTES) {
        const size = (m.sizeBytes / MB).toFixed(1);
        violations.push({ rule: 'image_too_large', field: `media[${i}]`, message: `X accepts GIFs up to 15 MB; this one is ${size} MB.` });
      }
    }
  });
  violations.push(...altTextViolations(content, X_MAX_ALT_TEXT, 'X', (text) => [...text].length));

  const raw = content.options ?? {};
  const options = readXOptions(raw);
  if (raw['thread'] !== undefined && (!Array.isArray(raw['thread']) || options.thread.length !== raw['thread'].length)) {
    violations.push({ rule: 'invalid_option', field: 'options.thread', message: 'A thread is a list of texts.' });
  }
  if (options.thread.length > X_MAX_THREAD_POSTS) {
    const message = `Chorus posts up to ${X_MAX_THREAD_POSTS} follow-up posts in one thread.`;
    violations.push({ rule: 'thread_too_long', field: 'options.thread', message });
  }
  options.thread.forEach((text, i) => {
    if (!text.trim()) violations.push({ rule: 'empty', field: `options.thread[${i}]`, message: 'A post of the thread is empty.' });
    const long = tooLong(text, limits.maxGraphemes, `options.thread[${i}]`);
    if (long) violations.push(long);
  });
  if (raw['quoteTweetId'] !== undefined && !/^[0-9]{1,19}$/.test(String(raw['quoteTweetId']))) {
    violations.push({ rule: 'invalid_option', field: 'options.quoteTweetId', message: 'The post to quote must be given by its numeric X id.' });
  }
  // docs.x.com/x-api/posts/create-post: `media` "is mutually exclusive from Quote Tweet Id, Poll, and Card URI".
  if (options.quoteTweetId && content.media.length > 0) {
    violations.push({ rule: 'quote_with_media', field: 'media', message: 'X cannot attach media to a quote post.' });
  }
  return violations;
}

/** Limits saved with a channel (or nothing): X's limits do not vary by account, so defaults fill every gap. */
export function limitsFromStored(stored: Record<string, unknown>): NetworkLimits {
  return readStoredLimits(stored, X_DEFAULT_LIMITS);
}
