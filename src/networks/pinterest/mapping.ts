/**
 * Pinterest API v5 JSON → Chorus types, every response parsed with zod. Shapes follow the v5 reference
 * (developers.pinterest.com/docs/api/v5/): `UserAccount`, `Board`, `Pin`, `MediaUpload`, `MediaUploadDetails`,
 * `PinAnalyticsMetricsResponse`, and the paginated `{items, bookmark}` lists (docs/reference/pagination/).
 */
import { z } from 'zod';
import type { PostMetrics, PublishedRef } from '../connector.js';
import { parseAnswer } from '../parse.js';

export const userAccountSchema = z.object({
  username: z.string(),
  id: z.string().nullish(),
  account_type: z.string().nullish(),
  profile_image: z.string().nullish(),
  business_name: z.string().nullish(),
  website_url: z.string().nullish(),
});
export type PinterestUser = z.infer<typeof userAccountSchema>;

/** `GET /v5/user_account`: the counts beside the profile, each optional. */
export const accountCountsSchema = z.object({
  follower_count: z.number().nullish(),
  following_count: z.number().nullish(),
  pin_count: z.number().nullish(),
});

export const boardSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullish(),
  privacy: z.string().nullish(),
  owner: z.object({ username: z.string() }).nullish(),
});
export type PinterestBoard = z.infer<typeof boardSchema>;

export const pageSchema = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item), bookmark: z.string().nullish() });

export const pinSchema = z.object({
  id: z.string(),
  created_at: z.string().nullish(),
  link: z.string().nullish(),
  title: z.string().nullish(),
  description: z.string().nullish(),
  alt_text: z.string().nullish(),
  board_id: z.string().nullish(),
  dominant_color: z.string().nullish(),
});
export type PinterestPin = z.infer<typeof pinSchema>;

export const mediaUploadSchema = z.object({
  media_id: z.string(),
  media_type: z.string().nullish(),
  upload_url: z.string().url(),
  upload_parameters: z.record(z.string(), z.string()),
});

export const mediaStatusSchema = z.object({
  media_id: z.string(),
  media_type: z.string().nullish(),
  status: z.enum(['registered', 'processing', 'succeeded', 'failed']),
});

const metricValues = z.record(z.string(), z.number().nullable());
/** `{ all: { daily_metrics, summary_metrics, lifetime_metrics } }` keyed by app type (ALL without a split). */
export const pinAnalyticsSchema = z.record(
  z.string(),
  z.object({
    summary_metrics: metricValues.nullish(),
    lifetime_metrics: metricValues.nullish(),
    daily_metrics: z.array(z.object({ date: z.string().nullish(), data_status: z.string().nullish(), metrics: metricValues.nullish() })).nullish(),
  }),
);

/** Parses a 2xx body (see ../parse.ts). */
export function parse<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  return parseAnswer('pinterest', 'Pinterest', schema, body, what);
}

export function pinUrl(pinId: string): string {
  return `https://www.pinterest.com/pin/${encodeURIComponent(pinId)}/`;
}

export function toPublishedRef(pinId: string): PublishedRef {
  return { externalId: pinId, url: pinUrl(pinId) };
}

/**
 * Metrics of one Pin from its analytics: IMPRESSION → impressions, SAVE → saves, OUTBOUND_CLICK → link clicks (a
 * PIN_CLICK opens the Pin closeup, which is not a click on the link), VIDEO_MRC_VIEW → views. Pinterest has no likes,
 * reposts or replies on Pins through the API: they are 0, quotes and reach unknown.
 */
export function toMetrics(pinId: string, analytics: z.infer<typeof pinAnalyticsSchema>, fetchedAt: Date): PostMetrics {
  const totals = analytics['all']?.summary_metrics ?? analytics['ALL']?.summary_metrics ?? {};
  const value = (name: string): number | null => (typeof totals[name] === 'number' ? (totals[name] as number) : null);
  return {
    externalId: pinId,
    likes: 0,
    reposts: 0,
    replies: 0,
    quotes: null,
    views: value('VIDEO_MRC_VIEW'),
    impressions: value('IMPRESSION'),
    reach: null,
    saves: value('SAVE'),
    linkClicks: value('OUTBOUND_CLICK'),
    fetchedAt,
  };
}

const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Whether a Pin on Pinterest is the one this publication would have made: same board, title, description, link. */
export function pinMatches(pin: PinterestPin, expected: { boardId: string; title?: string; description: string; link?: string }): boolean {
  return (
    pin.board_id === expected.boardId &&
    squash(pin.title) === squash(expected.title) &&
    squash(pin.description) === squash(expected.description) &&
    squash(pin.link) === squash(expected.link)
  );
}

/** YYYY-MM-DD in UTC, the date format of the analytics endpoints. */
export function utcDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
