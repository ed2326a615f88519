/**
 * Compose once, tailor per network and per channel: which text and media each channel gets, and whether it passes
 * that network's rules. Pure functions, tested on their own.
 */
import type { PostVariantRow, PublicationStatus } from '../../db/schema.js';

export interface ContentSource {
  text: string;
  mediaIds: string[];
  variants: PostVariantRow[];
}

/**
 * A channel's own variant wins over its network's, which wins over the base text. Options merge: the network's
 * settings apply to each of its channels, and a channel's own settings override them key by key.
 */
export function contentForChannel(
  post: ContentSource,
  channel: { id: string; network: string },
): { text: string; mediaIds: string[]; options: Record<string, unknown> } {
  const byChannel = post.variants.find((v) => !v.segmentId && v.channelId === channel.id);
  const byNetwork = post.variants.find((v) => !v.segmentId && !v.channelId && v.network === channel.network);
  return {
    text: byChannel?.text ?? byNetwork?.text ?? post.text,
    mediaIds: byChannel?.mediaIds ?? byNetwork?.mediaIds ?? post.mediaIds,
    options: { ...byNetwork?.options, ...byChannel?.options },
  };
}

/** The variants of one segment that apply to `channel`: for it alone, for its network, or for every channel. */
function segmentVariants(post: ContentSource, channel: { id: string; network: string }, segmentId: string) {
  const mine = post.variants.filter((v) => v.segmentId === segmentId);
  return {
    byChannel: mine.find((v) => v.channelId === channel.id),
    byNetwork: mine.find((v) => !v.channelId && v.network === channel.network),
    bySegment: mine.find((v) => !v.channelId && !v.network),
  };
}

/** The segments that get their own publication on `channel`, in the order their first variant was written. */
export function segmentsForChannel(post: ContentSource, channel: { id: string; network: string }): string[] {
  const ids = post.variants.flatMap((v) => v.segmentId ?? []);
  return [...new Set(ids)].filter((id) => {
    const { byChannel, byNetwork, bySegment } = segmentVariants(post, channel, id);
    return Boolean(byChannel ?? byNetwork ?? bySegment);
  });
}

/**
 * What one segment's publication on `channel` carries: the segment's own variant (for the channel, else its network,
 * else every channel) overrides what the channel gets by default, field by field; options merge on top of the
 * channel's. The variant's `url` is added to its text unless the text already has it, so tracked links see it too.
 */
export function contentForSegment(
  post: ContentSource,
  channel: { id: string; network: string },
  segmentId: string,
): { text: string; mediaIds: string[]; options: Record<string, unknown> } {
  const base = contentForChannel(post, channel);
  const { byChannel, byNetwork, bySegment } = segmentVariants(post, channel, segmentId);
  const text = byChannel?.text ?? byNetwork?.text ?? bySegment?.text ?? base.text;
  const url = byChannel?.url ?? byNetwork?.url ?? bySegment?.url;
  return {
    text: url && !text.includes(url) ? `${text.trimEnd()}\n\n${url}` : text,
    mediaIds: byChannel?.mediaIds ?? byNetwork?.mediaIds ?? bySegment?.mediaIds ?? base.mediaIds,
    options: { ...base.options, ...bySegment?.options, ...byNetwork?.options, ...byChannel?.options },
  };
}


/** A post's status as people read it, from its publications once it is out of draft and approval. */
export function postStatus(stored: string, publications: Array<{ status: PublicationStatus }>): string {
  if (stored === 'draft' || stored === 'pending_approval' || publications.length === 0) return stored;
  const has = (s: PublicationStatus) => publications.some((p) => p.status === s);
  const all = (s: PublicationStatus) => publications.every((p) => p.status === s);
  if (all('cancelled')) return 'cancelled';
  if (has('publishing')) return 'publishing';
  if (has('scheduled')) return 'scheduled';
  if (has('held')) return 'held';
  if (has('failed')) return 'failed';
  if (publications.every((p) => p.status === 'published' || p.status === 'cancelled')) return 'published';
  return stored;
}
