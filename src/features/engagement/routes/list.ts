/**
 * `GET /api/v1/workspaces/{ws}/engagements?channelId&network&kind&status&assigneeId&tag&sentiment&language&from&to&order&before&limit`:
 * the inbox (viewers and above), newest first or, to work through the queue, oldest open first. Filters combine;
 * `before` is the `nextBefore` of the previous page in the same order. Each item carries its workflow and its post.
 */
import { z } from 'zod';
import { ApiError } from '../../../core/errors.js';
import { IsoDate, pageLimit, type RouteModule } from '../../../core/http.js';
import { isUuid } from '../../workspaces/access.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { inboxRepository } from '../inbox-repository.js';
import { publicInboxItem } from '../inbox-service.js';
import { nextBefore, parseBefore } from '../service.js';
import { InboxItem, InboxStatus } from './inbox-schemas.js';
import { EngagementKind } from './schemas.js';

const Query = z.object({
  channelId: z.string().optional().describe('Only this channel'),
  network: z.string().max(40).optional().describe('Only this network'),
  kind: EngagementKind.optional(),
  status: InboxStatus.optional(),
  assigneeId: z.string().optional().describe('A member id, or "me"'),
  tag: z.string().trim().toLowerCase().min(1).max(40).optional(),
  sentiment: z.enum(['positive', 'neutral', 'negative']).optional().describe('Only items scored so on arrival'),
  language: z.enum(['en', 'fr', 'unknown']).optional().describe('Only items detected in this language'),
  from: IsoDate.optional().describe('Created at or after'),
  to: IsoDate.optional().describe('Created before'),
  order: z.enum(['newest', 'oldest_open']).default('newest').describe('"oldest_open" lists open items only, oldest first'),
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
        summary: 'Replies, mentions, quotes and direct messages, newest first (or oldest open first)',
        querystring: Query,
        response: { 200: z.object({ engagements: z.array(InboxItem), nextBefore: z.string().nullable() }) },
      },
    },
    async ({ access, query }) => {
      const { channelId, limit, order } = query;
      const cursor = parseBefore(query.before);
      const assigneeId = query.assigneeId === 'me' ? access.userId : query.assigneeId;
      const from = query.from ? new Date(query.from) : undefined;
      const to = query.to ? new Date(query.to) : undefined;
      if (from && to && from >= to) throw new ApiError(400, 'invalid_request', '"from" must be before "to".', 'from');
      // Another workspace's channel or member id simply matches nothing here (the query is scoped to this workspace).
      if ((channelId !== undefined && !isUuid(channelId)) || (assigneeId !== undefined && !isUuid(assigneeId))) {
        return { engagements: [], nextBefore: null };
      }
      const filter = { ...query, assigneeId, from, to, order, cursor, limit };
      const rows = await inboxRepository.list(ctx.database.db, access.workspaceId, filter);
      return { engagements: rows.map(publicInboxItem), nextBefore: nextBefore(rows, limit) };
    },
  );
};

export default route;
