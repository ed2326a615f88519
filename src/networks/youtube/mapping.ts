/**
 * YouTube Data API v3 JSON → Chorus types, parsed with zod. Resource shapes from developers.google.com/youtube/v3/docs
 * (channels, videos, commentThreads, comments, playlistItems). Counts are strings of digits in Google's JSON.
 */
import { z } from 'zod';
import type { EngagementItem, PostMetrics, PublishedRef } from '../connector.js';
import { parseAnswer } from '../parse.js';

export function parse<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  return parseAnswer('youtube', 'YouTube', schema, body, what);
}

const thumbnails = z.record(z.string(), z.object({ url: z.string() })).nullish();

export const channelListSchema = z.object({
  items: z
    .array(
      z.object({
        id: z.string().min(1),
        snippet: z.object({ title: z.string(), customUrl: z.string().nullish(), thumbnails }),
        contentDetails: z.object({ relatedPlaylists: z.object({ uploads: z.string().nullish() }).nullish() }).nullish(),
      }),
    )
    .nullish()
    .transform((v) => v ?? []),
});
/** `channels.list` with `part=statistics`: counts are uint64 written as strings. */
export const channelStatisticsSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      statistics: z
        .object({ subscriberCount: z.string().nullish(), videoCount: z.string().nullish(), hiddenSubscriberCount: z.boolean().nullish() })
        .passthrough()
        .nullish(),
    }),
  ).default([]),
});

export type YouTubeChannel = z.infer<typeof channelListSchema>['items'][number];

const count = z
  .union([z.string().regex(/^[0-9]+$/), z.number()])
  .nullish()
  .transform((v) => (v === null || v === undefined ? null : Number(v)));

export const videoSchema = z.object({
  id: z.string().min(1),
  snippet: z.object({ title: z.string(), description: z.string().nullish(), channelId: z.string().nullish(), publishedAt: z.string().nullish() }).nullish(),
  status: z
    .object({
      uploadStatus: z.string().nullish(),
      privacyStatus: z.string().nullish(),
      failureReason: z.string().nullish(),
      rejectionReason: z.string().nullish(),
      publishAt: z.string().nullish(),
    })
    .nullish(),
  statistics: z.object({ viewCount: count, likeCount: count, commentCount: count, favoriteCount: count }).nullish(),
});
export type YouTubeVideo = z.infer<typeof videoSchema>;

export const videoListSchema = z.object({ items: z.array(videoSchema).nullish().transform((v) => v ?? []) });

export const playlistItemsSchema = z.object({
  items: z
    .array(
      z.object({
        snippet: z.object({
          title: z.string(),
          description: z.string().nullish(),
          publishedAt: z.string().nullish(),
          resourceId: z.object({ videoId: z.string() }),
        }),
      }),
    )
    .nullish()
    .transform((v) => v ?? []),
});

export const commentSchema = z.object({
  id: z.string().min(1),
  snippet: z.object({
    videoId: z.string().nullish(),
    parentId: z.string().nullish(),
    textOriginal: z.string().nullish(),
    textDisplay: z.string().nullish(),
    authorDisplayName: z.string().nullish(),
    authorProfileImageUrl: z.string().nullish(),
    authorChannelUrl: z.string().nullish(),
    authorChannelId: z.object({ value: z.string() }).nullish(),
    publishedAt: z.string(),
  }),
});
export type YouTubeComment = z.infer<typeof commentSchema>;

export const commentThreadSchema = z.object({
  id: z.string().min(1),
  snippet: z.object({ videoId: z.string().nullish(), topLevelComment: commentSchema }),
  replies: z.object({ comments: z.array(commentSchema).nullish() }).nullish(),
});

export const commentThreadListSchema = z.object({
  items: z.array(commentThreadSchema).nullish().transform((v) => v ?? []),
  nextPageToken: z.string().nullish(),
});

/** A video id is 11 characters of base64url; comment ids are longer (`Ugz…`, replies `parent.reply`). */
export function isVideoId(id: string): boolean {
  return /^[A-Za-z0-9_-]{11}$/.test(id);
}

export function toPublishedRef(videoId: string): PublishedRef {
  return { externalId: videoId, url: `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}` };
}

export function commentRef(comment: YouTubeComment, videoId: string | null): PublishedRef {
  const video = comment.snippet.videoId ?? videoId;
  return {
    externalId: comment.id,
    url: video ? `https://www.youtube.com/watch?v=${encodeURIComponent(video)}&lc=${encodeURIComponent(comment.id)}` : `https://www.youtube.com/`,
  };
}

export function toMetrics(video: YouTubeVideo, fetchedAt: Date): PostMetrics {
  const s = video.statistics;
  return {
    externalId: video.id,
    // A channel can hide its like count: the API then leaves likeCount out.
    likes: s?.likeCount ?? 0,
    reposts: 0,
    replies: s?.commentCount ?? 0,
    quotes: null,
    views: s?.viewCount ?? null,
    fetchedAt,
  };
}

export function toEngagement(comment: YouTubeComment, videoId: string | null): EngagementItem {
  const s = comment.snippet;
  return {
    kind: 'reply',
    externalId: comment.id,
    inReplyTo: s.videoId ?? videoId,
    author: {
      externalId: s.authorChannelId?.value ?? '',
      handle: s.authorDisplayName ?? '',
      displayName: s.authorDisplayName ?? '',
      avatarUrl: s.authorProfileImageUrl ?? null,
    },
    text: s.textOriginal ?? s.textDisplay ?? '',
    url: commentRef(comment, videoId).url,
    createdAt: new Date(s.publishedAt),
  };
}

/** Our post as YouTube shows it, to recognise an earlier upload of the same publication. */
export function sameVideo(found: { title: string; description?: string | null }, title: string, description: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  return norm(found.title) === norm(title) && norm(found.description ?? '') === norm(description);
}
