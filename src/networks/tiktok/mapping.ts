/**
 * TikTok API v2 JSON → Chorus types, parsed with zod. Shapes from developers.tiktok.com/doc/tiktok-api-v2-get-user-info,
 * …/content-posting-api-reference-query-creator-info, …/content-posting-api-reference-direct-post,
 * …/content-posting-api-reference-get-video-status, …/tiktok-api-v2-video-query and …/tiktok-api-v2-video-list.
 */
import { z } from 'zod';
import type { PostMetrics, PublishedRef } from '../connector.js';
import { parseAnswer } from '../parse.js';
import type { TikTokCreatorInfo } from './rules.js';

export function parse<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  return parseAnswer('tiktok', 'TikTok', schema, body, what);
}

export const userInfoSchema = z.object({
  data: z.object({
    user: z.object({
      open_id: z.string().min(1),
      union_id: z.string().nullish(),
      avatar_url: z.string().nullish(),
      display_name: z.string().nullish(),
      username: z.string().nullish(),
    }),
  }),
});

/** `/v2/user/info/` with the `user.info.stats` fields; each may be left out. */
export const userStatsSchema = z.object({
  data: z.object({
    user: z.object({ follower_count: z.number().nullish(), following_count: z.number().nullish(), video_count: z.number().nullish() }),
  }),
});

export const creatorInfoSchema = z.object({
  data: z.object({
    creator_avatar_url: z.string().nullish(),
    creator_username: z.string().nullish(),
    creator_nickname: z.string().nullish(),
    privacy_level_options: z.array(z.string()),
    comment_disabled: z.boolean().nullish(),
    duet_disabled: z.boolean().nullish(),
    stitch_disabled: z.boolean().nullish(),
    max_video_post_duration_sec: z.number().nullish(),
  }),
});

export function toCreatorInfo(body: unknown): TikTokCreatorInfo {
  const d = parse(creatorInfoSchema, body, 'the creator settings').data;
  return {
    privacyLevelOptions: d.privacy_level_options,
    commentDisabled: d.comment_disabled ?? false,
    duetDisabled: d.duet_disabled ?? false,
    stitchDisabled: d.stitch_disabled ?? false,
    maxVideoPostDurationSec: d.max_video_post_duration_sec ?? null,
    ...(d.creator_username ? { username: d.creator_username } : {}),
    ...(d.creator_nickname ? { nickname: d.creator_nickname } : {}),
  };
}

export const initSchema = z.object({ data: z.object({ publish_id: z.string().min(1), upload_url: z.string().nullish() }) });

const postId = z.union([z.string(), z.number()]).transform(String);

export const statusSchema = z.object({
  data: z.object({
    status: z.string(),
    fail_reason: z.string().nullish(),
    // Spelled so in TikTok's API.
    publicaly_available_post_id: z.array(postId).nullish(),
    uploaded_bytes: z.number().nullish(),
    downloaded_bytes: z.number().nullish(),
  }),
});
export type TikTokStatus = z.infer<typeof statusSchema>['data'];

const count = z.number().int().nonnegative().nullish();
export const videoSchema = z.object({
  id: postId,
  title: z.string().nullish(),
  video_description: z.string().nullish(),
  create_time: z.number().nullish(),
  share_url: z.string().nullish(),
  view_count: count,
  like_count: count,
  comment_count: count,
  share_count: count,
});
export const videoListSchema = z.object({
  data: z.object({ videos: z.array(videoSchema).nullish().transform((v) => v ?? []), cursor: z.number().nullish(), has_more: z.boolean().nullish() }),
});
export type TikTokVideo = z.infer<typeof videoSchema>;

export function toMetrics(video: TikTokVideo, fetchedAt: Date): PostMetrics {
  return {
    externalId: video.id,
    likes: video.like_count ?? 0,
    reposts: video.share_count ?? 0,
    replies: video.comment_count ?? 0,
    quotes: null,
    views: video.view_count ?? null,
    fetchedAt,
  };
}

/** The post on tiktok.com; a post TikTok gave no id for (private, or still in moderation) links to the profile. */
export function toPublishedRef(id: string, username: string | undefined, isPostId: boolean): PublishedRef {
  const profile = username ? `https://www.tiktok.com/@${encodeURIComponent(username)}` : 'https://www.tiktok.com/';
  return { externalId: id, url: isPostId && username ? `${profile}/video/${encodeURIComponent(id)}` : profile };
}

/** `fail_reason` of a failed post (status fetch reference, "fail_reason"), in words a person can act on. */
export const FAIL_REASONS: Record<string, string> = {
  file_format_check_failed: 'TikTok does not accept this file format (MP4, WebM or MOV video; JPEG or WEBP photos)',
  duration_check_failed: 'the video is longer or shorter than this account may post',
  frame_rate_check_failed: 'the frame rate is outside 23–60 frames per second',
  picture_size_check_failed: 'the picture size is outside what TikTok accepts (360–4096 pixels per side for video, 1080p for photos)',
  internal: 'TikTok had an internal problem',
  video_pull_failed: 'TikTok could not download the video from its URL',
  photo_pull_failed: 'TikTok could not download a photo from its URL',
  publish_cancelled: 'the post was cancelled',
  auth_removed: 'the account removed Chorus\'s access during the upload',
  spam_risk_too_many_posts: 'the account reached TikTok\'s daily number of posts from apps',
  spam_risk_user_banned_from_posting: 'TikTok has banned this account from posting',
  spam_risk_text: 'TikTok flagged the caption as spam',
  spam_risk: 'TikTok flagged the post as spam',
};

/** Same caption, spacing aside: how a post of an earlier attempt is recognised among the account's videos. */
export function sameCaption(video: TikTokVideo, text: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  return [video.title, video.video_description].some((c) => c != null && norm(c) === norm(text));
}
