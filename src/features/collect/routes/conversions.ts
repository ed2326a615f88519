/**
 * `GET /api/v1/workspaces/{ws}/links/{linkId}/conversions?from&to`: conversions credited to a link, in total, by
 * name and by network, with value sums per currency — from the daily rollup (whole UTC days).
 */
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { getLinkRow, reportRange } from '../../links/service.js';
import { conversionsOfLink } from '../reports.js';
import { ConversionQuery, ConversionReport } from './shapes.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/links/:linkId/conversions',
      role: 'viewer',
      ids: { linkId: 'Link' },
      schema: { tags: ['tracking'], summary: 'Conversions credited to a link', querystring: ConversionQuery, response: { 200: ConversionReport, 422: ErrorBody } },
    },
    async ({ access, params, query }) => {
      const link = await getLinkRow(ctx, access, params.linkId);
      const { from, to } = reportRange(query, link);
      return { from, to, ...(await conversionsOfLink(ctx, link.id, from, to)) };
    },
  );
};

export default route;
