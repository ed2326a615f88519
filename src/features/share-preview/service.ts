/**
 * Share previews: what a link will look like when shared (its Open Graph and card tags, its image's facts) and the
 * audit of what it lacks. A preview is kept in memory for a few minutes, so a composer typing around a link, or a
 * post going to six networks, fetches the page once.
 *
 * @example
 *   const preview = await previewLink('https://acme.example/summer');  // {title, image, findings, …}
 *   const card = await linkCardFor(ctx, workspaceId, 'Try it https://l.acme.example/x1');  // destination's card
 */
import sharp from 'sharp';
import type { AppContext } from '../../core/context.js';
import { invalid } from '../../core/errors.js';
import type { LinkCard } from '../../networks/connector.js';
import { linksRepository } from '../links/repository.js';
import { auditShareTags, type Finding } from './audit.js';
import { readShareTags } from './open-graph.js';
import { downloadImage, fetchPage, PageError, probeImage, type Fetch, type ImageFacts } from './page.js';

export interface LinkPreview {
  url: string;
  finalUrl: string;
  title: string | null;
  description: string | null;
  siteName: string | null;
  image: { url: string; width: number | null; height: number | null; alt: string | null; bytes: number | null } | null;
  twitterCard: string | null;
  canonical: string | null;
  findings: Finding[];
}

const CACHE_MS = 10 * 60_000;
const CACHE_ENTRIES = 500;
const cache = new Map<string, { at: number; preview: LinkPreview }>();

/** Checks the address is a web address a network would fetch; a 422 otherwise. */
export function checkShareUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid('invalid_url', 'Give the full address of a web page, starting with https://.', 'url');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalid('invalid_url', 'Only http and https pages can be previewed.', 'url');
  if (url.username || url.password) throw invalid('invalid_url', 'An address with a user name or password cannot be shared.', 'url');
  return url.toString();
}

/** The preview of a page; a PageError becomes a 422 naming the field. */
export async function previewLink(raw: string, fetchFn?: Fetch, now = Date.now()): Promise<LinkPreview> {
  const url = checkShareUrl(raw);
  const hit = cache.get(url);
  if (hit && now - hit.at < CACHE_MS) return hit.preview;
  let page: { finalUrl: string; html: string };
  try {
    page = await fetchPage(url, fetchFn);
  } catch (error) {
    if (error instanceof PageError) throw invalid(error.code, error.message, 'url');
    throw error;
  }
  const tags = readShareTags(page.html, page.finalUrl);
  const facts: ImageFacts | null = tags.image ? await probeImage(tags.image.url, fetchFn) : null;
  const preview: LinkPreview = {
    url,
    finalUrl: page.finalUrl,
    title: tags.title,
    description: tags.description,
    siteName: tags.siteName,
    image: tags.image ? { ...tags.image, width: facts?.width ?? tags.image.width, height: facts?.height ?? tags.image.height, bytes: facts?.bytes ?? null } : null,
    twitterCard: tags.twitterCard,
    canonical: tags.canonical,
    findings: auditShareTags(tags, facts),
  };
  if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(url, { at: now, preview });
  return preview;
}

/** The first web address in a text. */
export function firstUrl(text: string): string | null {
  return /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/i.exec(text)?.[0] ?? null;
}

/** Bluesky's `app.bsky.embed.external#external.thumb`: "maxSize": 1000000. */
const THUMB_MAX_BYTES = 1_000_000;

/** A thumbnail under the network's size: as downloaded when small enough, else re-encoded to a 1200-pixel JPEG. */
async function thumbnail(url: string, fetchFn?: Fetch): Promise<LinkCard['thumb']> {
  const image = await downloadImage(url, 15 * 1024 * 1024, fetchFn);
  if (!image) return undefined;
  if (image.bytes.length <= THUMB_MAX_BYTES && /^image\/(jpeg|png|webp|gif)$/.test(image.mimeType)) return image;
  const bytes = await sharp(image.bytes, { limitInputPixels: 40_000_000 }).rotate().resize({ width: 1200, withoutEnlargement: true }).jpeg({ quality: 80 }).toBuffer();
  return bytes.length <= THUMB_MAX_BYTES ? { bytes, mimeType: 'image/jpeg' } : undefined;
}

/**
 * The card a network that builds its own (Bluesky) should attach to a post linking somewhere: the page's title,
 * description and image. The link itself stays what the text says (a tracked short link stays, so clicks are
 * counted); a short link of this workspace is looked through to its destination's tags. Null when the text has no
 * link or the page cannot be read: the post goes out without a card rather than not at all.
 */
export async function linkCardFor(ctx: AppContext, workspaceId: string, text: string, fetchFn?: Fetch): Promise<LinkCard | null> {
  const url = firstUrl(text);
  if (!url) return null;
  let target = url;
  const base = ctx.config.linkBaseUrl;
  if (url.startsWith(`${base}/`)) {
    const link = await linksRepository.findByCode(ctx.database.db, url.slice(base.length + 1).split(/[/?#]/)[0] ?? '');
    if (link && link.workspace_id === workspaceId) target = link.url;
  }
  try {
    const preview = await previewLink(target, fetchFn);
    if (!preview.title) return null;
    const thumb = preview.image ? await thumbnail(preview.image.url, fetchFn).catch(() => undefined) : undefined;
    return { url, title: preview.title, description: preview.description ?? '', ...(thumb && { thumb }) };
  } catch (error) {
    ctx.log.warn({ url: target, err: (error as Error).message }, 'no link card: the page could not be read');
    return null;
  }
}

/** Forgets cached previews (tests). */
export function clearPreviewCache(): void {
  cache.clear();
}
