/**
 * `GET /api/v1/workspaces/{ws}/links/{linkId}/stats?from&to&interval`: totals, uniques, breakdowns (country,
 * device, OS, browser, referrer, network, rule) and a time series — all from rollups, never from raw clicks.
 */
import { z } from 'zod';
import { ErrorBody, IsoDate, type RouteModule } from '../../../core/http.js';
import { invalid } from '../../../core/errors.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { getLinkRow, reportRange } from '../service.js';
import { DIMENSIONS, statsRepository } from '../stats-repository.js';
import {  } from './schemas.js';

const Query = z.object({ from: IsoDate.optional(), to: IsoDate.optional(), interval: z.enum(['hour', 'day']).default('day') });

const Stats = z.object({
  from: z.date(),
  to: z.date(),
  totals: z.object({ clicks: z.number(), uniques: z.number(), bots: z.number(), qr: z.number() }),
  breakdowns: z.record(z.string(), z.array(z.object({ value: z.string(), clicks: z.number() }))),
  series: z.array(z.object({ at: z.date(), clicks: z.number() })),
});

const MAX_HOURLY_POINTS = 24 * 93;

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/links/:linkId/stats',
      role: 'viewer',
      ids: { linkId: 'Link' },
      schema: { tags: ['links'], summary: 'Click statistics of a link', querystring: Query, response: { 200: Stats, 422: ErrorBody } },
    },
    async ({ access, params, query }) => {
      const link = await getLinkRow(ctx, access, params.linkId);
      const { from, to } = reportRange(query, link);
      if (query.interval === 'hour' && (to.getTime() - from.getTime()) / 3_600_000 > MAX_HOURLY_POINTS) {
        throw invalid('range_too_long', 'Hourly series cover at most 93 days; use interval=day.', 'interval');
      }
      const db = ctx.database.db;
      const [totals, rows, series] = await Promise.all([
        statsRepository.totals(db, link.id, from, to),
        statsRepository.breakdowns(db, link.id, from, to),
        statsRepository.series(db, link.id, from, to, query.interval),
      ]);
      const breakdowns: Record<string, Array<{ value: string; clicks: number }>> = Object.fromEntries(DIMENSIONS.map((d) => [d, []]));
      for (const r of rows) breakdowns[r.dim]?.push({ value: r.value, clicks: r.clicks });
      return { from, to, totals, breakdowns, series };
    },
  );
};

export default route;
