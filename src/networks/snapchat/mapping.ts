/**
 * Snap Public Profile API JSON → Chorus types, every response parsed with zod. The Marketing API wraps objects in
 * an envelope: `{request_status, request_id, <things>: [{sub_request_status, <thing>: {...}}]}` (Ads API "Media",
 * developers.snap.com/api/marketing-api/Ads-API/media). Where the Public Profile pages we could read did not show a
 * shape, the schema accepts the flat and the enveloped form and the fake answers one of them (ASSUMPTION noted).
 */
import { z } from 'zod';
import type { PostMetrics, PublishedRef } from '../connector.js';
import { parseAnswer } from '../parse.js';
import type { SnapKind } from './rules.js';

export const profileSchema = z.object({
  id: z.string(),
  display_name: z.string().nullish(),
  snap_user_name: z.string().nullish(),
  logo_urls: z.record(z.string(), z.string().nullish()).nullish(),
});
export type SnapProfile = z.infer<typeof profileSchema>;

/** `my_profile` and `/public_profiles/{id}` answer one profile, enveloped or not (third-party clients read both). */
export const profileAnswerSchema = z
  .object({
    public_profile: profileSchema.nullish(),
    public_profiles: z.array(z.object({ public_profile: profileSchema.nullish() })).nullish(),
  })
  .transform((b) => [...(b.public_profile ? [b.public_profile] : []), ...(b.public_profiles ?? []).flatMap((p) => (p.public_profile ? [p.public_profile] : []))]);

export const organizationsSchema = z.object({
  organizations: z.array(z.object({ organization: z.object({ id: z.string(), name: z.string().nullish() }) })).default([]),
});

/** Create Media (ProfileAssetManagement): the container's id and the paths its parts and finalize go to. */
export const createdMediaSchema = z.object({ media_id: z.string(), add_path: z.string(), finalize_path: z.string() });

/**
 * The Ads API's media (developers.snap.com/api/marketing-api/Ads-API/media) answers this envelope with a read-only
 * `media_status` of PENDING_UPLOAD or READY. ASSUMPTION: a profile's media answers the same, plus PROCESSING and
 * FAILED while and after Snap transcodes it (the Public Profile page's status section is past the stored copy).
 */
export const mediaStatusSchema = z.object({
  media: z.array(
    z.object({
      media: z.object({ id: z.string(), name: z.string().nullish(), media_status: z.enum(['PENDING_UPLOAD', 'PROCESSING', 'READY', 'FAILED']) }),
    }),
  ),
});

/** What posting a Story or a Spotlight answers: the new id flat (`story_id`, `spotlight_id`) as integrators read it. */
export const createdSnapSchema = z
  .object({ story_id: z.string().nullish(), spotlight_id: z.string().nullish(), saved_stories: z.array(z.object({ saved_story: z.object({ id: z.string() }) })).nullish() })
  .transform((b) => b.story_id ?? b.spotlight_id ?? b.saved_stories?.[0]?.saved_story.id ?? null);

/** ASSUMPTION: listing a profile's Stories, Saved Stories or Spotlights answers the same envelope with their media. */
const postItem = z.object({
  id: z.string(),
  media_id: z.string().nullish(),
  snap_sources: z.array(z.object({ media_id: z.string() })).nullish(),
  created_at: z.string().nullish(),
});
export const postListSchema = z
  .object({
    stories: z.array(z.object({ story: postItem })).nullish(),
    saved_stories: z.array(z.object({ saved_story: postItem })).nullish(),
    spotlights: z.array(z.object({ spotlight: postItem })).nullish(),
  })
  .transform((b) => [...(b.stories ?? []).map((x) => x.story), ...(b.saved_stories ?? []).map((x) => x.saved_story), ...(b.spotlights ?? []).map((x) => x.spotlight)]);

/**
 * Profile Stats (developers.snap.com/api/marketing-api/Public-Profile-API/Metrics): `GET …/{profile_id}/stats` with an
 * `assetType` other than PROFILE answers the stats of every asset of that type under the profile. ASSUMPTION: the
 * answer's shape (assets, each with its id, → timeseries → fields); the stored copy of the page stops before it.
 */
