/**
 * Graph's Page, post and comment JSON → Chorus types, each parsed with zod so a changed field fails loudly at the
 * boundary. Field names from https://developers.facebook.com/docs/graph-api/reference/page/,
 * https://developers.facebook.com/docs/graph-api/reference/post/ and
 * https://developers.facebook.com/docs/graph-api/reference/comment/.
 */
import { z } from 'zod';
import type { EngagementItem, PostMetrics } from '../connector.js';

const pictureSchema = z
  .object({ data: z.object({ url: z.string().optional() }).partial().optional() })
  .partial()
  .optional()
  .catch(undefined);

export const pageSchema = z.object({
  id: z.string(),
  name: z.string().catch(''),
  link: z.string().optional().catch(undefined),
  access_token: z.string().optional(),
  picture: pictureSchema,
});
export type GraphPage = z.infer<typeof pageSchema>;

/** `POST /feed` → `{ id: "{page-id}_{post-id}" }`; `POST /photos` → `{ id, post_id? }`; `POST /videos` → `{ id }`. */
export const createdSchema = z.object({ id: z.string(), post_id: z.string().optional() });

export const postSchema = z.object({
  id: z.string(),
  message: z.string().optional(),
  created_time: z.string().optional(),
  permalink_url: z.string().optional(),
});

export const videoSchema = z.object({
  id: z.string(),
  description: z.string().optional(),
  created_time: z.string().optional(),
  permalink_url: z.string().optional(),
});

const summarySchema = z.object({ summary: z.object({ total_count: z.number().catch(0) }).partial().optional() }).partial().optional();

export const postCountsSchema = z.object({
  id: z.string(),
  reactions: summarySchema,
  comments: summarySchema,
  shares: z.object({ count: z.number().catch(0) }).partial().optional(),
});

export const insightSchema = z.object({
  name: z.string(),
  values: z.array(z.object({ value: z.union([z.number(), z.record(z.string(), z.number())]).optional() })).optional(),
});

export const commentSchema = z.object({
  id: z.string(),
  message: z.string().catch(''),
  created_time: z.string(),
  permalink_url: z.string().optional(),
  from: z
    .object({ id: z.string(), name: z.string().catch(''), picture: pictureSchema })
    .optional(),
  parent: z.object({ id: z.string() }).optional(),
});
export type GraphComment = z.infer<typeof commentSchema>;

/** `https://www.facebook.com/acmebakery` → `acmebakery`; the Page id when Graph gives no link. */
export function pageHandle(page: GraphPage): string {
  if (page.link) {
    try {
      const segment = new URL(page.link).pathname.split('/').filter(Boolean).pop();
      if (segment && segment !== 'profile.php') return segment;
    } catch {
      // Not a URL: fall through to the id.
    }
  }
  return page.id;
}

/** Facebook resolves `facebook.com/{object-id}` for posts and comments, so a URL needs no extra call. */
export function objectUrl(id: string): string {
  return `https://www.facebook.com/${id}`;
}

/** A lifetime insight's number, or null when Graph did not return it (not every post type has every metric). */
export function insightValue(insights: z.infer<typeof insightSchema>[], name: string): number | null {
  const value = insights.find((i) => i.name === name)?.values?.[0]?.value;
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object') return Object.values(value).reduce((sum, n) => sum + n, 0);
  return null;
}

export function toFacebookMetrics(
  counts: z.infer<typeof postCountsSchema>,
  insights: z.infer<typeof insightSchema>[],
  externalId: string,
  fetchedAt: Date,
): PostMetrics {
  return {
    externalId,
    // Every reaction (like, love, wow...) counts as a like: that's what "likes" means to people on Facebook now.
    likes: counts.reactions?.summary?.total_count ?? 0,
    reposts: counts.shares?.count ?? 0,
    replies: counts.comments?.summary?.total_count ?? 0,
    quotes: null,
    views: null,
    // Meta's "media views" took the place of impressions (see POST_INSIGHTS in ./index.ts); they stay Chorus's
    // impressions, as the Page's page_media_view does, so engagement rates keep their denominator.
    impressions: insightValue(insights, 'post_media_view'),
    reach: insightValue(insights, 'post_total_media_view_unique'),
    saves: null,
    linkClicks: insightValue(insights, 'post_clicks'),
    fetchedAt,
  };
}

/** A comment on one of our posts as inbox engagement; null for the Page's own comments. */
export function commentToEngagement(comment: GraphComment, postId: string, pageId: string): EngagementItem | null {
  if (comment.from?.id === pageId) return null;
  const name = comment.from?.name ?? '';
  return {
    kind: 'reply',
    externalId: comment.id,
    inReplyTo: postId,
    // Graph hides commenters' identity from apps without Page Public Content Access: keep the item, author unknown.
    author: {
      externalId: comment.from?.id ?? '',
      handle: name || comment.from?.id || 'Facebook user',
      displayName: name,
      avatarUrl: comment.from?.picture?.data?.url ?? null,
    },
    text: comment.message,
    url: comment.permalink_url ?? objectUrl(comment.id),
    createdAt: new Date(comment.created_time),
  };
}
