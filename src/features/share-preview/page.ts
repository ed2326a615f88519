/**
 * Fetching a page, or the head of its share image, the way a network's crawler would: through the local-address
 * guard (every hop of a redirect included), with a time limit and a size limit, so a preview can neither reach this
 * machine's network nor be made to download a huge file.
 */
import { imageSize } from 'image-size';
import { guardedFetch, unsafeAddressIn } from '../../networks/safe-fetch.js';

/** Networks' crawlers read the head of a page; 1 MB is more than any head, and bounds memory per preview. */
export const MAX_PAGE_BYTES = 1_000_000;
/** Enough of an image for its dimensions (a JPEG's size can follow large EXIF blocks). */
const IMAGE_HEAD_BYTES = 512 * 1024;
const TIMEOUT_MS = 8_000;
const USER_AGENT = 'Mozilla/5.0 (compatible; ChorusLinkPreview/1.0; self-hosted social media tool)';

/** Why a page (or its image) could not be read, as a stable code with a message a person can act on. */
export class PageError extends Error {
  constructor(
    readonly code: 'unsafe_address' | 'page_unavailable' | 'not_html' | 'page_timeout',
    message: string,
  ) {
    super(message);
    this.name = 'PageError';
  }
}

export type Fetch = typeof fetch;

/** Reads at most `limit` bytes of a body, then stops the download. */
async function readUpTo(res: Response, limit: number): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let total = 0;
  const reader = res.body.getReader();
  while (total < limit) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(Buffer.from(value));
    total += value.byteLength;
  }
  await reader.cancel().catch(() => undefined);
  return Buffer.concat(chunks).subarray(0, limit);
}

async function get(url: string, accept: string, fetchFn: Fetch): Promise<Response> {
  try {
    return await fetchFn(url, { headers: { 'user-agent': USER_AGENT, accept }, redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    if (unsafeAddressIn(error)) throw new PageError('unsafe_address', `${new URL(url).host} is on this machine or a private network; Chorus does not fetch such addresses.`);
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      throw new PageError('page_timeout', `${new URL(url).host} did not answer within ${TIMEOUT_MS / 1000} s.`);
    }
    throw new PageError('page_unavailable', `${new URL(url).host} could not be reached (${(error as Error).message}).`);
  }
}

/** The page's HTML (its first megabyte) and the address it ended at after redirects. */
export async function fetchPage(url: string, fetchFn: Fetch = guardedFetch()): Promise<{ finalUrl: string; html: string }> {
  const res = await get(url, 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1', fetchFn);
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw new PageError('page_unavailable', `${new URL(url).host} answered HTTP ${res.status} for this page; networks would show no card.`);
  }
  const type = res.headers.get('content-type') ?? '';
  if (!/html/i.test(type)) {
    await res.body?.cancel().catch(() => undefined);
    throw new PageError('not_html', `This address serves ${type.split(';')[0] || 'no declared type'}, not a web page: networks show no card for it.`);
  }
  const charset = /charset=([\w-]+)/i.exec(type)?.[1] ?? 'utf-8';
  const bytes = await readUpTo(res, MAX_PAGE_BYTES);
  let html: string;
  try {
    html = new TextDecoder(charset).decode(bytes);
  } catch {
    html = new TextDecoder('utf-8').decode(bytes);
  }
  return { finalUrl: res.url || url, html };
}

export interface ImageFacts {
  reachable: boolean;
  width: number | null;
  height: number | null;
  /** From Content-Length, when the server says. */
  bytes: number | null;
  mimeType: string | null;
}

/** What networks will find at a share image's address: whether it loads, its dimensions and weight. */
export async function probeImage(url: string, fetchFn: Fetch = guardedFetch()): Promise<ImageFacts> {
  const none: ImageFacts = { reachable: false, width: null, height: null, bytes: null, mimeType: null };
  let res: Response;
  try {
    res = await get(url, 'image/*', fetchFn);
  } catch {
    return none;
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    return none;
  }
  const length = Number(res.headers.get('content-length'));
  const head = await readUpTo(res, IMAGE_HEAD_BYTES);
  let width: number | null = null;
  let height: number | null = null;
  try {
    const found = imageSize(head);
    width = found.width ?? null;
    height = found.height ?? null;
  } catch {
    // Not an image, or its size lies beyond the head read: dimensions unknown.
  }
  const mimeType = (res.headers.get('content-type') ?? '').split(';')[0]?.trim() || null;
  return { reachable: true, width, height, bytes: Number.isFinite(length) && length > 0 ? length : null, mimeType };
}

/** The whole image (for a network that wants it uploaded), at most `limit` bytes; null when bigger or unreachable. */
export async function downloadImage(url: string, limit: number, fetchFn: Fetch = guardedFetch()): Promise<{ bytes: Buffer; mimeType: string } | null> {
  let res: Response;
  try {
    res = await get(url, 'image/*', fetchFn);
  } catch {
    return null;
  }
  const mimeType = (res.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  if (!res.ok || !mimeType.startsWith('image/')) {
    await res.body?.cancel().catch(() => undefined);
    return null;
  }
  const bytes = await readUpTo(res, limit + 1);
  return bytes.length > limit ? null : { bytes, mimeType };
}
