/**
 * What a Pin made through `POST /v5/pins` may hold, and the Pinterest-only options Chorus understands.
 * Sources:
 * - developers.pinterest.com/docs/api/v5/pins-create: title ≤ 100, description ≤ 500, alt_text ≤ 500, link ≤ 2048,
 *   `dominant_color` a hex colour, `media_source` one of image_url, multiple_image_urls (carousel) or video_id;
 * - developers.pinterest.com/docs/work-with-organic-content-and-users/create-boards-and-pins/ (media is required:
 *   a Pin is an image, a carousel of 2–5 images, or a video with a cover);
 * - help.pinterest.com "Pinterest product specs": images up to 20 MB (BMP, JPEG, PNG, TIFF, GIF, WEBP), carousel
 *   images PNG or JPEG, videos MP4, MOV or M4V up to 2 GB, 4 seconds to 15 minutes, H.264 or H.265 encoded.
 */
import type { MediaForNetwork, NetworkLimits, PublicationContent, Violation } from '../connector.js';
import { readStoredLimits } from '../limits-schema.js';
import { graphemeLength } from '../text.js';
import { altTextViolations, validateCommon } from '../validate.js';

const MB = 1000 * 1000;

export const PINTEREST_DEFAULT_LIMITS: NetworkLimits = {
  // The post text becomes the Pin's description.
  maxGraphemes: 500,
  maxImages: 5,
  maxImageBytes: 20 * MB,
  maxVideos: 1,
  maxVideoBytes: 2000 * MB,
  // One image may go with a video: it is the video's cover (see validateForPinterest).
  allowMixedMedia: false,
  acceptedImageTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/bmp', 'image/tiff'],
  acceptedVideoTypes: ['video/mp4', 'video/quicktime', 'video/x-m4v'],
  // help.pinterest.com "Pinterest product specs": images up to 20 MB in the formats above, no pixel maximum.
  images: { formats: ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/bmp', 'image/tiff'], maxBytes: 20 * MB },
  // Rate-limits page: the `pins_write` category allows 100 calls per minute per user (Standard access); a Pin costs
  // up to four (register, status polls, create), so 60 a minute leaves room for reads.
  rate: { requests: 60, perSeconds: 60 },
};

export const PINTEREST_MAX_TITLE = 100;
export const PINTEREST_MAX_ALT_TEXT = 500;
export const PINTEREST_MAX_LINK = 2048;
export const PINTEREST_CAROUSEL_MIN = 2;
export const PINTEREST_CAROUSEL_MAX = 5;
export const PINTEREST_CAROUSEL_TYPES = ['image/jpeg', 'image/png'];
export const PINTEREST_MIN_VIDEO_SECONDS = 4;
export const PINTEREST_MAX_VIDEO_SECONDS = 15 * 60;
const VIDEO_CODECS = ['h264', 'avc1', 'hevc', 'h265', 'hvc1'];

/** The Pinterest options of a publication, read leniently: anything malformed is reported by `validateForPinterest`. */
export interface PinterestOptions {
  boardId?: string;
  title?: string;
  link?: string;
  altText?: string;
  dominantColor?: string;
}

export function readPinterestOptions(options: Record<string, unknown> | undefined): PinterestOptions {
  const pick = (key: string): string | undefined => {
    const value = options?.[key];
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };
  const out: PinterestOptions = {};
  for (const key of ['boardId', 'title', 'link', 'altText', 'dominantColor'] as const) {
    const value = pick(key);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** How the media make a Pin: one image, a carousel, or a video (with an optional cover image). */
export type PinShape = { kind: 'image'; image: MediaForNetwork } | { kind: 'carousel'; images: MediaForNetwork[] } | { kind: 'video'; video: MediaForNetwork; cover: MediaForNetwork | null };

export function pinShape(media: MediaForNetwork[]): PinShape | null {
  const images = media.filter((m) => m.mimeType.startsWith('image/'));
  const videos = media.filter((m) => m.mimeType.startsWith('video/'));
  const [video] = videos;
  if (video && videos.length === 1 && images.length <= 1) return { kind: 'video', video, cover: images[0] ?? null };
  if (videos.length === 0 && images.length === 1 && images[0]) return { kind: 'image', image: images[0] };
  if (videos.length === 0 && images.length >= 2) return { kind: 'carousel', images };
  return null;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function optionViolations(raw: Record<string, unknown>, options: PinterestOptions, fallbackBoard: boolean): Violation[] {
  const violations: Violation[] = [];
  const tooLong = (field: string, what: string, value: string | undefined, max: number) => {
    if (value !== undefined && graphemeLength(value) > max) {
      violations.push({ rule: 'too_long', field, message: `Pinterest allows ${max} characters of ${what}; this one has ${graphemeLength(value)}.` });
    }
  };
  for (const key of ['boardId', 'title', 'link', 'altText', 'dominantColor']) {
    if (raw[key] !== undefined && typeof raw[key] !== 'string') {
      violations.push({ rule: 'invalid_option', field: `options.${key}`, message: `The Pinterest ${key} must be text.` });
    }
  }
  if (!options.boardId && !fallbackBoard) {
    violations.push({ rule: 'board_required', field: 'options.boardId', message: 'Choose the Pinterest board to save this Pin to.' });
  }
  if (options.boardId && !/^[0-9]{1,32}$/.test(options.boardId)) {
    violations.push({ rule: 'invalid_option', field: 'options.boardId', message: 'A Pinterest board is given by its numeric id.' });
  }
  tooLong('options.title', 'title', options.title, PINTEREST_MAX_TITLE);
  tooLong('options.altText', 'alt text', options.altText, PINTEREST_MAX_ALT_TEXT);
  if (options.link !== undefined) {
    if (!isHttpUrl(options.link)) violations.push({ rule: 'invalid_link', field: 'options.link', message: 'The Pin link must be an http(s) address.' });
    else if (options.link.length > PINTEREST_MAX_LINK) {
      violations.push({ rule: 'too_long', field: 'options.link', message: `Pinterest allows links up to ${PINTEREST_MAX_LINK} characters.` });
    }
  }
  if (options.dominantColor !== undefined && !/^#[0-9a-fA-F]{6}$/.test(options.dominantColor)) {
    violations.push({ rule: 'invalid_option', field: 'options.dominantColor', message: 'The dominant colour is a hex colour such as #6E7874.' });
  }
  return violations;
}

function mediaViolations(content: PublicationContent): Violation[] {
  const violations: Violation[] = [];
  const shape = pinShape(content.media);
  if (content.media.length === 0) {
    violations.push({ rule: 'media_required', field: 'media', message: 'A Pin needs an image or a video; Pinterest has no text-only Pins.' });
    return violations;
  }
  if (!shape) {
    violations.push({ rule: 'mixed_media', field: 'media', message: 'A Pin is one video (with at most one cover image), one image, or 2 to 5 images.' });
    return violations;
  }
  if (shape.kind === 'carousel') {
    shape.images.forEach((m) => {
      if (!PINTEREST_CAROUSEL_TYPES.includes(m.mimeType)) {
        const i = content.media.indexOf(m);
        violations.push({ rule: 'media_type', field: `media[${i}]`, message: `Pinterest carousels take PNG or JPEG images, not ${m.mimeType}.` });
      }
    });
  }
  if (shape.kind === 'video') {
    const i = content.media.indexOf(shape.video);
    const { durationSeconds } = shape.video;
    if (typeof durationSeconds === 'number' && (durationSeconds < PINTEREST_MIN_VIDEO_SECONDS || durationSeconds > PINTEREST_MAX_VIDEO_SECONDS)) {
      violations.push({
        rule: 'video_duration',
        field: `media[${i}]`,
        message: `Pinterest videos last 4 seconds to 15 minutes; this one lasts ${Math.round(durationSeconds)} s.`,
      });
    }
    const codec = shape.video.videoCodec;
    if (typeof codec === 'string' && !VIDEO_CODECS.includes(codec.toLowerCase())) {
      violations.push({ rule: 'video_codec', field: `media[${i}]`, message: `Pinterest takes H.264 or H.265 video; this one is ${codec}.` });
    }
  }
  return [...violations, ...altTextViolations(content, PINTEREST_MAX_ALT_TEXT, 'Pinterest')];
}

/**
 * The shared checks, then Pinterest's: media required, carousel and video-with-cover shapes, video duration when
 * probed, and the options (board, title, link, alt text, colour). `fallbackBoard`: the channel has a default board.
 */
export function validateForPinterest(content: PublicationContent, limits: NetworkLimits, fallbackBoard = false): Violation[] {
  // Mixing is checked here: a video may carry one image as its cover.
  const common = validateCommon(content, { ...limits, allowMixedMedia: true }, 'Pinterest').filter((v) => v.rule !== 'empty');
  const raw = content.options ?? {};
  return [...common, ...mediaViolations(content), ...optionViolations(raw, readPinterestOptions(raw), fallbackBoard)];
}

/** Limits saved with a channel (or nothing): Pinterest's limits do not vary by account, so defaults fill every gap. */
export function limitsFromStored(stored: Record<string, unknown>): NetworkLimits {
  return readStoredLimits(stored, PINTEREST_DEFAULT_LIMITS);
}
