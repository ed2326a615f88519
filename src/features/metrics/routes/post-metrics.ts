/**
 * `GET /api/v1/workspaces/{ws}/posts/{postId}/metrics`: each publication's metrics over time (viewers and above).
 * Read from the stored series; the networks are never asked live (see ../jobs.ts for the collection cadence).
 */
import { z } from 'zod';
import { IsoDate, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
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
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/posts/:postId/metrics',
      role: 'viewer',
      ids: { postId: 'Post' },
      schema: {
        tags: ['analytics'],
        summary: "Metrics of a post's publications over time",
        response: { 200: Response },
      },
    },
    async ({ access, params }) => postMetrics(ctx, access, params.postId),
  );
};

export default route;
