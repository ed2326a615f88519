/** `GET /healthz` (200 once migrations ran and the job runner is up) and `GET /metrics` (Prometheus). */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { systemRepository } from '../repository.js';

const route: RouteModule = (app, ctx) => {
  app.get(
    '/healthz',
    { schema: { tags: ['system'], summary: 'Liveness and readiness', response: { 200: z.object({ status: z.literal('ok') }) } } },
    async () => {
      // A cheap round trip proves the database answers; the server is only listening after start-up finished.
      await systemRepository.ping(ctx.database.sql);
      return { status: 'ok' as const };
    },
  );

  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
    const counts = await systemRepository.jobCounts(ctx.database.sql).catch(() => []);
    ctx.metrics.jobs.reset();
    for (const c of counts) ctx.metrics.jobs.set({ queue: c.queue, state: c.state }, c.count);
    reply.type(ctx.metrics.registry.contentType);
    return ctx.metrics.registry.metrics();
  });
};

export default route;
