/**
 * Analytics: the metric history rolled up by day (migration 0032) for a workspace, a channel, a network or a post,
 * over a range of UTC days, compared with the period just before; and the top posts of a range.
 */
import type { AppContext } from '../../core/context.js';
import { invalid, notFound } from '../../core/errors.js';
import { isUuid, type WorkspaceAccess } from '../workspaces/access.js';
import { toCsv } from './csv.js';
import { analyticsRepository as repo, type AnalyticsScope, type DayRange, type Figures, type TopPostRow, type TopPostsSort } from './repository.js';

const DAY_MS = 86_400_000;
/** Two years: a year compared with the one before stays possible, and a read stays a few tens of thousands of rows. */
export const MAX_RANGE_DAYS = 731;
const DEFAULT_RANGE_DAYS = 28;

export interface AnalyticsQuery {
  from?: string | undefined;
  to?: string | undefined;
  channelId?: string | undefined;
  network?: string | undefined;
  postId?: string | undefined;
  campaignId?: string | undefined;
  compare?: 'previous' | 'none' | undefined;
}

const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The asked range (default: the last 28 days up to today, UTC), or a 422 naming the field. */
export function dayRange(query: { from?: string | undefined; to?: string | undefined }, now = Date.now()): DayRange {
  const to = query.to ?? dayOf(now);
  const from = query.from ?? dayOf(dayMs(to) - (DEFAULT_RANGE_DAYS - 1) * DAY_MS);
  if (from > to) throw invalid('range_reversed', `The range starts on ${from}, after it ends on ${to}; swap the days.`, 'from');
  const days = daysIn({ from, to });
  if (days > MAX_RANGE_DAYS) throw invalid('date_range_too_long', `A range covers at most ${MAX_RANGE_DAYS} days; this one covers ${days}. Shorten it.`, 'from', undefined, { max: MAX_RANGE_DAYS, days });
  return { from, to };
}

export const daysIn = (range: DayRange) => Math.round((dayMs(range.to) - dayMs(range.from)) / DAY_MS) + 1;

/** The period of the same length that ends the day before `range` starts. */
export function previousRange(range: DayRange): DayRange {
  const length = daysIn(range);
  const to = dayMs(range.from) - DAY_MS;
  return { from: dayOf(to - (length - 1) * DAY_MS), to: dayOf(to) };
}

/** The scope of a query, after checking its channel and post are the workspace's (another's: 404). */
async function scopeOf(ctx: AppContext, access: WorkspaceAccess, query: AnalyticsQuery): Promise<AnalyticsScope> {
  const db = ctx.database.db;
  const { channelId, postId, campaignId } = query;
  if (channelId !== undefined && !(isUuid(channelId) && (await repo.hasChannel(db, access.workspaceId, channelId)))) throw notFound('Channel');
  if (postId !== undefined && !(isUuid(postId) && (await repo.hasPost(db, access.workspaceId, postId)))) throw notFound('Post');
  if (campaignId !== undefined && !(isUuid(campaignId) && (await repo.hasCampaign(db, access.workspaceId, campaignId)))) throw notFound('Campaign');
  return { workspaceId: access.workspaceId, channelId, network: query.network, postId, campaignId };
}

const ZERO: Figures = { impressions: 0, views: 0, engagements: 0, linkClicks: 0, published: 0 };
const FIGURES = ['impressions', 'views', 'engagements', 'linkClicks', 'published'] as const;

function add(into: Figures, more: Figures): Figures {
  for (const k of FIGURES) into[k] += more[k];
  return into;
}

/** Engagements per impression, null without impressions (Bluesky and Mastodon count none). */
export const engagementRate = (f: { engagements: number; impressions: number }) => (f.impressions > 0 ? f.engagements / f.impressions : null);
const withRate = <T extends Figures>(f: T) => ({ ...f, engagementRate: engagementRate(f) });

/** The change from `before` to `now` in percent (one decimal), null when there was nothing before. */
export function changePercent(now: number | null, before: number | null): number | null {
  if (now === null || before === null || before === 0) return null;
  return Math.round(((now - before) / Math.abs(before)) * 1000) / 10;
}