export const statsSchema = z.object({
  assets: z
    .array(
      z.object({
        asset_id: z.string().nullish(),
        id: z.string().nullish(),
        timeseries: z.array(
          z.object({
            fields: z.array(
              z.object({
                field: z.object({ field_name: z.string() }),
                stats: z.array(z.object({ dimension_breakdown: z.string().nullish(), value: z.union([z.string(), z.number()]).nullish() })).default([]),
              }),
            ),
          }),
        ),
      }),
    )
    .default([]),
});

export function parse<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  return parseAnswer('snapchat', 'Snapchat', schema, body, what);
}

/** The path segment of each kind (`/v1/public_profiles/{id}/stories`, `saved_stories`, `spotlights`). */
export const COLLECTION: Record<SnapKind, string> = { story: 'stories', saved_story: 'saved_stories', spotlight: 'spotlights' };

/** Chorus keeps the kind in the external id: deleting and measuring need to know which collection a post is in. */
export function toExternalId(kind: SnapKind, id: string): string {
  return `${kind}:${id}`;
}

export function fromExternalId(externalId: string): { kind: SnapKind; id: string } | null {
  const match = /^(story|saved_story|spotlight):(.+)$/.exec(externalId);
  return match?.[1] && match[2] ? { kind: match[1] as SnapKind, id: match[2] } : null;
}

/** The profile's public page; Snap has no per-Snap URL the API returns. */
export function profileUrl(handle: string | null | undefined): string {
  return handle ? `https://www.snapchat.com/add/${encodeURIComponent(handle)}` : 'https://www.snapchat.com/';
}

export function toPublishedRef(kind: SnapKind, id: string, handle: string | null | undefined): PublishedRef {
  return { externalId: toExternalId(kind, id), url: profileUrl(handle) };
}

/** The `assetType` the stats endpoint takes for each kind (Metrics page: PROFILE, STORY, SAVED_STORY, LENS, SPOTLIGHT). */
export const ASSET_TYPE: Record<SnapKind, string> = { story: 'STORY', saved_story: 'SAVED_STORY', spotlight: 'SPOTLIGHT' };

/** Each asset's totals: the DEFAULT breakdown of each field summed over the timeseries (one bucket for LIFETIME). */
export function statTotals(stats: z.infer<typeof statsSchema>): Map<string, Record<string, number>> {
  const byAsset = new Map<string, Record<string, number>>();
  for (const asset of stats.assets) {
    const id = asset.asset_id ?? asset.id;
    if (!id) continue;
    const totals = byAsset.get(id) ?? {};
    for (const bucket of asset.timeseries) {
      for (const entry of bucket.fields) {
        const row = entry.stats.find((s) => (s.dimension_breakdown ?? 'DEFAULT') === 'DEFAULT') ?? entry.stats[0];
        const value = Number(row?.value ?? Number.NaN);
        if (Number.isFinite(value)) totals[entry.field.field_name] = (totals[entry.field.field_name] ?? 0) + value;
      }
    }
    byAsset.set(id, totals);
  }
  return byAsset;
}

/**
 * VIEWS → views and impressions, VIEWERS → reach, SHARES → reposts, SCREENSHOTS → saves, FAVORITES → likes.
 * ASSUMPTION: these field names (the Metrics page's table is past the stored copy; Public-Profile-API/FAQ names views and shares for
 * Spotlights). Chorus asks for no `fields`, so Snap answers every field the asset type has and none is refused.
 */
export function toMetrics(externalId: string, totals: Record<string, number>, fetchedAt: Date): PostMetrics {
  const value = (name: string) => totals[name] ?? null;
  return {
    externalId,
    likes: value('FAVORITES') ?? 0,
    reposts: value('SHARES') ?? 0,
    // No comments API: replies are not counted by Snap's stats.
    replies: 0,
    quotes: null,
    views: value('VIEWS'),
    impressions: value('VIEWS'),
    reach: value('VIEWERS'),
    saves: value('SCREENSHOTS'),
    linkClicks: null,
    fetchedAt,
  };
}
