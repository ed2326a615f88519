/** A local feed server for the feeds tests: fixtures by path, an ETag that answers 304, every request recorded. */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedServer {
  server: Server;
  base: string;
  /** path → body (and its ETag when set); a missing path answers 404. */
  feeds: Map<string, { body: string; etag?: string; type?: string; redirect?: string }>;
  hits: Array<{ path: string; headers: IncomingHttpHeaders }>;
  close(): Promise<void>;
}

export async function feedServer(): Promise<FeedServer> {
  const s = { feeds: new Map(), hits: [] } as unknown as FeedServer;
  s.server = createServer((req, res) => {
    const path = req.url ?? '/';
    s.hits.push({ path, headers: req.headers });
    const feed = s.feeds.get(path);
    // No kept-alive connection: each read opens its own, where the address check runs.
    if (!feed) return void res.writeHead(404, { connection: 'close' }).end('not found');
    if (feed.redirect) return void res.writeHead(302, { connection: 'close', location: feed.redirect }).end();
    if (feed.etag && req.headers['if-none-match'] === feed.etag) return void res.writeHead(304, { connection: 'close', etag: feed.etag }).end();
    res.writeHead(200, { connection: 'close', 'content-type': feed.type ?? 'application/rss+xml', ...(feed.etag && { etag: feed.etag }) }).end(feed.body);
  });
  await new Promise<void>((resolve) => s.server.listen(0, '127.0.0.1', resolve));
  s.base = `http://127.0.0.1:${(s.server.address() as AddressInfo).port}`;
  s.close = () => new Promise<void>((resolve) => s.server.close(() => resolve()));
  return s;
}

export interface Item {
  guid?: string;
  title: string;
  link?: string;
  summary?: string;
  date?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An RSS 2.0 feed of these items (newest first, as feeds list them). */
export function rss(items: Item[]): string {
  const body = items
    .map(
      (i) =>
        `<item>${i.guid ? `<guid isPermaLink="false">${esc(i.guid)}</guid>` : ''}<title>${esc(i.title)}</title>` +
        `${i.link ? `<link>${esc(i.link)}</link>` : ''}<description>${esc(i.summary ?? '')}</description>` +
        `${i.date ? `<pubDate>${new Date(i.date).toUTCString()}</pubDate>` : ''}</item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title><link>https://blog.example</link>${body}</channel></rss>`;
}

/** An Atom 1.0 feed of these items. */
export function atom(items: Item[]): string {
  const body = items
    .map(
      (i) =>
        `<entry><id>${esc(i.guid ?? i.link ?? '')}</id><title>${esc(i.title)}</title>${i.link ? `<link rel="alternate" href="${esc(i.link)}"/>` : ''}` +
        `<summary type="html">${esc(i.summary ?? '')}</summary><author><name>Ann</name></author><updated>${i.date ?? '2026-12-01T00:00:00Z'}</updated></entry>`,
    )
    .join('');
  return `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom blog</title><id>urn:blog</id><updated>2026-12-01T00:00:00Z</updated>${body}</feed>`;
}
