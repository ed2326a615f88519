/** `GET /t.js`: the browser tracking snippet, cacheable for five minutes and revalidated by ETag. */
import { createHash } from 'node:crypto';
import type { RouteModule } from '../../../core/http.js';
import { snippetSource } from '../../tracking/snippet.js';

let tagged: Promise<{ source: string; etag: string }> | undefined;

/** The snippet and its strong ETag (a hash of its bytes), computed once per process. */
function taggedSnippet(): Promise<{ source: string; etag: string }> {
  tagged ??= snippetSource().then(
    (source) => ({ source, etag: `"${createHash('sha256').update(source).digest('base64url').slice(0, 22)}"` }),
    (error: unknown) => {
      tagged = undefined;
      throw error;
    },
  );
  return tagged;
}

/** True when an If-None-Match header names this ETag (a list, a weak form, or `*`). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((raw) => {
    const t = raw.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

const route: RouteModule = (app) => {
  app.get(
    '/t.js',
    // Customers' pages load it with a plain <script src>: it must be readable by any site.
    { schema: { tags: ['tracking'], summary: 'The website tracking snippet', hide: true }, helmet: { crossOriginResourcePolicy: { policy: 'cross-origin' } } },
    async (request, reply) => {
      const { source, etag } = await taggedSnippet();
      // Five minutes: a fixed snippet reaches every customer page quickly, and revalidation is a cheap 304.
      reply.header('cache-control', 'public, max-age=300').header('etag', etag).header('x-content-type-options', 'nosniff');
      if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();
      return reply.type('text/javascript; charset=utf-8').send(source);
    },
  );
};

export default route;
