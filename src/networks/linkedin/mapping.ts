/**
 * LinkedIn JSON → Chorus types, every response parsed with zod. URN helpers live here too: LinkedIn names everything
 * by URN (`urn:li:person:…`, `urn:li:organization:…`, `urn:li:share:…`, `urn:li:comment:(urn:li:activity:…,…)`).
 */
import { z } from 'zod';
import type { EngagementItem, PostMetrics, PublishedRef } from '../connector.js';

/** `GET /v2/userinfo` (OpenID Connect, learn.microsoft.com/linkedin/consumer/integrations/self-serve/sign-in-with-linkedin-v2). */
export const userinfoSchema = z.object({
  sub: z.string().min(1),
  name: z.string().nullish(),
  given_name: z.string().nullish(),
  family_name: z.string().nullish(),
  picture: z.string().nullish(),
});

/** `GET /rest/organizationAcls?q=roleAssignee` (…/community-management/organizations/organization-access-control-by-role). */
export const aclsSchema = z.object({
  elements: z.array(z.object({ organization: z.string(), role: z.string(), state: z.string(), roleAssignee: z.string().optional() })),
});

/** `GET /rest/organizations/{id}` (…/organizations/organization-lookup-api). */
export const organizationSchema = z.object({
  id: z.union([z.number(), z.string()]).transform(String),
  localizedName: z.string().nullish(),
  vanityName: z.string().nullish(),
});

/** `POST /rest/images?action=initializeUpload` (…/shares/images-api). */
export const imageUploadSchema = z.object({ value: z.object({ uploadUrl: z.string(), image: z.string() }) });

/** `POST /rest/videos?action=initializeUpload` (…/shares/videos-api). */
export const videoUploadSchema = z.object({
  value: z.object({
    video: z.string(),
    uploadToken: z.string().nullish(),
    uploadInstructions: z.array(z.object({ uploadUrl: z.string(), firstByte: z.number(), lastByte: z.number() })),
  }),
});

export const videoStatusSchema = z.object({ status: z.string() });

/** `GET /rest/organizationalEntityShareStatistics` (…/community-management/organizations/share-statistics). */
export const shareStatisticsSchema = z.object({
  elements: z.array(
    z.object({
      share: z.string().optional(),
      ugcPost: z.string().optional(),
      totalShareStatistics: z
        .object({
          impressionCount: z.number(),
          uniqueImpressionsCount: z.number(),
          clickCount: z.number(),
          likeCount: z.number(),
          commentCount: z.number(),
          shareCount: z.number(),
        })
        .partial(),
    }),
  ),
});

/** `GET /rest/socialActions/{urn}` (…/community-management/shares/network-update-social-actions). */
export const socialActionsSchema = z.object({
  likesSummary: z.object({ totalLikes: z.number().optional(), aggregatedTotalLikes: z.number().optional() }).partial().optional(),
  commentsSummary: z.object({ totalFirstLevelComments: z.number().optional(), aggregatedTotalComments: z.number().optional() }).partial().optional(),
});

export const commentSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String).optional(),
  commentUrn: z.string().optional(),
  actor: z.string(),
  object: z.string().optional(),
  parentComment: z.string().nullish(),
  message: z.object({ text: z.string() }).optional(),
  created: z.object({ time: z.number() }).optional(),
});
export type LinkedInComment = z.infer<typeof commentSchema>;

export const commentListSchema = z.object({ elements: z.array(commentSchema) });

/** `GET /rest/posts?q=author` (…/shares/posts-api#find-posts-by-authors). */
export const postListSchema = z.object({
  elements: z.array(
    z.object({
      id: z.string(),
      author: z.string().optional(),
      commentary: z.string().nullish(),
      createdAt: z.number().optional(),
      publishedAt: z.number().optional(),
      lifecycleState: z.string().optional(),
    }),
  ),
});

export type AuthorKind = 'person' | 'organization';

export function authorKind(urn: string): AuthorKind {
  return urn.startsWith('urn:li:organization:') ? 'organization' : 'person';
}

/** A post's public page. */
export function postUrl(urn: string): string {
  return `https://www.linkedin.com/feed/update/${urn}/`;
}

export function toPublishedRef(urn: string): PublishedRef {
  return { externalId: urn, url: postUrl(urn) };
}

/** `urn:li:comment:(urn:li:activity:123,456)` → the thread it lives in and its id. */
export function parseCommentUrn(urn: string): { thread: string; id: string } | null {
  const m = /^urn:li:comment:\((.+),([^,()]+)\)$/.exec(urn);
  return m?.[1] && m[2] ? { thread: m[1], id: m[2] } : null;
}

/** Organization posts: the full statistics. */
export function toOrganizationMetrics(externalId: string, stats: z.infer<typeof shareStatisticsSchema>['elements'][number]['totalShareStatistics'], fetchedAt: Date): PostMetrics {
  return {
    externalId,
    likes: stats.likeCount ?? 0,
    reposts: stats.shareCount ?? 0,
    replies: stats.commentCount ?? 0,
    quotes: null,
    views: null,
    impressions: stats.impressionCount ?? null,
    reach: stats.uniqueImpressionsCount ?? null,
    saves: null,
    linkClicks: stats.clickCount ?? null,
    fetchedAt,
  };
}

/** Member posts: LinkedIn gives members only the like and comment counts (`socialActions`). */
export function toMemberMetrics(externalId: string, actions: z.infer<typeof socialActionsSchema>, fetchedAt: Date): PostMetrics {
  return {
    externalId,
    likes: actions.likesSummary?.aggregatedTotalLikes ?? actions.likesSummary?.totalLikes ?? 0,
    reposts: 0,
    replies: actions.commentsSummary?.aggregatedTotalComments ?? actions.commentsSummary?.totalFirstLevelComments ?? 0,
    quotes: null,
    views: null,
    impressions: null,
    reach: null,
    saves: null,
    linkClicks: null,
    fetchedAt,
  };
}

/** Removes the little-text escapes LinkedIn keeps in comment text, for the inbox. */
export function unescapeLittleText(text: string): string {
  return text.replace(/\\([\\|{}@[\]()<>#*_~])/g, '$1');
}

/** A comment on one of our posts as inbox engagement; null for our own comments. */
export function toEngagement(comment: LinkedInComment, postUrn: string, ourUrn: string): EngagementItem | null {
  if (comment.actor === ourUrn) return null;
  const urn = comment.commentUrn ?? (comment.id ? `urn:li:comment:(${postUrn},${comment.id})` : null);
  if (!urn) return null;
  const isOrg = comment.actor.startsWith('urn:li:organization:');
  return {
    kind: 'reply',
    externalId: urn,
    inReplyTo: comment.parentComment ?? postUrn,
    // Member names need the restricted profile API; the inbox shows the URN's kind until someone looks it up.
    author: { externalId: comment.actor, handle: comment.actor, displayName: isOrg ? 'LinkedIn page' : 'LinkedIn member', avatarUrl: null },
    text: unescapeLittleText(comment.message?.text ?? ''),
    url: `${postUrl(postUrn)}?commentUrn=${encodeURIComponent(urn)}`,
    createdAt: new Date(comment.created?.time ?? 0),
  };
}
