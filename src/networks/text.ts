/**
 * Counting text as people see it. `Intl.Segmenter` (built into Node and browsers) splits grapheme clusters, so an
 * emoji with skin tone or a letter with combining marks counts as one, as the networks count them.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function graphemeLength(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

// Deliberately simple: what Mastodon and Bluesky clients treat as a link is an http(s) URL up to whitespace,
// without trailing punctuation.
const URL_PATTERN = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’”]/g;

export interface FoundUrl {
  url: string;
  /** UTF-16 index, for string slicing. */
  start: number;
  end: number;
}

export function findUrls(text: string): FoundUrl[] {
  return [...text.matchAll(URL_PATTERN)].map((m) => ({ url: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Length with every URL counted as `urlLength` characters (Mastodon counts each link as 23). */
export function lengthWithUrlsAs(text: string, urlLength: number): number {
  let total = 0;
  let last = 0;
  for (const found of findUrls(text)) {
    total += graphemeLength(text.slice(last, found.start)) + urlLength;
    last = found.end;
  }
  return total + graphemeLength(text.slice(last));
}
