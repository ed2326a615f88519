/** `GET /api/v1/workspaces/{ws}/engagements?channelId&kind&before&limit`: the inbox, newest first (viewers and above). */
import { z } from 'zod';
import { pageLimit, type RouteModule } from '../../../core/http.js';
import { isUuid } from '../../workspaces/access.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { engagementsRepository } from '../repository.js';
import { nextBefore, parseBefore, publicEngagement } from '../service.js';
import { Engagement, EngagementKind } from './schemas.js';

const Query = z.object({
  channelId: z.string().optional().describe('Only this channel'),
  kind: EngagementKind.optional(),
  before: z.string().max(100).optional().describe('The nextBefore of the previous page (or an ISO date)'),
  limit: pageLimit(200, 50),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/engagements',
      role: 'viewer',
      schema: {
        tags: ['inbox'],
        summary: 'Replies, mentions, quotes and direct messages, newest first',
        querystring: Query,
        response: { 200: z.object({ engagements: z.array(Engagement), nextBefore: z.string().nullable() }) },
      },
    },
    async ({ access, query }) => {
      const { channelId, kind, limit } = query;
      const before = parseBefore(query.before);
      // Another workspace's channel id simply matches nothing here (the query is scoped to this workspace).
      if (channelId !== undefined && !isUuid(channelId)) return { engagements: [], nextBefore: null };
      const rows = await engagementsRepository.list(ctx.database.db, access.workspaceId, { channelId, kind, before, limit });
      return { engagements: rows.map(publicEngagement), nextBefore: nextBefore(rows, limit) };
    },
  );
};

export default route;
