/**
 * What a Snapchat Public Profile post may hold, and the Snapchat-only options (`kind`, `title`, `locale`,
 * `saveToProfile`). Sources:
 * - developers.snap.com/api/marketing-api/Public-Profile-API/Introduction: Stories (24 hours), Saved Stories
 *   (permanent on the profile), Spotlights ("permanent video Snaps");
 * - …/Public-Profile-API/ProfileAssetManagement: one media (a single video or image) per media object, uploads
 *   encrypted and split into parts of at most 32 MB, "the uploaded file should adhere to the constraints listed in
 *   the story posting section".
 * ASSUMPTION (the posting constraints were not readable in the reference copy we had; these are the narrowest
 * values integrators report from it): images JPEG or PNG up to 20 MB; video MP4 (H.264/H.265) up to 1 GB, 5–60 s,
 * at least 540×960; Spotlight descriptions up to 160 characters, hashtags included; Saved Story titles up to 45.
 */
import type { MediaForNetwork, NetworkLimits, PublicationContent, Violation } from '../connector.js';
import { readStoredLimits } from '../limits-schema.js';
import { graphemeLength } from '../text.js';
import { validateCommon } from '../validate.js';

const MB = 1000 * 1000;

export const SNAPCHAT_DEFAULT_LIMITS: NetworkLimits = {
  // The text is a Spotlight's description; Stories carry none (see validateForSnapchat).
  maxGraphemes: 160,
  maxImages: 1,
  maxImageBytes: 20 * MB,
  maxVideos: 1,
  maxVideoBytes: 1000 * MB,
  allowMixedMedia: false,
  acceptedImageTypes: ['image/jpeg', 'image/png'],
  acceptedVideoTypes: ['video/mp4'],
  // The ASSUMPTION above: JPEG or PNG up to 20 MB, no documented pixel limit.
  images: { formats: ['image/jpeg', 'image/png'], maxBytes: 20 * MB },
  // developers.snap.com/api/marketing-api/Ads-API/rate-limits: 10 requests per second per token (20 per app); one post
  // costs 4 or more calls (create media, parts, finalize, status, post), so a post every few seconds at most, with room for stats.
  rate: { requests: 20, perSeconds: 60 },
};

export type SnapKind = 'story' | 'saved_story' | 'spotlight';
export const SNAP_KINDS: readonly SnapKind[] = ['story', 'saved_story', 'spotlight'];
export const SNAP_MAX_TITLE = 45;
export const SNAP_MAX_DESCRIPTION = 160;
export const SNAP_MIN_VIDEO_SECONDS = 5;
export const SNAP_MAX_VIDEO_SECONDS = 60;
export const SNAP_MIN_WIDTH = 540;
export const SNAP_MIN_HEIGHT = 960;
const VIDEO_CODECS = ['h264', 'avc1', 'hevc', 'h265', 'hvc1'];

export interface SnapOptions {
  kind: SnapKind;
  title?: string;
  /** Spotlight language, e.g. en_US (default). */
  locale: string;
  /** Spotlight: also keep it on the profile (default true). */
  saveToProfile: boolean;
}

/** The Snapchat options of a publication, read leniently: anything malformed is reported by `validateForSnapchat`. */
export function readSnapOptions(options: Record<string, unknown> | undefined): SnapOptions {
  const kind = SNAP_KINDS.find((k) => k === options?.['kind']) ?? 'story';
  const title = typeof options?.['title'] === 'string' && options['title'].trim() ? options['title'].trim() : undefined;
  const locale = typeof options?.['locale'] === 'string' && /^[a-z]{2}_[A-Z]{2}$/.test(options['locale']) ? options['locale'] : 'en_US';
  return { kind, ...(title ? { title } : {}), locale, saveToProfile: options?.['saveToProfile'] !== false };
}

