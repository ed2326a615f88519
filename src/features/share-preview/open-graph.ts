/**
 * What a page says about itself when shared: its Open Graph tags (ogp.me), its Twitter/X card tags
 * (developer.x.com cards markup), and the plain HTML fallbacks networks use when those are missing (`<title>`,
 * `<meta name="description">`, `<link rel="canonical">`). Relative URLs are resolved against the page's address.
 *
 * @example
 *   readShareTags('<meta property="og:title" content="Summer days">', 'https://acme.example/a').title // 'Summer days'
 */
import { Parser } from 'htmlparser2';

export interface ShareTags {
  /** og:title, else twitter:title, else <title>. */
  title: string | null;
  description: string | null;
  siteName: string | null;
  image: { url: string; width: number | null; height: number | null; alt: string | null } | null;
  /** twitter:card (summary, summary_large_image, …), null when the page sets none. */
  twitterCard: string | null;
  canonical: string | null;
  /** og:url. */
  url: string | null;
  locale: string | null;
  /** Which of the tags were found, for the audit (og:title, og:image, twitter:card, canonical, title…). */
  present: Set<string>;
}

const WATCHED = new Set([
  'og:title', 'og:description', 'og:site_name', 'og:image', 'og:image:url', 'og:image:secure_url', 'og:image:width',
  'og:image:height', 'og:image:alt', 'og:url', 'og:locale', 'twitter:card', 'twitter:title', 'twitter:description',
  'twitter:image', 'twitter:image:src', 'twitter:image:alt', 'description',
]);

function absolute(value: string | undefined, base: string): string | null {
  if (!value?.trim()) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function size(value: string | undefined): number | null {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** Reads the share tags of an HTML document (only the first value of a repeated tag counts, as networks do). */
export function readShareTags(html: string, pageUrl: string): ShareTags {
  const meta = new Map<string, string>();
  let title = '';
  let inTitle = false;
  let canonical: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'title') inTitle = true;
        if (name === 'meta') {
          const key = (attrs['property'] ?? attrs['name'] ?? '').trim().toLowerCase();
          if (WATCHED.has(key) && attrs['content'] !== undefined && !meta.has(key)) meta.set(key, attrs['content'].trim());
        }
        if (name === 'link' && !canonical && (attrs['rel'] ?? '').toLowerCase().split(/\s+/).includes('canonical')) {
          canonical = absolute(attrs['href'], pageUrl);
        }
      },
      ontext(text) {
        if (inTitle) title += text;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();

  const first = (...keys: string[]) => keys.map((k) => meta.get(k)).find((v) => v !== undefined && v !== '') ?? null;
  const imageUrl = absolute(first('og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src') ?? undefined, pageUrl);
  const present = new Set<string>([...meta.keys()].filter((k) => meta.get(k) !== ''));
  const plainTitle = title.replace(/\s+/g, ' ').trim();
  if (plainTitle) present.add('title');
  if (canonical) present.add('canonical');
  return {
    title: first('og:title', 'twitter:title') ?? (plainTitle || null),
    description: first('og:description', 'twitter:description', 'description'),
    siteName: first('og:site_name'),
    image: imageUrl
      ? { url: imageUrl, width: size(meta.get('og:image:width')), height: size(meta.get('og:image:height')), alt: first('og:image:alt', 'twitter:image:alt') }
      : null,
    twitterCard: first('twitter:card'),
    canonical,
    url: absolute(first('og:url') ?? undefined, pageUrl),
    locale: first('og:locale'),
    present,
  };
}
