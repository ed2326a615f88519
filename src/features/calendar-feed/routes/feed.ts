/**
 * `GET /calendar/{token}.ics`: the workspace's publishing calendar for calendar clients. No session: the token in the
 * address is the credential (256 random bits, found by its hash), so the answer is never cached by shared caches
 * and an unknown token is the API's usual JSON 404 (calendar clients read only the status). There is no app-wide rate limiter for public routes to join yet; guessing a
 * 256-bit token is out of reach anyway, and each request is one indexed lookup.
 */
import { z } from 'zod';
import { ApiError } from '../../../core/errors.js';
import type { RouteModule } from '../../../core/http.js';
import { feedCalendar } from '../service.js';

const Params = z.object({ token: z.string().max(100) });

const route: RouteModule = (app, ctx) => {
  app.get('/calendar/:token.ics', { schema: { tags: ['calendar-feed'], summary: 'A calendar feed (iCalendar)', params: Params, hide: true } }, async (request, reply) => {
    const text = await feedCalendar(ctx, request.params.token);
    reply.header('cache-control', 'private, no-store').header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer');
    if (text === null) throw new ApiError(404, 'not_found', 'No calendar at this address: it may have been revoked or replaced.');
    return reply.type('text/calendar; charset=utf-8').send(text);
  });
};

export default route;
