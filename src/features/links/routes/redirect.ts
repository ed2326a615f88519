/** `/l/{code}` on the main server: the same redirector as the dedicated link port. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { toRedirectRequest, writeAnswer } from '../redirect/http-server.js';

const route: RouteModule = (app, ctx) => {
  app.route({
    method: ['GET', 'HEAD', 'POST'],
    url: '/l/:code',
    schema: { tags: ['links'], summary: 'Follow a short link', params: z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) }), hide: true },
    handler: async (request, reply) => {
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
      const input = toRedirectRequest(request.raw, request.params.code, query, false);
      input.ip = request.ip;
      if (request.method === 'POST') {
        const body = request.body as Record<string, unknown> | string | undefined;
        input.password = typeof body === 'string' ? (new URLSearchParams(body).get('password') ?? '') : String(body?.password ?? '');
      }
      const answer = await ctx.links.redirector.answer(input);
      reply.hijack();
      writeAnswer(reply.raw, answer);
    },
  });
};

export default route;
