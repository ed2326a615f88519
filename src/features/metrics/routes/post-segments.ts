/**
 * `GET /api/v1/workspaces/{ws}/posts/{postId}/segments`: how each segment variant of a post did, beside the default
 * publications (viewers and above). Read from the stored metrics and the click and conversion rollups.
 */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { postSegmentResults } from '../service.js';

const Count = z.number().int().nullable().describe('Null when none of the publications reports it');

const Response = z.object({
  segments: z.array(
    z.object({
      segmentId: z.string().nullable().describe('Null: the default publications, for everyone outside every segment'),
      segmentName: z.string().nullable(),
      publications: z.number().int(),
      reach: Count,
      impressions: Count,
      engagements: z.number().int().describe('Likes, reposts, replies, quotes and saves at the latest measure'),
      engagementRate: z.number().nullable().describe('engagements ÷ impressions (÷ reach where no impressions are reported)'),
      clicks: z.number().int(),
      conversions: z.number().int(),
      conversionValue: z.array(z.object({ currency: z.string(), sum: z.string().describe('Exact decimal') })),
      shares: z.number().int().describe('Visitors whose shared URL brought at least one visit'),
      best: z.boolean().describe('Best variant: highest engagement rate, then most clicks; none without data'),
    }),
  ),
  metric: z.literal('engagementRate'),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/posts/:postId/segments',
      role: 'viewer',
      ids: { postId: 'Post' },
      schema: {
        tags: ['analytics'],
        summary: 'Results of a post per segment variant',
        response: { 200: Response },
      },
    },
    async ({ access, params }) => postSegmentResults(ctx, access, params.postId),
  );
};

export default route;
