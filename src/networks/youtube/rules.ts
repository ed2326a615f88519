/**
 * What YouTube accepts for one upload, and the YouTube-only options Chorus understands
 * (`content.options`: `{ title, privacy, categoryId, tags, madeForKids, publishAt, thumbnailMediaId }`).
 *
 * The publication's text is the video's description. Sources: developers.google.com/youtube/v3/docs/videos
 * (snippet.title "maximum length of 100 characters … all valid UTF-8 characters except < and >", snippet.description
 * "maximum length of 5000 bytes … except < and >", snippet.tags "maximum length of 500 characters … includes commas
 * between items, as well as quotation marks surrounding the tag if it contains a space", status.publishAt "you must
 * also set the status.privacyStatus property to private"), …/docs/thumbnails/set (JPEG or PNG, 2 MB),
 * support.google.com/youtube/answer/71673 (up to 256 GB or 12 hours).
 */
import type { MediaForNetwork, NetworkLimits, PublicationContent, Violation } from '../connector.js';
import { readStoredLimits } from '../limits-schema.js';
import { graphemeLength, utf8Length } from '../text.js';
import { validateCommon } from '../validate.js';

const MB = 1024 * 1024;

export const YOUTUBE_DEFAULT_LIMITS: NetworkLimits = {
  /** The description: 5,000 bytes is the real cap (`maxBytes`); graphemes can never exceed it. */
  maxGraphemes: 5000,
  maxBytes: 5000,
  /** The one image a publication may carry is the custom thumbnail. */
  maxImages: 1,
  maxImageBytes: 2 * MB,
  maxVideos: 1,
  maxVideoBytes: 256 * 1024 * MB,
  allowMixedMedia: true,
  acceptedImageTypes: ['image/jpeg', 'image/png'],
  // support.google.com/youtube/answer/4603579 (supported file formats).
  acceptedVideoTypes: ['video/mp4', 'video/quicktime', 'video/webm', 'video/x-msvideo', 'video/mpeg', 'video/x-matroska', 'video/3gpp', 'video/x-flv'],
  // Thumbnails: JPEG or PNG, 2 MB (developers.google.com/youtube/v3/docs/thumbnails/set), at least 640 pixels wide
  // (support.google.com/youtube/answer/72431: "1280x720 (with minimum width of 640 pixels)").
  images: { formats: ['image/jpeg', 'image/png'], maxBytes: 2 * MB, minWidth: 640 },
  // Uploads are capped per project per day (100 `videos.insert`, see quota.ts); per channel we keep a bound far
  // below it so one busy channel cannot take every upload of the day.
  rate: { requests: 25, perSeconds: 86_400 },
};

export const YOUTUBE_MAX_TITLE = 100;
export const YOUTUBE_MAX_TAGS_CHARS = 500;
export const YOUTUBE_MAX_DURATION_SECONDS = 12 * 3600;
export const YOUTUBE_PRIVACY = ['public', 'unlisted', 'private'] as const;
export type YouTubePrivacy = (typeof YOUTUBE_PRIVACY)[number];

export interface YouTubeOptions {
  title: string;
  privacy: YouTubePrivacy;
  categoryId?: string;
  tags: string[];
  madeForKids?: boolean;
  publishAt?: string;
  thumbnailMediaId?: string;
}

/** The title given, or the description's first line (what a person would type as a title). */
function titleOf(options: Record<string, unknown>, text: string): string {
  const given = options['title'];
  if (typeof given === 'string' && given.trim()) return given.trim();
  return (text.split('\n').find((line) => line.trim()) ?? '').trim();
}

/** The YouTube options of a publication, read leniently: anything malformed is reported by `validateForYouTube`. */
export function readYouTubeOptions(content: PublicationContent): YouTubeOptions {
  const o = content.options ?? {};
  // An unreadable date is left out here (validate reports it) rather than thrown.
  const publishAt = typeof o['publishAt'] === 'string' && !Number.isNaN(Date.parse(o['publishAt'])) ? o['publishAt'] : undefined;
  const privacy = YOUTUBE_PRIVACY.find((p) => p === o['privacy']) ?? (publishAt ? 'private' : 'public');
  return {
    title: titleOf(o, content.text),
    privacy,
    ...(typeof o['categoryId'] === 'string' && o['categoryId'] ? { categoryId: o['categoryId'] } : {}),
    tags: Array.isArray(o['tags']) ? o['tags'].filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim()) : [],
    ...(typeof o['madeForKids'] === 'boolean' ? { madeForKids: o['madeForKids'] } : {}),
    ...(publishAt ? { publishAt: new Date(publishAt).toISOString() } : {}),
    ...(typeof o['thumbnailMediaId'] === 'string' && o['thumbnailMediaId'] ? { thumbnailMediaId: o['thumbnailMediaId'] } : {}),
  };
}

/** Tags as YouTube counts them: commas between, quotes around a tag with a space. */
export function tagsLength(tags: string[]): number {
  if (tags.length === 0) return 0;
  return tags.reduce((sum, tag) => sum + graphemeLength(tag) + (/\s/.test(tag) ? 2 : 0), 0) + tags.length - 1;
}

export function theVideo(media: MediaForNetwork[]): MediaForNetwork | undefined {
  return media.find((m) => m.mimeType.startsWith('video/'));
}

