/**
 * A feed's text (RSS 2.0, Atom, RDF, and JSON Feed, which feedsmith also reads) as a list of entries Chorus can post:
 * a key to remember it by (its GUID or id, else its link), title, link, summary as plain text, author and date.
 *
 * @example
 *   const entries = feedEntries('<rss version="2.0"><channel><item><guid>a</guid><title>Hi</title></item></channel></rss>');
 *   entries[0]; // { key: 'a', title: 'Hi', link: null, summary: '', author: '', publishedAt: null }
 */
import { createHash } from 'node:crypto';
import { parseFeed } from 'feedsmith';
import { Parser } from 'htmlparser2';

export interface FeedEntry {
  key: string;
  title: string;
  link: string | null;
  summary: string;
  author: string;
  publishedAt: Date | null;
}

/** A feed that could not be read as RSS, Atom or RDF; its message is shown on the feed. */
export class FeedFormatError extends Error {}

/** HTML (summaries usually are) as the plain text a post can carry: tags dropped, entities decoded, spaces collapsed. */
export function plainText(html: string | undefined): string {
  if (!html) return '';
  let out = '';
  let skip = 0;
  const parser = new Parser(
    {
      onopentag: (name) => {
        if (name === 'script' || name === 'style') skip++;
        if (name === 'br' || name === 'p' || name === 'div' || name === 'li') out += ' ';
      },
      onclosetag: (name) => {
        if (name === 'script' || name === 'style') skip = Math.max(0, skip - 1);
      },
      ontext: (text) => {
        if (skip === 0) out += text;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out.replace(/\s+/g, ' ').trim();
}

function date(value: string | undefined): Date | null {
  if (!value) return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** Only http(s) links are kept: a `javascript:` link in someone's feed must not reach a post. */
function httpLink(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

interface Raw {
  guid?: string | undefined;
  title?: string | undefined;
  link?: string | undefined;
  summary?: string | undefined;
  author?: string | undefined;
  date?: string | undefined;
}

function entry(raw: Raw): FeedEntry | null {
  const link = httpLink(raw.link);
  const id = raw.guid?.trim() || link;
  // Nothing to remember it by: it could be posted again on every read, so it is left out.
  if (!id) return null;
  // GUIDs have no length limit; a long one is remembered by its hash (the index holds keys of a bounded size).
  const key = id.length > 400 ? `sha256:${createHash('sha256').update(id).digest('hex')}` : id;
  return { key, title: plainText(raw.title), link, summary: plainText(raw.summary), author: plainText(raw.author), publishedAt: date(raw.date) };
}

function rawEntries(text: string): Raw[] {
  const { format, feed } = parseFeed(text);
  switch (format) {
    case 'rss':
      return (feed.items ?? []).map((i) => ({
        guid: i.guid?.value,
        title: i.title,
        link: i.link,
        summary: i.description ?? i.content?.encoded,
        author: i.dc?.creators?.[0] ?? i.authors?.[0]?.name,
        date: i.pubDate ?? i.dc?.dates?.[0],
      }));
    case 'atom':
      return (feed.entries ?? []).map((e) => ({
        guid: e.id,
        title: e.title?.value,
        link: (e.links?.find((l) => !l.rel || l.rel === 'alternate') ?? e.links?.[0])?.href,
        summary: e.summary?.value ?? e.content?.value,
        author: e.authors?.[0]?.name,
        date: e.published ?? e.updated,
      }));
    case 'rdf':
      return (feed.items ?? []).map((i) => ({
        guid: i.rdf?.about,
        title: i.title,
        link: i.link,
        summary: i.description,
        author: i.dc?.creators?.[0],
        date: i.dc?.dates?.[0],
      }));
    case 'json':
      return (feed.items ?? []).map((i) => ({
        guid: i.id,
        title: i.title,
        link: i.url,
        summary: i.summary ?? i.content_text ?? i.content_html,
        author: i.authors?.[0]?.name,
        date: i.date_published,
      }));
  }
}

/** The entries of a feed, oldest first (so a backlog goes out in the order it was written). */
export function feedEntries(text: string): FeedEntry[] {
  let raws: Raw[];
  try {
    raws = rawEntries(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FeedFormatError(`This address does not answer an RSS, Atom or RDF feed (${reason}).`);
  }
  const seen = new Set<string>();
  const out: FeedEntry[] = [];
  for (const raw of raws) {
    const e = entry(raw);
    if (!e || seen.has(e.key)) continue;
    seen.add(e.key);
    out.push(e);
  }
  // Feeds list newest first; undated entries keep their place relative to each other.
  return out.reverse().sort((a, b) => (a.publishedAt && b.publishedAt ? a.publishedAt.getTime() - b.publishedAt.getTime() : 0));
}
