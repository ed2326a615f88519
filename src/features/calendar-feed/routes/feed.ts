/**
 * `GET /calendar/{token}.ics`: the workspace's publishing calendar for calendar clients. No session: the token in the
 * address is the credential, so the answer is never cached by shared caches and an unknown token is a plain 404.
 */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { feedCalendar } from '../service.js';

const Params = z.object({ file: z.string().max(100) });

const route: RouteModule = (app, ctx) => {
  app.get('/calendar/:file', { schema: { tags: ['calendar-feed'], summary: 'A calendar feed (iCalendar)', params: Params, hide: true } }, async (request, reply) => {
    const file = request.params.file;
    const text = file.endsWith('.ics') ? await feedCalendar(ctx, file.slice(0, -'.ics'.length)) : null;
    reply.header('cache-control', 'private, no-store').header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer');
    if (text === null) return reply.code(404).type('text/plain; charset=utf-8').send('No calendar at this address: it may have been revoked or replaced.');
    return reply.type('text/calendar; charset=utf-8').send(text);
  });
};

export default route;
