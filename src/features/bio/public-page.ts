/**
 * Public bio pages by slug, rendered once and kept in memory for a few seconds: a page linked from a popular
 * profile is requested in bursts, and this keeps those bursts off the database. Edits made through this process
 * show at once (the save forgets the slugs); other processes catch up within TTL_MS.
 */
import { createHash } from 'node:crypto';
import type { AppContext } from '../../core/context.js';
import { renderBioPage } from './page.js';
import { bioRepository } from './repository.js';
import { bioItemUrl, isLive } from './service.js';

const TTL_MS = 5_000;
const MISS_TTL_MS = 2_000;
const MAX_ENTRIES = 1_000;
const HOUR_MS = 3_600_000;

export interface RenderedBioPage {
  html: string;
  etag: string;
  /** Origins the page loads images from (for its Content-Security-Policy). */
  imageOrigin: string;
}

interface Entry {
  page: Promise<RenderedBioPage | null>;
  until: number;
}

/** One cache per running app (tests run several apps, on different databases, in one process). */
const caches = new WeakMap<AppContext, Map<string, Entry>>();

function cacheOf(ctx: AppContext): Map<string, Entry> {
  let cache = caches.get(ctx);
  if (!cache) caches.set(ctx, (cache = new Map()));
  return cache;
}

export function publicBioPage(ctx: AppContext, slug: string): Promise<RenderedBioPage | null> {
  const cache = cacheOf(ctx);
  const key = slug.toLowerCase();
  const hit = cache.get(key);
  if (hit && hit.until > Date.now()) return hit.page;
  // Stored at once, so visitors arriving together share one database read.
  const page = render(ctx, key);
  const entry: Entry = { page, until: Number.POSITIVE_INFINITY };
  cache.delete(key);
  cache.set(key, entry);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  page.then(
    (p) => (entry.until = Date.now() + (p ? TTL_MS : MISS_TTL_MS)),
    () => cache.get(key) === entry && cache.delete(key),
  );
  return page;
}

export function forgetBioPages(ctx: AppContext, slugs: string[]): void {
  const cache = cacheOf(ctx);
  for (const slug of slugs) cache.delete(slug.toLowerCase());
}

async function render(ctx: AppContext, slug: string): Promise<RenderedBioPage | null> {
  const db = ctx.database.db;
  const page = await bioRepository.findBySlug(db, slug);
  if (!page) return null;
  const now = new Date();
  const items = (await bioRepository.items(db, page.id)).filter((item) => isLive(item, now));
  // Signed from the start of the hour for two hours: the avatar's URL (and so the page's ETag and the browser's
  // copy of the image) stays the same for an hour, and is always valid for at least one more.
  const hour = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  const avatarUrl = page.avatar_media_id ? ctx.config.publicUrl + ctx.media.signedPath(page.avatar_media_id, 7200, hour) : null;
  const html = renderBioPage({
    title: page.title || page.slug,
    description: page.description,
    lang: page.lang,
    theme: page.theme,
    avatarUrl,
    items: items.map((item) => ({ label: item.label, url: bioItemUrl(ctx, item.code) })),
  });
  return { html, etag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`, imageOrigin: new URL(ctx.config.publicUrl).origin };
}
