/**
 * The composer's per-channel settings of YouTube, TikTok, Pinterest and Snapchat channels: their options (sent as
 * channel variants `{channelId, options}`, since boards and audiences belong to one account), the network's
 * choices, and what the network would refuse (`blockers`), which stops the submit.
 *
 * @example
 *   const settings = useChannelSettings(workspace.id, chosen, textFor, media);
 *   if (settings.blockers.length) return; // the panels say why
 */
import { useCallback, useState } from 'react';
import type { Channel, Media, Post, Variant, Violation } from '../../api';
import { hasComposeOptions } from '../../api-compose';
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

  const blockers = withSettings.flatMap((c) => blockersFor(c, settings[c.id] ?? {}, compose.state[c.id]?.data, textFor(c.network), media));

  const variants = (): Variant[] =>
    withSettings.flatMap((c) => {
      const options = settings[c.id];
      return options && Object.keys(options).length > 0 ? [{ channelId: c.id, options }] : [];
    });

  const fillFrom = useCallback((post: Post) => {
    setSettings(Object.fromEntries(post.variants.filter((v) => v.channelId && v.options).map((v) => [v.channelId!, v.options!])));
  }, []);

  const change = useCallback((channelId: string, next: ChannelOptions) => setSettings((s) => ({ ...s, [channelId]: next })), []);

  return { withSettings, compose, settings, change, blockers, variants, fillFrom, key: JSON.stringify(settings) };
}