/** A Saved Story needs a title: the one given, else the text's first line, cut to 45 characters. */
export function savedStoryTitle(content: PublicationContent, options: SnapOptions): string {
  const source = options.title ?? content.text.split('\n')[0]?.trim() ?? '';
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(source)].slice(0, SNAP_MAX_TITLE).map((s) => s.segment).join('') || 'Story';
}

function videoViolations(video: MediaForNetwork, field: string): Violation[] {
  const violations: Violation[] = [];
  const { durationSeconds, videoCodec, width, height } = video;
  if (typeof durationSeconds === 'number' && (durationSeconds < SNAP_MIN_VIDEO_SECONDS || durationSeconds > SNAP_MAX_VIDEO_SECONDS)) {
    violations.push({ rule: 'video_duration', field, message: `Snapchat takes videos of 5 to 60 seconds; this one lasts ${Math.round(durationSeconds)} s.` });
  }
  if (typeof videoCodec === 'string' && !VIDEO_CODECS.includes(videoCodec.toLowerCase())) {
    violations.push({ rule: 'video_codec', field, message: `Snapchat takes H.264 or H.265 video; this one is ${videoCodec}.` });
  }
  if (typeof width === 'number' && typeof height === 'number' && (width < SNAP_MIN_WIDTH || height < SNAP_MIN_HEIGHT)) {
    violations.push({ rule: 'video_too_small', field, message: `Snapchat needs vertical video of at least 540×960; this one is ${width}×${height}.` });
  }
  return violations;
}

/** The shared checks, then Snapchat's: one media required, the kind's rules, probed video facts when known. */
export function validateForSnapchat(content: PublicationContent, limits: NetworkLimits): Violation[] {
  const raw = content.options ?? {};
  const options = readSnapOptions(raw);
  // Length depends on the kind: only a Spotlight posts the text (as its description).
  const violations = validateCommon(content, { ...limits, maxGraphemes: Number.POSITIVE_INFINITY }, 'Snapchat').filter((v) => v.rule !== 'empty');
  if (raw['kind'] !== undefined && !SNAP_KINDS.includes(raw['kind'] as SnapKind)) {
    violations.push({ rule: 'invalid_option', field: 'options.kind', message: 'A Snapchat post is a story, a saved_story or a spotlight.' });
  }
  if (content.media.length === 0) {
    violations.push({ rule: 'media_required', field: 'media', message: 'Snapchat posts need an image or a video; text-only posts do not exist there.' });
  }
  if (content.media.length > 1) {
    violations.push({ rule: 'too_many_media', field: 'media', message: 'A Snapchat post holds one image or one video.' });
  }
  const [media] = content.media;
  if (options.kind === 'spotlight') {
    const length = graphemeLength(content.text);
    if (length > Math.min(limits.maxGraphemes, SNAP_MAX_DESCRIPTION)) {
      violations.push({ rule: 'too_long', field: 'text', message: `A Spotlight description has up to 160 characters, hashtags included; this one has ${length}.` });
    }
    if (media && !media.mimeType.startsWith('video/')) {
      violations.push({ rule: 'video_required', field: 'media[0]', message: 'Spotlight takes videos only.' });
    }
  }
  if (raw['title'] !== undefined && (typeof raw['title'] !== 'string' || graphemeLength(raw['title']) > SNAP_MAX_TITLE)) {
    violations.push({ rule: 'too_long', field: 'options.title', message: `A Saved Story title has up to ${SNAP_MAX_TITLE} characters.` });
  }
  if (raw['locale'] !== undefined && (typeof raw['locale'] !== 'string' || !/^[a-z]{2}_[A-Z]{2}$/.test(raw['locale']))) {
    violations.push({ rule: 'invalid_option', field: 'options.locale', message: 'The Spotlight locale looks like en_US.' });
  }
  content.media.forEach((m, i) => {
    if (m.mimeType.startsWith('video/')) violations.push(...videoViolations(m, `media[${i}]`));
  });
  return violations;
}


export function limitsFromStored(stored: Record<string, unknown>): NetworkLimits {
  return readStoredLimits(stored, SNAPCHAT_DEFAULT_LIMITS);
}
