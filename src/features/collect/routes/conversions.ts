/**
 * `GET /api/v1/workspaces/{ws}/links/{linkId}/conversions?from&to`: conversions credited to a link, in total, by
 * name and by network, with value sums per currency — from the daily rollup (whole UTC days).
 */
import { z } from 'zod';
import { ErrorBody, IsoDate, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { getLinkRow, reportRange } from '../../links/service.js';
import { conversionsOfLink } from '../reports.js';

const Params = z.object({ ws: z.string(), linkId: z.string() });
const Query = z.object({ from: IsoDate.optional(), to: IsoDate.optional() });
const Group = z.object({ count: z.number(), values: z.array(z.object({ currency: z.string(), sum: z.string().describe('Exact decimal') })) });
const Report = z.object({
  from: z.date(),
  to: z.date(),
  total: Group,
  byName: z.array(Group.extend({ name: z.string() })),
  byNetwork: z.array(Group.extend({ network: z.string().describe('"none" when the link is not tied to a network') })),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/links/:linkId/conversions',
      role: 'viewer',
      schema: { tags: ['tracking'], summary: 'Conversions credited to a link', params: Params, querystring: Query, response: { 200: Report, 422: ErrorBody } },
    },
    async ({ access, params, query }) => {
      const link = await getLinkRow(ctx, access, params.linkId);
      const { from, to } = reportRange(query, link);
      return { from, to, ...(await conversionsOfLink(ctx, link.id, from, to)) };
    },
  );
};

export default route;
