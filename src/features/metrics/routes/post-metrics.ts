/**
 * `GET /api/v1/workspaces/{ws}/posts/{postId}/metrics`: each publication's metrics over time (viewers and above).
 * Read from the stored series; the networks are never asked live (see ../jobs.ts for the collection cadence).
 */
import { z } from 'zod';
import { IsoDate, WorkspaceParams, workspaceErrors, type RouteModule } from '../../../core/http.js';
import { requireWorkspace } from '../../workspaces/access.js';
import { postMetrics } from '../service.js';

const Count = z.number().int().nullable();
const Point = z.object({
  fetchedAt: IsoDate,
  likes: z.number().int(),
  reposts: z.number().int(),
  replies: z.number().int(),
  quotes: Count,
  views: Count,
  impressions: Count,
  reach: Count,
  saves: Count,
  linkClicks: Count.describe('Null where the network does not report it'),
});

const Response = z.object({
  postId: z.string(),
  publications: z.array(
    z.object({
      publicationId: z.string(),
      channelId: z.string(),
      network: z.string(),
      status: z.string(),
      externalUrl: z.string().nullable(),
      publishedAt: IsoDate.nullable(),
      latest: Point.nullable(),
      series: z.array(Point),
    }),
  ),
});

const route: RouteModule = (app, ctx) => {
  app.get(
    '/api/v1/workspaces/:ws/posts/:postId/metrics',
    {
      schema: {
        tags: ['analytics'],
        summary: "Metrics of a post's publications over time",
        params: WorkspaceParams.extend({ postId: z.string() }),
        response: { 200: Response, ...workspaceErrors },
      },
    },
    async (request) => {
      const access = await requireWorkspace(ctx.database.db, request.actor, request.params.ws, 'viewer');
      return postMetrics(ctx, access, request.params.postId);
    },
  );
};

export default route;
