/**
 * Instagram Graph JSON → Chorus types, parsed with zod at the boundary. Fields from
 * https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user,
 * .../reference/ig-media, .../reference/ig-comment and .../reference/ig-media/insights.
 */
import { z } from 'zod';
import type { EngagementItem, PostMetrics } from '../connector.js';

export const igUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string().optional().catch(undefined),
  profile_picture_url: z.string().optional().catch(undefined),
});

/** A Page token's `/me` with the linked account, for a connect without `accountId`. */
export const pageWithInstagramSchema = z.object({
  id: z.string(),
  instagram_business_account: igUserSchema.optional(),
});

export const createdSchema = z.object({ id: z.string() });

export const containerStatusSchema = z.object({
  id: z.string().optional(),
  status_code: z.enum(['IN_PROGRESS', 'FINISHED', 'ERROR', 'EXPIRED', 'PUBLISHED']),
  /** When `status_code` is ERROR: the reason (an error subcode and text). */
  status: z.string().optional(),
});

export const publishingLimitSchema = z.object({
  data: z.array(
    z.object({
      quota_usage: z.number(),
      config: z.object({ quota_total: z.number(), quota_duration: z.number().optional() }).optional(),
    }),
  ),
});

export const mediaSchema = z.object({
  id: z.string(),
  caption: z.string().optional(),
  permalink: z.string().optional(),
  timestamp: z.string().optional(),
  media_type: z.string().optional(),
  like_count: z.number().optional(),
  comments_count: z.number().optional(),
});

const baseCommentSchema = z.object({
  id: z.string(),
  text: z.string().catch(''),
  timestamp: z.string(),
  username: z.string().optional(),
  from: z.object({ id: z.string(), username: z.string().optional() }).optional(),
});
export const commentSchema = baseCommentSchema.extend({
  replies: z.object({ data: z.array(baseCommentSchema) }).optional(),
});
export type InstagramComment = z.infer<typeof baseCommentSchema>;

export const insightSchema = z.object({
  name: z.string(),
  values: z.array(z.object({ value: z.number().optional() })).optional(),
  total_value: z.object({ value: z.number().optional() }).optional(),
});

/** A lifetime media insight's number (`values[0].value`, or `total_value.value` in newer versions), else null. */
export function insightValue(insights: z.infer<typeof insightSchema>[], name: string): number | null {
  const insight = insights.find((i) => i.name === name);
  const value = insight?.values?.[0]?.value ?? insight?.total_value?.value;
  return typeof value === 'number' ? value : null;
}

export function toInstagramMetrics(
  media: z.infer<typeof mediaSchema>,
  insights: z.infer<typeof insightSchema>[],
  fetchedAt: Date,
): PostMetrics {
  return {
    externalId: media.id,
    likes: media.like_count ?? insightValue(insights, 'likes') ?? 0,
    reposts: insightValue(insights, 'shares') ?? 0,
    replies: media.comments_count ?? insightValue(insights, 'comments') ?? 0,
    quotes: null,
    views: insightValue(insights, 'views'),
    // Meta retired media `impressions` (for media after July 2024) in favour of `views`.
    impressions: null,
    reach: insightValue(insights, 'reach'),
    saves: insightValue(insights, 'saved'),
    linkClicks: null,
    fetchedAt,
  };
}

/** A comment (or a reply to one) on one of our media as inbox engagement; null for the account's own. */
export function commentToEngagement(comment: InstagramComment, mediaId: string, ownId: string, permalink: string | null): EngagementItem | null {
  if (comment.from?.id === ownId) return null;
  const username = comment.username ?? comment.from?.username ?? '';
  return {
    kind: 'reply',
    externalId: comment.id,
    inReplyTo: mediaId,
    author: { externalId: comment.from?.id ?? '', handle: username, displayName: username, avatarUrl: null },
    text: comment.text,
    // Instagram has no URL for one comment; the post's is the closest a person can open.
    url: permalink,
    createdAt: new Date(comment.timestamp),
  };
}
