/**
 * What YouTube, TikTok, Pinterest and Snapchat would refuse, checked in the browser before anything is sent: a video
 * where the network publishes videos, a board, an audience, a title within the limit, a video no longer than this
 * account may post (the media API gives the probed duration). Pure, so the composer's rules can be read in one place.
 * The server checks the same rules again (posts/validate); these are the ones that need the network's own answer
 * (creator_info, the channel's upload limit) or that must stop the person before they submit.
 */
import type { Channel, Media } from '../../api';
import type { ComposeOptions } from '../../api-compose';
import { graphemeLength } from '../../lib/text';

export type ChannelOptions = Record<string, unknown>;

export interface Blocker {
  channelId: string;
  network: string;
  /** A key under `networkOptions.blockers`. */
  key: string;
  params?: Record<string, string | number>;
}

/** Server rules already shown by these checks: the server's copy of them is not shown a second time. */
export const CHECKED_HERE = new Set(['video_required', 'media_required', 'privacy_required', 'board_required', 'title_required', 'title_too_long']);

const text = (options: ChannelOptions, key: string): string => {
  const value = options[key];
  return typeof value === 'string' ? value.trim() : '';
};

/** "5 seconds", "15 minutes", "12 hours" in the page's language, for the longest video an account may post. */
export function formatDuration(seconds: number, language: string): string {
  const [value, unit] = seconds % 3600 === 0 ? [seconds / 3600, 'hour'] : seconds % 60 === 0 && seconds >= 120 ? [seconds / 60, 'minute'] : [seconds, 'second'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** YouTube's title: the one given, else the text's first line (what the server sends). */
export function youtubeTitle(options: ChannelOptions, postText: string): string {
  return text(options, 'title') || (postText.split('\n').find((line) => line.trim()) ?? '').trim();
}

export function blockersFor(
  channel: Channel,
  options: ChannelOptions,
  loaded: ComposeOptions | null | undefined,
  postText: string,
  media: Media[],
  /** Files of this channel only (a YouTube thumbnail uploaded for it). */
  own: Media[] = [],
  now = Date.now(),
): Blocker[] {
  const out: Blocker[] = [];
  const add = (key: string, params?: Blocker['params']) => out.push({ channelId: channel.id, network: channel.network, key, ...(params ? { params } : {}) });
  // Files kept from a saved post are known by id only: their type is the server's to check.
  const typesKnown = media.every((m) => m.mimeType !== '');
  const video = media.find((m) => m.mimeType.startsWith('video/'));
  const tooLong = (max: number | null | undefined) => {
    if (video?.durationSeconds != null && max != null && video.durationSeconds > max) add('videoTooLong', { seconds: Math.round(video.durationSeconds), max });
  };
  const titleWithin = (title: string, max: number) => {
    const length = graphemeLength(title);
    if (length > max) add('titleTooLong', { count: length, max });
  };

  switch (channel.network) {
    case 'youtube': {
      if (typesKnown && !video) add('needsVideo');
      const title = youtubeTitle(options, postText);
      if (!title) add('titleRequired');
      titleWithin(title, loaded?.network === 'youtube' ? loaded.maxTitleLength : 100);
      if (loaded?.network === 'youtube') tooLong(loaded.maxDurationSeconds);
      const publishAt = text(options, 'publishAt');
      if (publishAt && !(Date.parse(publishAt) > now)) add('releaseInPast');
      // Chorus converts the format and the bytes, but never enlarges: a narrow thumbnail cannot be made to fit.
      const thumb = [...media, ...own].find((m) => m.id === text(options, 'thumbnailMediaId'));
      const minWidth = channel.limits.images?.minWidth;
      if (thumb?.width && minWidth && thumb.width < minWidth) add('thumbnailTooSmall', { width: thumb.width, min: minWidth });
      break;
    }
    case 'tiktok': {
      if (typesKnown && media.length === 0) add('needsVideoOrPhotos');
      if (loaded?.network !== 'tiktok') {
        // Without creator_info there is nothing to choose the audience from; TikTok requires the choice.
        add('tiktokSettingsNeeded');
        break;
      }
      const privacy = text(options, 'privacyLevel');
      if (!privacy) add('chooseAudience');
      else if (!loaded.privacyLevelOptions.includes(privacy)) add('audienceNotOffered');
      tooLong(loaded.maxDurationSeconds);
      break;
    }
    case 'pinterest': {
      if (typesKnown && media.length === 0) add('needsImageOrVideo');
      if (!text(options, 'boardId')) add('chooseBoard');
      titleWithin(text(options, 'title'), loaded?.network === 'pinterest' ? loaded.maxTitleLength : 100);
      const link = text(options, 'link');
      if (link && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(link)) add('linkInvalid');
      break;
    }
    case 'snapchat': {
      if (typesKnown && media.length === 0) add('needsImageOrVideo');
      if (text(options, 'kind') === 'spotlight' && typesKnown && media.length > 0 && !video) add('spotlightNeedsVideo');
      if (loaded?.network === 'snapchat') tooLong(loaded.maxDurationSeconds);
      break;
    }
  }
  return out;
}
