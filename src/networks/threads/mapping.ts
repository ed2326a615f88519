/**
 * Threads JSON → Chorus types. Every response is parsed with zod (see `parse` in client.ts) so a changed field fails
 * with a clear message instead of an `undefined` deep inside the publisher.
 */
import { z } from 'zod';
import type { EngagementItem, PostMetrics, PublicationContent, PublishedRef } from '../connector.js';

const id = z.union([z.string(), z.number()]).transform(String);

/** `GET /me?fields=id,username,name,threads_profile_picture_url` (developers.facebook.com/docs/threads/threads-profiles). */
export const profileSchema = z.object({
  id,
  username: z.string(),
  name: z.string().nullish(),
  threads_profile_picture_url: z.string().nullish(),
});
export type ThreadsProfile = z.infer<typeof profileSchema>;

export const idSchema = z.object({ id });

/** `GET /{container-id}?fields=status,error_message` (developers.facebook.com/docs/threads/troubleshooting). */
export const containerStatusSchema = z.object({
  id: id.optional(),
  status: z.enum(['EXPIRED', 'ERROR', 'FINISHED', 'IN_PROGRESS', 'PUBLISHED']),
  error_message: z.string().nullish(),
});

/** `GET /{user-id}/threads_publishing_limit` (developers.facebook.com/docs/threads/overview#rate-limiting). */
export const publishingLimitSchema = z.object({
  data: z.array(
    z.object({
      quota_usage: z.number().optional(),
      config: z.object({ quota_total: z.number(), quota_duration: z.number() }).optional(),
      reply_quota_usage: z.number().optional(),
      reply_config: z.object({ quota_total: z.number(), quota_duration: z.number() }).optional(),
    }),
  ),
});

/** A media object as `/{user-id}/threads`, `/replies` and `/conversation` list it. */
export const threadSchema = z.object({
  id,
  text: z.string().nullish(),
  timestamp: z.string().nullish(),
  permalink: z.string().nullish(),
  media_type: z.string().nullish(),
  username: z.string().nullish(),
  profile_picture_url: z.string().nullish(),
  is_reply: z.boolean().nullish(),
  is_reply_owned_by_me: z.boolean().nullish(),
  hide_status: z.string().nullish(),
  replied_to: z.object({ id }).nullish(),
  root_post: z.object({ id }).nullish(),
  children: z.object({ data: z.array(z.object({ id })) }).nullish(),
});
export type ThreadsMedia = z.infer<typeof threadSchema>;

export const threadListSchema = z.object({
  data: z.array(threadSchema),
  paging: z.object({ cursors: z.object({ after: z.string().optional() }).partial().optional() }).partial().nullish(),
});

/** `GET /{media-id}/insights` (developers.facebook.com/docs/threads/insights#media-insights). */
export const insightsSchema = z.object({
  data: z.array(
    z.object({
      name: z.string(),
      values: z.array(z.object({ value: z.number() })).optional(),
      total_value: z.object({ value: z.number() }).optional(),
    }),
  ),
});

export const successSchema = z.object({ success: z.boolean() });

/** The metrics Chorus asks for; `shares` (sends to others) has no place in `PostMetrics` yet and is read but dropped. */
export const INSIGHT_METRICS = 'views,likes,replies,reposts,quotes,shares';

export function toMetrics(externalId: string, insights: z.infer<typeof insightsSchema>, fetchedAt: Date): PostMetrics {
  const value = (name: string): number | null => {
    const metric = insights.data.find((m) => m.name === name);
    if (!metric) return null;
    return metric.total_value?.value ?? metric.values?.[0]?.value ?? null;
  };
  const views = value('views');
  return {
    externalId,
    likes: value('likes') ?? 0,
    reposts: value('reposts') ?? 0,
    replies: value('replies') ?? 0,
    quotes: value('quotes'),
    views,
    // Threads "views" are the times the post was displayed: what other networks call impressions.
    impressions: views,
    reach: null,
    saves: null,
    linkClicks: null,
    fetchedAt,
  };
}

/** A reply from `/{media-id}/conversation` as inbox engagement; null for our own replies. */
export function toEngagement(reply: ThreadsMedia, rootId: string): EngagementItem | null {
  if (reply.is_reply_owned_by_me) return null;
  const username = reply.username ?? 'unknown';
  return {
    kind: 'reply',
    externalId: reply.id,
    inReplyTo: reply.replied_to?.id ?? rootId,
    // Threads names repliers by username only; there is no user id on a reply.
    author: { externalId: username, handle: `@${username}`, displayName: username, avatarUrl: reply.profile_picture_url ?? null },
    text: reply.text ?? '',
    url: reply.permalink ?? null,
    createdAt: new Date(reply.timestamp ?? 0),
  };
}

export function toPublishedRef(media: { id: string; permalink?: string | null }): PublishedRef {
  return { externalId: media.id, url: media.permalink ?? '' };
}

const normalize = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The media type Threads lists for a post made from `content`. */
export function expectedMediaType(content: PublicationContent): string {
  if (content.media.length === 0) return 'TEXT_POST';
  if (content.media.length > 1) return 'CAROUSEL_ALBUM';
  return content.media[0]?.mimeType.startsWith('video/') ? 'VIDEO' : 'IMAGE';
}

/** Whether a listed post is the one `content` would have made: same text, same kind of media, same parent. */
export function threadMatches(media: ThreadsMedia, content: PublicationContent): boolean {
  if (normalize(media.text ?? '') !== normalize(content.text)) return false;
  if (media.media_type && media.media_type !== expectedMediaType(content)) return false;
  if (content.inReplyTo !== undefined && media.replied_to?.id !== content.inReplyTo) return false;
  return true;
}
