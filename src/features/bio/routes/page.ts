/**
 * `GET /bio/{slug}`: the public link-in-bio page (HTML, no script). Cached in memory a few seconds and by
 * browsers for a minute, revalidated by ETag; a strict Content-Security-Policy, since nothing on it needs more.
 */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { statusPage } from '../../links/redirect/pages.js';
import { publicBioPage } from '../public-page.js';

const Params = z.object({ slug: z.string().max(64) });

/** Nothing on these pages needs more than their own inline style and, for a found page, its images. */
const policy = (imageOrigin?: string) =>
  `default-src 'none'; style-src 'unsafe-inline'; ${imageOrigin ? `img-src ${imageOrigin}; ` : ''}base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

const route: RouteModule = (app, ctx) => {
  app.get(
    '/bio/:slug',
    // Its own policy, stricter than the app's: helmet sends the other headers and leaves this one to the route.
    { schema: { tags: ['bio'], summary: 'A public link-in-bio page', params: Params, hide: true }, helmet: { contentSecurityPolicy: false } },
    async (request, reply) => {
      const page = /^[A-Za-z0-9_-]{3,64}$/.test(request.params.slug) ? await publicBioPage(ctx, request.params.slug) : null;
      reply.header('x-content-type-options', 'nosniff').type('text/html; charset=utf-8');
      if (!page) {
        return reply
          .code(404)
          .header('cache-control', 'no-store')
          .header('content-security-policy', policy())
          .send(statusPage('This page does not exist', 'Check the address; it may have been mistyped.'));
      }
      reply.header('etag', page.etag).header('cache-control', 'public, max-age=60').header('content-security-policy', policy(page.imageOrigin));
      if (request.headers['if-none-match'] === page.etag) return reply.code(304).send();
      return reply.send(page.html);
    },
  );
};

export default route;
