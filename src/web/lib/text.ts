/**
 * Counting text the way each network does, for the composer's counters and previews. Mirrors
 * src/networks/text.ts (which uses Node's Buffer) with browser APIs: Intl.Segmenter for grapheme clusters,
 * TextEncoder for UTF-8 bytes.
 */
import type { ChannelLimits } from '../api';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const encoder = new TextEncoder();

export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

export function graphemeLength(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

// Same pattern as the server: an http(s) URL up to whitespace, without trailing punctuation.
const URL_PATTERN = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’”]/g;

export interface TextPart {
  text: string;
  url: boolean;
}

/** Splits text into plain runs and URLs, in order. */
export function splitUrls(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), url: false });
    parts.push({ text: match[0], url: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), url: false });
  return parts;
}

/** The first http(s) address in `text` (the one a network turns into a card), or null. */
export function firstLink(text: string): string | null {
  return splitUrls(text).find((p) => p.url && /^https?:\/\//i.test(p.text))?.text ?? null;
}

export interface Count {
  /** Length as the network counts it. */
  used: number;
  max: number;
  bytes: number;
  maxBytes: number | null;
  over: boolean;
}

/** Mastodon counts every URL as `urlLength` (23) characters whatever its length; Bluesky counts graphemes. */
export function countText(text: string, limits: Pick<ChannelLimits, 'maxGraphemes' | 'maxBytes' | 'urlLength'>): Count {
  const used = splitUrls(text).reduce(
    (sum, part) => sum + (part.url && limits.urlLength ? limits.urlLength : graphemeLength(part.text)),
    0,
  );
  const bytes = utf8Length(text);
  const maxBytes = limits.maxBytes ?? null;
  return { used, max: limits.maxGraphemes, bytes, maxBytes, over: used > limits.maxGraphemes || (maxBytes !== null && bytes > maxBytes) };
}

/** Of several channels' limits on one network, the strictest, so a text that fits fits them all. */
export function strictest(limits: ChannelLimits[]): Pick<ChannelLimits, 'maxGraphemes' | 'maxBytes' | 'urlLength'> | null {
  if (limits.length === 0) return null;
  const bytes = limits.map((l) => l.maxBytes).filter((b): b is number => b !== undefined);
  const urls = limits.map((l) => l.urlLength).filter((u): u is number => u !== undefined);
  return {
    maxGraphemes: Math.min(...limits.map((l) => l.maxGraphemes)),
    maxBytes: bytes.length ? Math.min(...bytes) : undefined,
    urlLength: urls.length ? Math.max(...urls) : undefined,
  };
}

/**
 * How Mastodon's web interface shows a link: without the scheme and `www.`, cut after 30 characters with an
 * ellipsis (Mastodon's `TextFormatter#link_to_url`).
 */
export function mastodonDisplayUrl(url: string): string {
  const bare = url.replace(/^https?:\/\/(www\.)?/, '');
  return bare.length > 30 ? `${bare.slice(0, 30)}…` : bare;
}

/**
 * Splits text where the network's limit falls, so a preview can show the part that would be cut. A URL that
 * does not fit as a whole goes to the overflow.
 */
export function splitAtLimit(text: string, limits: Pick<ChannelLimits, 'maxGraphemes' | 'urlLength'>): [string, string] {
  let used = 0;
  let index = 0;
  for (const part of splitUrls(text)) {
    if (part.url && limits.urlLength) {
      if (used + limits.urlLength > limits.maxGraphemes) return [text.slice(0, index), text.slice(index)];
      used += limits.urlLength;
      index += part.text.length;
      continue;
    }
    for (const grapheme of graphemes(part.text)) {
      if (used + 1 > limits.maxGraphemes) return [text.slice(0, index), text.slice(index)];
      used += 1;
      index += grapheme.length;
    }
  }
  return [text, ''];
}
