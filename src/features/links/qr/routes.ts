/**
 * `GET /qr/{code}.svg` and `GET /qr/{code}.png?size&margin`: the QR code of a short link. Public, like the short
 * URL it encodes (`${shortUrl}?qr=1`, so scans are counted as trigger=qr). 404 for unknown, archived or expired
 * links. The bytes for a code never change (codes are never reused), hence long caching with an ETag.
 */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { QR_MARGIN, QR_SIZE, qrEtag, qrText, renderQr, type QrFormat } from './render.js';

const Params = z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).describe('The short code') });
const Query = z.object({
  size: z.coerce.number().int().min(QR_SIZE.min).max(QR_SIZE.max).default(QR_SIZE.default).describe('Width and height in pixels'),
  margin: z.coerce.number().int().min(QR_MARGIN.min).max(QR_MARGIN.max).default(QR_MARGIN.default).describe('Quiet zone, in modules'),
});
// 30 days: long enough for posters and newsletters; the ETag makes a later revalidation cheap.
const CACHE_CONTROL = 'public, max-age=2592000';

const route: RouteModule = (app, ctx) => {
  for (const format of ['svg', 'png'] as const satisfies QrFormat[]) {
    app.get(
      `/qr/:code.${format}`,
      {
        schema: {
          tags: ['links'],
          summary: `QR code of a short link (${format.toUpperCase()})`,
          params: Params,
          querystring: Query,
        },
        // Rendering a 2048 px PNG costs tens of milliseconds: enough per visitor for any real page, not for a flood.
        config: { rateLimit: { max: 300, timeWindow: 60_000 } },
        // Posters' and newsletters' pages show it with a plain <img src>: it must be readable by any site.
        helmet: { crossOriginResourcePolicy: { policy: 'cross-origin' } },
      },
      async (request, reply) => {
        // The redirector's cache: a QR code on a busy page costs no database read.
        const link = await ctx.links.redirector.cache.get(request.params.code);
        if (!link || link.archived_at || (link.expires_at && link.expires_at <= new Date())) {
          return reply.code(404).send({ error: { code: 'not_found', message: 'No active short link has this code.' } });
        }
        const text = qrText(`${ctx.config.linkBaseUrl}/${link.code}`);
        const options = { size: request.query.size, margin: request.query.margin };
        const etag = qrEtag(text, format, options);
        reply.header('etag', etag).header('cache-control', CACHE_CONTROL).header('x-content-type-options', 'nosniff');
        if (request.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) return reply.code(304).send();
        const qr = await renderQr(text, format, options);
        if (format === 'svg') reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
        return reply.type(qr.contentType).send(qr.body);
      },
    );
  }
};

export default route;
