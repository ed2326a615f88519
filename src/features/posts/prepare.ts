/**
 * Checks a post before anything is saved: its channels and media belong to the workspace, variants point at chosen
 * channels, the date is not in the past, and every channel's content passes its network's real rules.
 */
import type { AppContext } from '../../core/context.js';
import { invalid } from '../../core/errors.js';
import type { Queryable } from '../../db/database.js';
import type { PostVariantRow } from '../../db/schema.js';
import { channelsRepository, type ChannelRow } from '../channels/repository.js';
import { mediaRepository, type MediaRow } from '../media/repository.js';
import { plannedMedia } from '../media/renditions.js';
import { isUuid } from '../workspaces/access.js';
import { contentForChannel } from './content.js';

export interface PostDraft {
  text: string;
  mediaIds: string[];
  channelIds: string[];
  variants: PostVariantRow[];
}

export interface ChannelViolation {
  channelId: string;
  network: string;
  rule: string;
  message: string;
  field: string;
  params?: Record<string, string | number>;
}

export interface PreparedPost {
  channels: ChannelRow[];
  media: Map<string, MediaRow>;
  violations: ChannelViolation[];
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

export async function preparePost(ctx: AppContext, db: Queryable, workspaceId: string, draft: PostDraft, publishing: boolean): Promise<PreparedPost> {
  const channelIds = unique(draft.channelIds);
  const badId = channelIds.find((id) => !isUuid(id));
  const channels = badId ? [] : await channelsRepository.findMany(db, workspaceId, channelIds);
  if (badId || channels.length !== channelIds.length) {
    const missing = badId ?? channelIds.find((id) => !channels.some((c) => c.id === id));
    throw invalid('unknown_channel', `Channel ${missing} is not connected in this workspace.`, 'channelIds');
  }
  draft.variants.forEach((v, i) => {
    if (!v.channelId && !v.network) {
      throw invalid('invalid_variant', 'A variant needs a "network" or a "channelId".', `variants[${i}]`);
    }
    if (v.channelId && !channelIds.includes(v.channelId)) {
      throw invalid('invalid_variant', `Variant ${i + 1} is for a channel that is not selected.`, `variants[${i}].channelId`);
    }
    if (v.network && !v.channelId && !channels.some((c) => c.network === v.network)) {
      throw invalid('invalid_variant', `Variant ${i + 1} is for ${v.network}, but no ${v.network} channel is selected.`, `variants[${i}].network`);
    }
  });
  const allMediaIds = unique([...draft.mediaIds, ...draft.variants.flatMap((v) => v.mediaIds ?? [])]);
  const badMedia = allMediaIds.find((id) => !isUuid(id));
  const mediaRows = badMedia ? [] : await mediaRepository.findManyForUse(db, workspaceId, allMediaIds);
  if (badMedia || mediaRows.length !== allMediaIds.length) {
    throw invalid('unknown_media', 'Some attached media was not found in this workspace; upload it again.', 'mediaIds');
  }
  const media = new Map(mediaRows.map((m) => [m.id, m]));

  const violations: ChannelViolation[] = [];
  for (const channel of channels) {
    const connector = ctx.networks.get(channel.network);
    const at = { channelId: channel.id, network: channel.network };
    if (!connector) {
      violations.push({ ...at, rule: 'unknown_network', field: 'channelIds', message: `Chorus cannot publish to ${channel.network}.` });
      continue;
    }
    if (publishing && channel.status !== 'active') {
      violations.push({
        ...at,
        rule: 'channel_needs_reconnect',
        field: 'channelIds',
        message: `${channel.handle} on ${channel.network} must be reconnected before posting (${channel.status_reason ?? channel.status}).`,
      });
    }
    const content = contentForChannel(draft, channel);
    const limits = connector.limits(channel.limits);
    // Images as the network will get them: what Chorus converts (format, bytes, pixels) is no longer refused.
    const planned = await plannedMedia(ctx, db, content.mediaIds.map((id) => media.get(id)!), limits);
    for (const v of [...planned.violations, ...connector.validate({ text: content.text, media: planned.media, options: content.options }, limits)]) {
      violations.push({ ...at, ...v });
    }
  }
  return { channels, media, violations };
}

export function throwIfViolations(violations: ChannelViolation[]): void {
  if (violations.length === 0) return;
  const first = violations[0]!;
  const more = violations.length > 1 ? ` (and ${violations.length - 1} more)` : '';
  // The first violation's rule and numbers as params: the web app writes the sentence in the person's language.
  const params = { network: first.network, rule: first.rule, ...first.params, others: violations.length - 1 };
  throw invalid('validation_failed', `${first.network}: ${first.message}${more}`, first.field, { violations }, params);
}
