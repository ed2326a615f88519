/** The query and answer shapes the analytics endpoints share. */
import { z } from 'zod';
import { MAX_RANGE_DAYS } from '../service.js';

const Day = z.iso.date();

/** The range and the narrowing every analytics read takes. */
export const ScopeQuery = z.object({
  from: Day.optional().describe(`First day (UTC, YYYY-MM-DD), included; default 27 days before "to". At most ${MAX_RANGE_DAYS} days in all`),
  to: Day.optional().describe('Last day (UTC, YYYY-MM-DD), included; default today'),
  channelId: z.string().max(100).optional().describe("Only this channel's publications"),
  network: z.string().regex(/^[a-z]{1,30}$/).optional().describe('Only publications on this network (bluesky, mastodon, x, …)'),
  postId: z.string().max(100).optional().describe("Only this post's publications"),
  campaignId: z.string().max(100).optional().describe("Only the publications of this campaign's posts"),
});

const Count = z.number().int();
const Rate = z.number().nullable().describe('Engagements per impression; null without impressions');

/** Growth over a range (each figure is the increase of a cumulative count, summed over the days). */
export const FigureFields = {
  impressions: Count.describe("The network's impressions, else its views (0 where it reports neither)"),
  views: Count,
  engagements: Count.describe('Likes + reposts + replies + quotes + saves'),
  linkClicks: Count.describe('Clicks on links, as the network reports them'),
  published: Count.describe('Publications published (counted once measured)'),
};

export const Figures = z.object({ ...FigureFields, engagementRate: Rate });

const Change = z.number().nullable().describe('Change in percent from the previous period; null when it was 0');

export const Analytics = z.object({
  from: z.string(),
  to: z.string(),
  timeZone: z.literal('UTC').describe('Days are UTC dates'),
  series: z.array(z.object({ day: z.string(), ...FigureFields })).describe('Every day of the range, oldest first'),
  totals: Figures,
  previous: z
    .object({
      from: z.string(),
      to: z.string(),
      totals: Figures,
      change: z.object({ impressions: Change, views: Change, engagements: Change, linkClicks: Change, published: Change, engagementRate: Change }),
    })
    .nullable()
    .describe('The period of the same length just before (compare=previous), else null'),
  byNetwork: z.array(Figures.extend({ network: z.string() })),
  byChannel: z.array(Figures.extend({ channelId: z.string(), name: z.string(), network: z.string() })),
});

export const TopPostsQuery = ScopeQuery.extend({
  sort: z.enum(['engagementRate', 'clicks', 'conversions']).default('engagementRate'),
  limit: z.coerce.number().int().min(1).max(100).default(10).describe('How many, best first (1–100, default 10)'),
});

export const TopPost = z.object({
  publicationId: z.string(),
  postId: z.string(),
  channelId: z.string(),
  channelName: z.string(),
  network: z.string(),
  publishedAt: z.string(),
  text: z.string(),
  url: z.string().nullable(),
  impressions: Count,
  engagements: Count,
  engagementRate: Rate,
  clicks: Count.describe("The greater of the network's link clicks and the short links' (a click is usually counted by both)"),
  linkClicks: Count.describe('Link clicks as the network reports them'),
  trackedClicks: Count.describe("Clicks on the publication's short links (people, not bots)"),
  conversions: Count.describe("Conversions brought by the publication's short links"),
});
