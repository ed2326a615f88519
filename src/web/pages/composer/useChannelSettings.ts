/**
 * The composer's per-channel settings of YouTube, TikTok, Pinterest and Snapchat channels: their options (sent as
 * channel variants `{channelId, options}`, since boards and audiences belong to one account), the network's
 * choices, and what the network would refuse (`blockers`), which stops the submit. A YouTube thumbnail uploaded for
 * one channel (`thumbnails`) is added to that channel's own media list, so the other networks never get it.
 *
 * @example
 *   const settings = useChannelSettings(workspace.id, chosen, textFor, media);
 *   if (settings.blockers.length) return; // the panels say why
 */
import { useCallback, useState } from 'react';
import type { Channel, Media, Post, Variant, Violation } from '../../api';
import { hasComposeOptions } from '../../api-compose';
import { keptMedia } from './MediaPicker';
import { blockersFor, CHECKED_HERE, type ChannelOptions } from './optionChecks';
import { useComposeOptions } from './useComposeOptions';

/** A server violation the panels already show in the browser's words. */
export const shownByPanels = (v: Violation): boolean => hasComposeOptions(v.network) && CHECKED_HERE.has(v.rule);
/** A server violation about one channel's settings: shown in that channel's panel. */
export const aboutSettings = (v: Violation): boolean => hasComposeOptions(v.network) && v.field.startsWith('options.');

export function useChannelSettings(workspaceId: string, chosen: Channel[], textFor: (network: string) => string, media: Media[]) {
  const withSettings = chosen.filter((c) => hasComposeOptions(c.network) && c.status === 'active');
  const compose = useComposeOptions(workspaceId, withSettings);
  const [settings, setSettings] = useState<Record<string, ChannelOptions>>({});
  const [thumbnails, setThumbnails] = useState<Record<string, Media>>({});

  /** The channel's options as sent: a thumbnail that is no longer among its files is dropped (none is chosen). */
  const sent = (channelId: string): { options: ChannelOptions; own: Media | null } => {
    const options = settings[channelId] ?? {};
    const thumb = options['thumbnailMediaId'];
    const own = thumbnails[channelId];
    const ownChosen = own !== undefined && own.id === thumb && !media.some((m) => m.id === own.id);
    if (typeof thumb !== 'string' || ownChosen || media.some((m) => m.id === thumb)) return { options, own: ownChosen ? own : null };
    const { thumbnailMediaId: _, ...rest } = options;
    return { options: rest, own: null };
  };

  const blockers = withSettings.flatMap((c) => {
    const { options, own } = sent(c.id);
    return blockersFor(c, options, compose.state[c.id]?.data, textFor(c.network), media, own ? [own] : []);
  });

  const variants = (): Variant[] =>
    withSettings.flatMap((c) => {
      const { options, own } = sent(c.id);
      if (Object.keys(options).length === 0) return [];
      // A channel's media list replaces the post's for that channel: the post's files, then its own thumbnail.
      return [{ channelId: c.id, options, ...(own ? { mediaIds: [...media.map((m) => m.id), own.id] } : {}) }];
    });

  const fillFrom = useCallback((post: Post) => {
    const own = post.variants.filter((v) => v.channelId && v.options);
    setSettings(Object.fromEntries(own.map((v) => [v.channelId!, v.options!])));
    // A thumbnail in the channel's own media list but not the post's was uploaded for that channel only.
    const thumbs = own.flatMap((v) => {
      const id = v.options!['thumbnailMediaId'];
      return typeof id === 'string' && v.mediaIds?.includes(id) && !post.mediaIds.includes(id) ? [[v.channelId!, keptMedia(id)] as const] : [];
    });
    setThumbnails(Object.fromEntries(thumbs));
  }, []);

  const change = useCallback((channelId: string, next: ChannelOptions) => setSettings((s) => ({ ...s, [channelId]: next })), []);
  const setThumbnail = useCallback((channelId: string, uploaded: Media) => setThumbnails((s) => ({ ...s, [channelId]: uploaded })), []);

  return {
    withSettings,
    compose,
    settings,
    change,
    thumbnails,
    setThumbnail,
    blockers,
    variants,
    fillFrom,
    key: JSON.stringify([settings, Object.values(thumbnails).map((m) => m.id)]),
  };
}
