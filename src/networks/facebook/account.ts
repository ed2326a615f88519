/**
 * The Page's own figures for the daily account round: its followers from the Page node and yesterday's views and
 * unique viewers from Page Insights.
 *
 * Sources: Page fields `followers_count` / `fan_count` (https://developers.facebook.com/docs/graph-api/reference/page/);
 * Page Insights (https://developers.facebook.com/docs/platforminsights/page, metrics at
 * https://developers.facebook.com/docs/graph-api/reference/insights/): `page_impressions` was replaced by
 * `page_media_view` (https://developers.facebook.com/blog/post/2025/08/15/page-insights-api-updates/) and
 * `page_impressions_unique` by `page_total_media_view_unique`
 * (https://developers.facebook.com/docs/platforminsights/page/deprecated-metrics); both answer an invalid-metric
 * error now. Insights need `read_insights` besides `pages_read_engagement` and exist only for Pages with 100 or more
 * likes: without either the followers (which need only `pages_read_engagement`) are still kept and the views stay
 * null, so a Page that never granted insights still gets its follower curve.
 */
import { z } from 'zod';
import { count, type AccountMetrics } from '../account-metrics.js';
import { insightsOrNone, noneWithoutPermission, parseGraph, type GraphClient } from '../meta/graph.js';

/** Views of the Page's content (what Meta now counts instead of impressions) and the people who saw it (reach). */
export const PAGE_INSIGHTS = ['page_media_view', 'page_total_media_view_unique'] as const;

const pageCountsSchema = z.object({ id: z.string(), followers_count: z.number().nullish(), fan_count: z.number().nullish() });

/** A daily Page insight: one value per day, oldest first (`end_time` is the end of the day it counts). */
const pageInsightSchema = z.object({
  name: z.string(),
  period: z.string().optional(),
  values: z.array(z.object({ value: z.unknown(), end_time: z.string().optional() })).optional(),
});

/** The last full day's value of a daily metric, or null when Graph did not return it. */
function lastDay(insights: z.infer<typeof pageInsightSchema>[], name: string): number | null {
  const values = insights.find((i) => i.name === name && (i.period === undefined || i.period === 'day'))?.values ?? [];
  return count(values.at(-1)?.value);
}

export async function fetchPageFigures(graph: GraphClient, pageId: string): Promise<AccountMetrics> {
  const path = `/${encodeURIComponent(pageId)}`;
  const page = parseGraph(pageCountsSchema, (await graph.get(path, { fields: 'followers_count,fan_count' })).body, 'the Page', 'facebook');
  const insights = await insightsOrNone(graph, pageId, PAGE_INSIGHTS, pageInsightSchema, { period: 'day' }).catch(noneWithoutPermission);
  return {
    // `followers_count` is what the new Pages experience shows; `fan_count` (likes) only where no follower count is given.
    followers: count(page.followers_count) ?? count(page.fan_count),
    following: null,
    posts: null,
    impressions: lastDay(insights, 'page_media_view'),
    reach: lastDay(insights, 'page_total_media_view_unique'),
  };
}
