/**
 * `GET /api/v1/workspaces/{ws}/channels/{channelId}/account-metrics?from&to` (any member): the account's followers,
 * following and posts per day (and its own reach and impressions where the network reports them), with the change in
 * followers over the period. Days are UTC dates; the default period is the last 28 days.
 */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { invalid, notFound } from '../../../core/errors.js';
import { channelsRepository } from '../../channels/repository.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { accountMetricsRepository } from '../repository.js';

const DAY = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date as YYYY-MM-DD.');
const Query = z.object({ from: DAY.optional().describe('First day, YYYY-MM-DD (default: 27 days before `to`)'), to: DAY.optional().describe('Last day (default: today, UTC)') });

const Day = z.object({
  day: z.string(),
  followers: z.number().nullable(),
  following: z.number().nullable(),
  posts: z.number().nullable(),
  impressions: z.number().nullable().describe("The account's own, where the network reports them"),
  reach: z.number().nullable(),
});

const MAX_DAYS = 731;

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/channels/:channelId/account-metrics',
      role: 'viewer',
      ids: { channelId: 'Channel' },
      schema: {
        tags: ['metrics'],
        summary: "A channel's account figures per day: followers, following, posts, and its own reach where reported",
        querystring: Query,
        response: { 200: z.object({ channelId: z.string(), network: z.string(), days: z.array(Day), followersChange: z.number().nullable() }), 422: ErrorBody },
      },
    },
    async ({ access, params, query }) => {
      const channel = await channelsRepository.find(ctx.database.db, access.workspaceId, params.channelId);
      if (!channel) throw notFound('Channel');
      const to = query.to ?? new Date().toISOString().slice(0, 10);
      const from = query.from ?? new Date(Date.parse(`${to}T00:00:00Z`) - 27 * 86_400_000).toISOString().slice(0, 10);
      const span = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
      if (!Number.isFinite(span) || span < 0) throw invalid('invalid_range', '`from` must be a real date on or before `to`.', 'from');
      if (span >= MAX_DAYS) throw invalid('invalid_range', `Ask for at most ${MAX_DAYS} days at a time.`, 'from', undefined, { max: MAX_DAYS });
      const rows = await accountMetricsRepository.days(ctx.database.db, access.workspaceId, channel.id, from, to);
      const followers = rows.map((r) => r.followers).filter((f): f is number => f !== null);
      return {
        channelId: channel.id,
        network: channel.network,
        days: rows.map(({ day, followers: f, following, posts, impressions, reach }) => ({ day, followers: f, following, posts, impressions, reach })),
        followersChange: followers.length >= 2 ? followers[followers.length - 1]! - followers[0]! : null,
      };
    },
  );
};

export default route;