/** Every day of the range, in order, with zeros where nothing moved. */
function fillDays(range: DayRange, days: Array<Figures & { day: string }>) {
  const byDay = new Map(days.map((d) => [d.day, d]));
  const out = [];
  for (let ms = dayMs(range.from); ms <= dayMs(range.to); ms += DAY_MS) {
    const day = dayOf(ms);
    const { day: _day, ...figures } = byDay.get(day) ?? { day, ...ZERO };
    out.push({ day, ...figures });
  }
  return out;
}

export async function analytics(ctx: AppContext, access: WorkspaceAccess, query: AnalyticsQuery) {
  const range = dayRange(query);
  const scope = await scopeOf(ctx, access, query);
  const db = ctx.database.db;
  const previous = query.compare === 'previous' ? previousRange(range) : null;
  const [{ days, channels }, before] = await Promise.all([repo.figures(db, scope, range), previous ? repo.totals(db, scope, previous) : null]);
  const totals = withRate(days.reduce((sum, d) => add(sum, d), { ...ZERO }));
  const names = await repo.channelNames(db, access.workspaceId, channels.map((c) => c.channelId));
  const byNetwork = new Map<string, Figures>();
  for (const c of channels) byNetwork.set(c.network, add(byNetwork.get(c.network) ?? { ...ZERO }, c));
  const beforeTotals = before && withRate(before);
  return {
    from: range.from,
    to: range.to,
    timeZone: 'UTC' as const,
    series: fillDays(range, days),
    totals,
    previous:
      previous && beforeTotals
        ? {
            ...previous,
            totals: beforeTotals,
            change: {
              ...Object.fromEntries(FIGURES.map((k) => [k, changePercent(totals[k], beforeTotals[k])])) as Record<(typeof FIGURES)[number], number | null>,
              engagementRate: changePercent(totals.engagementRate, beforeTotals.engagementRate),
            },
          }
        : null,
    byNetwork: [...byNetwork].map(([network, f]) => ({ network, ...withRate(f) })).sort((x, y) => y.impressions - x.impressions || x.network.localeCompare(y.network)),
    byChannel: channels
      .map((c) => ({ ...withRate(c), name: names.get(c.channelId) ?? '' }))
      .sort((x, y) => y.impressions - x.impressions || x.name.localeCompare(y.name)),
  };
}

export interface TopPostsQuery extends Omit<AnalyticsQuery, 'compare'> {
  sort: TopPostsSort;
  limit: number;
}

const publicTopPost = (r: TopPostRow) => ({
  ...r,
  publishedAt: r.publishedAt.toISOString(),
  clicks: Math.max(r.linkClicks, r.trackedClicks),
  engagementRate: engagementRate(r),
});

/** The range's publications best first by `sort` (engagement rate, clicks or conversions). */
export async function topPosts(ctx: AppContext, access: WorkspaceAccess, query: TopPostsQuery) {
  const range = dayRange(query);
  const scope = await scopeOf(ctx, access, query);
  const rows = await repo.topPosts(ctx.database.db, scope, range, query.sort, query.limit);
  return { from: range.from, to: range.to, sort: query.sort, posts: rows.map(publicTopPost) };
}

const CSV_HEADER = [
  'published_at', 'network', 'channel', 'text', 'url', 'impressions', 'engagements', 'engagement_rate', 'clicks', 'network_link_clicks',
  'short_link_clicks', 'conversions', 'post_id', 'publication_id',
];

/** The same table as CSV, with its file name ("chorus-top-posts-2026-11-01-2026-11-28.csv"). */
export async function topPostsCsv(ctx: AppContext, access: WorkspaceAccess, query: TopPostsQuery): Promise<{ fileName: string; csv: string }> {
  const { from, to, posts } = await topPosts(ctx, access, query);
  const rows = posts.map((p) => [
    p.publishedAt, p.network, p.channelName, p.text, p.url, p.impressions, p.engagements,
    p.engagementRate === null ? null : Math.round(p.engagementRate * 10_000) / 10_000,
    p.clicks, p.linkClicks, p.trackedClicks, p.conversions, p.postId, p.publicationId,
  ]);
  return { fileName: `chorus-top-posts-${from}-${to}.csv`, csv: toCsv([CSV_HEADER, ...rows]) };
}
