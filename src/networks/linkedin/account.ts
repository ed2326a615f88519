/**
 * A LinkedIn page's own figures for the daily account round.
 *
 * Sources (Community Management API, learn.microsoft.com/linkedin/marketing/community-management/organizations/):
 * the follower count from organization-lookup-api "Retrieve Organization Follower Count"
 * (`GET /rest/networkSizes/{organization URN}?edgeType=COMPANY_FOLLOWED_BY_MEMBER` → `firstDegreeSize`), and
 * yesterday's impressions and unique impressions of the page's posts from share-statistics with a time-bound
 * `timeIntervals` of one UTC day (`DAY` granularity; `totalShareStatistics.impressionCount` /
 * `uniqueImpressionsCount`). Both need `rw_organization_admin` and an administrator role on the page.
 */
import { z } from 'zod';
import { count, type AccountMetrics } from '../account-metrics.js';
import { encodeUrn, parse, type LinkedInClient } from './client.js';

const DAY_MS = 86_400_000;

const networkSizeSchema = z.object({ firstDegreeSize: z.number().nullish() });

const dailyStatisticsSchema = z.object({
  elements: z.array(
    z.object({
      timeRange: z.object({ start: z.number(), end: z.number() }).nullish(),
      totalShareStatistics: z.object({ impressionCount: z.number().nullish(), uniqueImpressionsCount: z.number().nullish() }).passthrough().nullish(),
    }),
  ),
});

export async function fetchOrganizationFigures(client: LinkedInClient, organizationUrn: string, now = new Date()): Promise<AccountMetrics> {
  const org = encodeUrn(organizationUrn);
  const size = parse(networkSizeSchema, (await client.request('GET', `/rest/networkSizes/${org}?edgeType=COMPANY_FOLLOWED_BY_MEMBER`)).body, 'the follower count');
  const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const start = end - DAY_MS;
  const interval = `(timeRange:(start:${start},end:${end}),timeGranularityType:DAY)`;
  const response = await client.request('GET', `/rest/organizationalEntityShareStatistics?q=organizationalEntity&organizationalEntity=${org}&timeIntervals=${interval}`);
  const day = parse(dailyStatisticsSchema, response.body, 'the page statistics').elements.find((e) => e.timeRange?.start === start);
  return {
    followers: count(size.firstDegreeSize),
    following: null,
    posts: null,
    impressions: count(day?.totalShareStatistics?.impressionCount),
    reach: count(day?.totalShareStatistics?.uniqueImpressionsCount),
  };
}
