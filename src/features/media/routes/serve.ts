/**
 * `GET /media/{mediaId}?expires&sig`: media through a signed, expiring URL (networks fetch from it, so no session).
 * `GET /media/{mediaId}/{key}?expires&sig` serves the rendition made for a network's rules (renditions.ts), signed
 * for that id and key. HEAD and single byte ranges are supported, which video fetchers use.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { isUuid } from '../../workspaces/access.js';
import { mediaRepository } from '../repository.js';
import { findRendition } from '../renditions.js';

/** renditionKey's alphabet (convert.ts). */
const RENDITION_KEY = /^[A-Za-z0-9_-]{1,200}$/;
const Query = z.object({ expires: z.coerce.number().int(), sig: z.string().max(100) });

const route: RouteModule = (app, ctx) => {
  app.route({
    method: ['GET', 'HEAD'],
    url: '/media/:mediaId/:key',
    schema: { tags: ['media'], summary: 'A converted image by signed URL', params: z.object({ mediaId: z.string(), key: z.string() }), querystring: Query },
    handler: async (request, reply) => {
      const { mediaId, key } = request.params;
      const denied = () => reply.code(403).send({ error: { code: 'link_expired', message: 'This media link is invalid or has expired.' } });
      if (!isUuid(mediaId) || !RENDITION_KEY.test(key) || !ctx.media.verify(`${mediaId}/${key}`, request.query.expires, request.query.sig)) return denied();
      const row = await findRendition(ctx, mediaId, key);
      if (!row) return denied();
      return send(request, reply, row);
    },
  });

  app.route({
    method: ['GET', 'HEAD'],
    url: '/media/:mediaId',
    schema: { tags: ['media'], summary: 'Media by signed URL', params: z.object({ mediaId: z.string() }), querystring: Query },
    handler: async (request, reply) => {
      const { mediaId } = request.params;
      const denied = () => reply.code(403).send({ error: { code: 'link_expired', message: 'This media link is invalid or has expired.' } });
      if (!isUuid(mediaId) || !ctx.media.verify(mediaId, request.query.expires, request.query.sig)) return denied();
      const row = await mediaRepository.findById(ctx.database.db, mediaId);
      if (!row) return denied();
      return send(request, reply, row);
    },
  });

  /** The stored file, whole or one byte range. */
  async function send(request: FastifyRequest, reply: FastifyReply, row: { storage_key: string; mime_type: string; size_bytes: number }) {
    const size = row.size_bytes;
    reply
      .header('accept-ranges', 'bytes')
      .header('content-type', row.mime_type)
      // Served from our own origin: never let a browser sniff a file into something executable.
      .header('x-content-type-options', 'nosniff').header('cache-control', 'private, max-age=300');
    const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '');
    let start = 0;
    let end = size - 1;
    if (range && (range[1] || range[2])) {
      if (range[1]) {
        start = Number(range[1]);
        end = range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      } else {
        start = Math.max(0, size - Number(range[2]));
      }
      if (start > end || start >= size) {
        return reply.code(416).header('content-range', `bytes */${size}`).send();
      }
      reply.code(206).header('content-range', `bytes ${start}-${end}/${size}`);
    }
    reply.header('content-length', end - start + 1);
    if (request.method === 'HEAD') return reply.send();
    return reply.send(await ctx.media.stream(row.storage_key, { start, end }));
  }
};

export default route;
