/**
 * Reading a feed's address: through the local-address guard (safe-fetch.ts: every connection, redirects included,
 * must reach a public address), within a time and a size limit, and politely (If-None-Match / If-Modified-Since,
 * so an unchanged feed answers 304 with no body).
 */
import { guardedFetch, unsafeAddressIn } from '../../networks/safe-fetch.js';

// A feed of 100 long entries is well under 1 MB; 5 MB leaves room for feeds with full articles and stops a server
// that streams forever.
export const MAX_FEED_BYTES = 5 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;

export type FeedResponse =
  | { kind: 'unchanged' }
  | { kind: 'body'; text: string; etag: string | null; lastModified: string | null }
  | { kind: 'failed'; error: string };

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/** Reads the body up to `max` bytes; null when it is longer. */
async function boundedText(response: Response, max: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > max) return null;
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function reasonOf(error: unknown): string {
  const unsafe = unsafeAddressIn(error);
  if (unsafe) return unsafe.message;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `The feed did not answer within ${FETCH_TIMEOUT_MS / 1000} seconds.`;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
  return `The feed could not be reached (${cause}).`;
}

/** Fetches the feed; `validators` (from the last read) make it conditional, none for an unconditional read. */
export async function fetchFeed(url: string, validators: Validators | null, fetcher: typeof fetch = guardedFetch()): Promise<FeedResponse> {
  const headers: Record<string, string> = {
    accept: 'application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
    'user-agent': 'Mozilla/5.0 (compatible; ChorusFeedReader/1.0; self-hosted social media tool)',
  };
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  try {
    const response = await fetcher(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (response.status === 304) return { kind: 'unchanged' };
    if (!response.ok) {
      await response.body?.cancel();
      return { kind: 'failed', error: `The feed answered HTTP ${response.status}.` };
    }
    const text = await boundedText(response, MAX_FEED_BYTES);
    if (text === null) return { kind: 'failed', error: `The feed is larger than ${MAX_FEED_BYTES / 1024 / 1024} MB.` };
    return { kind: 'body', text, etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
  } catch (error) {
    return { kind: 'failed', error: reasonOf(error) };
  }
}
