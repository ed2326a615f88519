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
  const byChannel = post.variants.find((v) => v.channelId === channel.id);
  const byNetwork = post.variants.find((v) => !v.channelId && v.network === channel.network);
  return {
    text: byChannel?.text ?? byNetwork?.text ?? post.text,
    mediaIds: byChannel?.mediaIds ?? byNetwork?.mediaIds ?? post.mediaIds,
    options: { ...byNetwork?.options, ...byChannel?.options },
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
