/**
 * `GET /api/v1/workspaces/{ws}/audit?actor&action&from&to&before&limit`: who did what, newest first (admins and
 * owners), narrowed to one person, some actions and a time window, a page at a time.
 */
import { z } from 'zod';
import { ErrorBody, IsoDate, pageLimit, type RouteModule } from '../../../core/http.js';
import { invalid } from '../../../core/errors.js';
import { AUDIT_ACTIONS } from '../../audit/actions.js';
import { workspaceRoute } from '../route.js';
import { listAudit } from '../service.js';

const Action = z.enum(AUDIT_ACTIONS);

const Query = z.object({
  actor: z.uuid().optional().describe('Only what this person (a user id) did'),
  action: z.union([Action, z.array(Action).max(AUDIT_ACTIONS.length)]).optional().describe('Only these actions (repeat the parameter for several)'),
  from: IsoDate.optional().describe('Only changes at or after this instant'),
  to: IsoDate.optional().describe('Only changes at or before this instant'),
  before: z.coerce.number().int().positive().optional().describe('The nextBefore of the previous page'),
  limit: pageLimit(200, 50),
});

const Entry = z.object({
  id: z.number(),
  actorUserId: z.string().nullable().describe('Null when Chorus itself made the change, or the person was deleted'),
  actorName: z.string().nullable(),
  actorEmail: z.string().nullable(),
  // A string, not the enum: an entry written by an older version must still be readable.
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  at: z.date(),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/audit',
      role: 'admin',
      schema: {
        tags: ['workspaces'],
        summary: 'Audit log',
        querystring: Query,
        response: { 200: z.object({ entries: z.array(Entry), nextBefore: z.number().nullable() }), 422: ErrorBody },
      },
    },
    async ({ access, query }) => {
      const from = query.from ? new Date(query.from) : undefined;
      const to = query.to ? new Date(query.to) : undefined;
      if (from && to && to < from) throw invalid('invalid_range', '"to" must not be before "from".', 'to');
      const actions = query.action === undefined ? undefined : [query.action].flat();
      return listAudit(ctx, access, { actorUserId: query.actor, actions, from, to, beforeId: query.before, limit: query.limit });
    },
  );
};

export default route;
