/** `GET /api/v1/workspaces/{ws}/links/{linkId}/variants`: each A/B arm's visits, conversions, rate and chance of being best. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { getLinkRow } from '../service.js';
import { statsRepository } from '../stats-repository.js';
import { probabilityBest } from '../variants.js';
import {  } from './schemas.js';

const Report = z.object({
  mode: z.enum(['weighted', 'bandit']).nullable(),
  arms: z.array(
    z.object({ id: z.string(), url: z.string(), weight: z.number(), visits: z.number(), conversions: z.number(), conversionRate: z.number().nullable(), probabilityBest: z.number() }),
  ),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/links/:linkId/variants',
      role: 'viewer',
      ids: { linkId: 'Link' },
      schema: { tags: ['links'], summary: 'A/B arms and how they perform', response: { 200: Report } },
    },
    async ({ access, params }) => {
      const link = await getLinkRow(ctx, access, params.linkId);
      if (!link.variants) return { mode: null, arms: [] };
      await ctx.links.redirector.armStats.flush().catch(() => undefined);
      const rows = new Map((await statsRepository.armStats(ctx.database.db, link.id)).map((r) => [r.arm, r]));
      const arms = link.variants.arms.map((a) => ({ ...a, visits: rows.get(a.id)?.visits ?? 0, conversions: rows.get(a.id)?.conversions ?? 0 }));
      const best = probabilityBest(arms);
      return {
        mode: link.variants.mode,
        arms: arms.map((a) => ({ ...a, conversionRate: a.visits ? a.conversions / a.visits : null, probabilityBest: best[a.id] ?? 0 })),
      };
    },
  );
};

export default route;
