/** Shapes of the post experiment API (they drive the OpenAPI document). */
import { z } from 'zod';
import { ErrorBody, IsoDate, Text } from '../../../core/http.js';

export const ExperimentInput = z.object({
  metric: z.enum(['engagementRate', 'clicks']).describe('What picks the winner: engagements ÷ impressions, or link clicks ÷ impressions'),
  variants: z
    .array(
      z.object({
        label: Text.pipe(z.string().trim().min(1, { error: 'Name the variant, e.g. "A".' }).max(60, { error: 'Keep the label under 60 characters.' })),
        network: z.string().max(30).optional().describe('Only for this network; absent: for every network of the post'),
        text: z.string().max(100_000).optional().describe("Its text; absent: the post's (as the channel gets it)"),
        mediaIds: z.array(z.string().max(60)).max(20).optional().describe("Its media; absent: the post's"),
        firstLine: z.string().max(1000).optional().describe('Replaces the first line of the text (the hook people see first)'),
      }),
    )
    .min(2)
    .max(40)
    .describe('2–4 per network of the post'),
  slots: z.array(IsoDate).min(2).max(60).describe('When its publications go out, on every channel: at least one per variant; the first ones show each variant once'),
});

const Variant = z.object({
  id: z.string(),
  label: z.string(),
  text: z.string().nullable(),
  mediaIds: z.array(z.string()).nullable(),
  firstLine: z.string().nullable(),
  publications: z.number().int().describe('Published publications that used it'),
  impressions: z.number().int().describe('Their impressions (reach where a network reports no impressions)'),
  engagements: z.number().int(),
  clicks: z.number().int(),
  rate: z.number().nullable().describe('Engagements or clicks ÷ impressions, by the metric; null before any impression'),
  probabilityBest: z.number().describe('Chance it is the best of its network (the network’s variants sum to 1)'),
  lift: z.number().nullable().describe("Relative change of its rate over the network's first variant; null without both rates"),
});

export const ExperimentReport = z.object({
  postId: z.string(),
  metric: z.enum(['engagementRate', 'clicks']),
  createdAt: z.string(),
  networks: z.array(
    z.object({
      network: z.string(),
      leadingVariantId: z.string().nullable().describe('Most likely best; null before anything is measured'),
      variants: z.array(Variant),
    }),
  ),
  publications: z.array(
    z.object({
      publicationId: z.string(),
      channelId: z.string(),
      network: z.string(),
      slot: z.number().int(),
      scheduledAt: z.string().nullable(),
      status: z.string(),
      variantId: z.string().nullable().describe('Null until picked as it goes out'),
      reason: z.enum(['explore', 'thompson']).nullable().describe('explore: shown once to measure it; thompson: picked on the results so far'),
      pickedAt: z.string().nullable(),
    }),
  ),
});

export const experimentErrors = { 409: ErrorBody, 422: ErrorBody } as const;