function checkOptions(content: PublicationContent, now: number): Violation[] {
  const raw = content.options ?? {};
  const options = readYouTubeOptions(content);
  const v: Violation[] = [];
  const add = (rule: string, field: string, message: string) => v.push({ rule, field, message });
  if (!options.title) add('title_required', 'options.title', 'A YouTube video needs a title.');
  if (graphemeLength(options.title) > YOUTUBE_MAX_TITLE) {
    const which = typeof raw['title'] === 'string' && raw['title'].trim() ? 'this one' : 'the first line of the text, used as the title,';
    add('title_too_long', 'options.title', `YouTube allows ${YOUTUBE_MAX_TITLE} characters in a title; ${which} has ${graphemeLength(options.title)}.`);
  }
  if (/[<>]/.test(options.title)) add('invalid_characters', 'options.title', 'YouTube titles cannot contain < or >.');
  if (raw['privacy'] !== undefined && !YOUTUBE_PRIVACY.some((p) => p === raw['privacy'])) {
    add('invalid_option', 'options.privacy', 'Privacy is public, unlisted or private.');
  }
  if (raw['categoryId'] !== undefined && !/^[0-9]{1,3}$/.test(String(raw['categoryId']))) {
    add('invalid_option', 'options.categoryId', 'The category is a YouTube category id, e.g. "22" (People & Blogs).');
  }
  if (raw['tags'] !== undefined && (!Array.isArray(raw['tags']) || raw['tags'].some((t) => typeof t !== 'string'))) {
    add('invalid_option', 'options.tags', 'Tags are a list of words or phrases.');
  }
  if (options.tags.some((t) => /[<>]/.test(t))) add('invalid_characters', 'options.tags', 'YouTube tags cannot contain < or >.');
  const tagChars = tagsLength(options.tags);
  if (tagChars > YOUTUBE_MAX_TAGS_CHARS) {
    add('tags_too_long', 'options.tags', `YouTube allows ${YOUTUBE_MAX_TAGS_CHARS} characters of tags (commas and quotes included); these take ${tagChars}.`);
  }
  if (raw['madeForKids'] !== undefined && typeof raw['madeForKids'] !== 'boolean') {
    add('invalid_option', 'options.madeForKids', 'Made for kids is yes or no.');
  }
  if (raw['publishAt'] !== undefined) {
    const at = typeof raw['publishAt'] === 'string' ? Date.parse(raw['publishAt']) : Number.NaN;
    if (Number.isNaN(at)) add('invalid_option', 'options.publishAt', 'The release time is not a date.');
    else if (at <= now) add('publish_at_past', 'options.publishAt', 'The scheduled release time on YouTube must be in the future.');
    if (raw['privacy'] !== undefined && raw['privacy'] !== 'private') {
      add('publish_at_needs_private', 'options.publishAt', 'YouTube releases a scheduled video from private: set privacy to private (it turns public at the release time).');
    }
  }
  if (options.thumbnailMediaId) {
    const thumb = content.media.find((m) => m.id === options.thumbnailMediaId);
    if (!thumb || !thumb.mimeType.startsWith('image/')) {
      add('invalid_option', 'options.thumbnailMediaId', 'The thumbnail must be one of the attached images.');
    }
  }
  return v;
}

/** The shared checks, the description's bytes and characters, one video, the thumbnail and the YouTube options. */
export function validateForYouTube(content: PublicationContent, limits: NetworkLimits, now = Date.now()): Violation[] {
  const violations = validateCommon(content, limits, 'YouTube').filter((v) => v.rule !== 'empty');
  if (/[<>]/.test(content.text)) {
    violations.push({ rule: 'invalid_characters', field: 'text', message: 'YouTube descriptions cannot contain < or >.' });
  }
  const video = theVideo(content.media);
  if (!video) violations.push({ rule: 'video_required', field: 'media', message: 'YouTube publishes videos: attach one video.' });
  const { thumbnailMediaId } = readYouTubeOptions(content);
  content.media.forEach((m, i) => {
    if (m.mimeType.startsWith('image/') && m.id !== thumbnailMediaId) {
      violations.push({ rule: 'image_not_thumbnail', field: `media[${i}]`, message: 'YouTube takes an image only as the video\'s thumbnail: choose it as the thumbnail or remove it.' });
    }
  });
  const index = video ? content.media.indexOf(video) : -1;
  if (video?.durationSeconds != null && video.durationSeconds > YOUTUBE_MAX_DURATION_SECONDS) {
    violations.push({ rule: 'video_too_long', field: `media[${index}]`, message: 'YouTube accepts videos up to 12 hours long.' });
  }
  if (utf8Length(content.text) > (limits.maxBytes ?? 5000) && !violations.some((v) => v.rule === 'too_many_bytes')) {
    violations.push({ rule: 'too_many_bytes', field: 'text', message: `YouTube allows ${limits.maxBytes ?? 5000} bytes of description.` });
  }
  return [...violations, ...checkOptions(content, now)];
}

/** Limits saved with a channel: YouTube's do not vary by channel, so defaults fill every gap. */
export function limitsFromStored(stored: Record<string, unknown>): NetworkLimits {
  return readStoredLimits(stored, YOUTUBE_DEFAULT_LIMITS);
}
