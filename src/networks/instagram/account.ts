/**
 * The Instagram professional account's own figures for the daily account round.
 *
 * Sources: IG User fields `followers_count`, `follows_count`, `media_count`
 * (https://developers.facebook.com/docs/graph-api/reference/shadow-ig-user/); account insights
 * (https://developers.facebook.com/docs/instagram-platform/api-reference/instagram-user/insights): `impressions` is
 * deprecated for every version and `views` replaces it, read like `reach` as one total over the range asked
 * (`metric_type=total_value`, `period=day`, `since`/`until`). Insights need `instagram_manage_insights`, the counts
 * only `instagram_basic`: without the first the counts are still kept with reach and views null (as for an account
 * with no data yet); without the second nothing can be read and the reading fails.
 */
import { z } from 'zod';
import { count, type AccountMetrics } from '../account-metrics.js';
import { insightsOrNone, noneWithoutPermission, parseGraph, type GraphClient } from '../meta/graph.js';

export const ACCOUNT_INSIGHTS = ['reach', 'views'] as const;
const DAY_SECONDS = 86_400;

const igCountsSchema = z.object({
  id: z.string(),
  followers_count: z.number().nullish(),
  follows_count: z.number().nullish(),
  media_count: z.number().nullish(),
});

const totalSchema = z.object({ name: z.string(), total_value: z.object({ value: z.unknown() }).partial().nullish() });

const total = (insights: z.infer<typeof totalSchema>[], name: string): number | null => count(insights.find((i) => i.name === name)?.total_value?.value);

/** Counts now, and the reach and views of the 24 hours before `now`. */
export async function fetchInstagramFigures(graph: GraphClient, igUserId: string, now = new Date()): Promise<AccountMetrics> {
  const path = `/${encodeURIComponent(igUserId)}`;
  const user = parseGraph(igCountsSchema, (await graph.get(path, { fields: 'followers_count,follows_count,media_count' })).body, 'the account', 'instagram');
  const until = Math.floor(now.getTime() / 1000);
  const range = { period: 'day', metric_type: 'total_value', since: until - DAY_SECONDS, until };
  const insights = await insightsOrNone(graph, igUserId, ACCOUNT_INSIGHTS, totalSchema, range).catch(noneWithoutPermission);
  return {
    followers: count(user.followers_count),
    following: count(user.follows_count),
    posts: count(user.media_count),
    impressions: total(insights, 'views'),
    reach: total(insights, 'reach'),
  };
}
