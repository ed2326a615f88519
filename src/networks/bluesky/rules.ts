/**
 * What Bluesky enforces on one post, and the Bluesky-specific checks `validate` adds to the shared ones.
 *
 * Sources: the `app.bsky.feed.post`, `app.bsky.embed.images` and `app.bsky.embed.video` lexicons (shipped in
 * @atproto/api, the schema every PDS validates records against) and the rate-limit guide on docs.bsky.app.
 */
import type { NetworkLimits, PublicationContent, Violation } from '../connector.js';
import { graphemeLength } from '../text.js';
import { validateCommon } from '../validate.js';

export const NETWORK_NAME = 'Bluesky';

/** Documented write budget per account: 5,000 points per hour, a created record costs 3 points. */
const POINTS_PER_HOUR = 5000;
const POINTS_PER_CREATE = 3;
/** Stay under the documented budget: other apps may post from the same account. */
const RATE_MARGIN = 0.8;

/** Video alt text: `maxGraphemes: 1000` in `app.bsky.embed.video`. */
export const MAX_VIDEO_ALT_GRAPHEMES = 1000;

export const BLUESKY_LIMITS: NetworkLimits = {
  // `app.bsky.feed.post#text`: maxGraphemes 300, maxLength 3000 (UTF-8 bytes).
  maxGraphemes: 300,
  maxBytes: 3000,
  // `app.bsky.embed.images#main.images`: maxLength 4.
  maxImages: 4,
  // `app.bsky.embed.images#image.image`: maxSize 2,000,000 ("May be up to 2 MB, formerly limited to 1 MB").
  // A PDS still running the older lexicon refuses images over 1,000,000 bytes; its message reaches the user as a
  // `rejected` error.
  maxImageBytes: 2_000_000,
  // `app.bsky.embed.video#main.video`: one mp4 blob, maxSize 100,000,000.
  maxVideos: 1,
  maxVideoBytes: 100_000_000,
  // A post has one embed: images or a video, never both (recordWithMedia mixes a quote with media, not the two).
  allowMixedMedia: false,
  acceptedImageTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
  acceptedVideoTypes: ['video/mp4'],
  // Converted to fit the blob cap above (a PDS on the older lexicon: blueskyLimits' override tightens it); the
  // lexicons set no pixel limits.
  images: { formats: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'], maxBytes: 2_000_000 },
  rate: { requests: Math.floor((POINTS_PER_HOUR * RATE_MARGIN) / POINTS_PER_CREATE), perSeconds: 3600 },
};

/**
 * The limits of one account. Bluesky's limits are the same on every PDS that runs the current lexicons, so the
 * stored account only matters if it carries an explicit override (`maxImageBytes`, for an old PDS).
 */
export function blueskyLimits(stored: Record<string, unknown> = {}): NetworkLimits {
  const override = stored['maxImageBytes'];
  if (typeof override === 'number' && Number.isFinite(override) && override > 0) {
    return { ...BLUESKY_LIMITS, maxImageBytes: override };
  }
  return { ...BLUESKY_LIMITS };
}

const AT_POST_URI = /^at:\/\/[^/\s]+\/app\.bsky\.feed\.post\/[^/\s]+$/;

/**
 * The shared checks plus Bluesky's own: video alt text length, and a reply target that is a Bluesky post URI.
 *
 * @example
 *   validateBluesky({ text: 'hello', media: [] }, BLUESKY_LIMITS) // → []
 */
export function validateBluesky(content: PublicationContent, limits: NetworkLimits): Violation[] {
  const violations = validateCommon(content, limits, NETWORK_NAME);
  content.media.forEach((m, i) => {
    if (m.mimeType.startsWith('video/')) {
      const altLength = graphemeLength(m.altText);
      if (altLength > MAX_VIDEO_ALT_GRAPHEMES) {
        violations.push({
          rule: 'alt_text_too_long',
          field: `media[${i}].altText`,
          message: `${NETWORK_NAME} allows ${MAX_VIDEO_ALT_GRAPHEMES} characters of video description; this one has ${altLength}.`,
        });
      }
    }
  });
  if (content.inReplyTo !== undefined && !AT_POST_URI.test(content.inReplyTo)) {
    violations.push({
      rule: 'reply_target',
      field: 'inReplyTo',
      message: `${NETWORK_NAME} can only reply to a Bluesky post (an at:// post address); got "${content.inReplyTo}".`,
    });
  }
  return violations;
}
