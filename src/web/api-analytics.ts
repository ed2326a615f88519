/**
 * Analytics: metrics per day with totals, the previous period and top posts. Same conventions as api.ts (typed calls
 * through api/client.ts; every type is read from the server's OpenAPI document).
 */
import { answer, client } from './api/client';
import type { Answer, Query } from './api/types';
import { origin } from './http';

export type Analytics = Answer<'/api/v1/workspaces/{ws}/analytics', 'get'>;
export type AnalyticsQuery = Query<'/api/v1/workspaces/{ws}/analytics', 'get'>;
export type TopPosts = Answer<'/api/v1/workspaces/{ws}/analytics/top-posts', 'get'>;
export type TopPostsQuery = Query<'/api/v1/workspaces/{ws}/analytics/top-posts', 'get'>;
export type TopPostsCsvQuery = Query<'/api/v1/workspaces/{ws}/analytics/top-posts.csv', 'get'>;
export type AnalyticsCsvQuery = Query<'/api/v1/workspaces/{ws}/analytics.csv', 'get'>;
export type TopPostsSort = NonNullable<TopPostsQuery['sort']>;
/** An account's followers, following and posts per day (and its own reach where the network reports it). */
export type AccountFigures = Answer<'/api/v1/workspaces/{ws}/channels/{channelId}/account-metrics', 'get'>;

function csvUrl(ws: string, path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])));
  return `${origin()}/api/v1/workspaces/${encodeURIComponent(ws)}/${path}?${params}`;
}

export const analyticsApi = {
  analytics: (ws: string, query: AnalyticsQuery) => answer(client.GET('/api/v1/workspaces/{ws}/analytics', { params: { path: { ws }, query } })),
  topPosts: (ws: string, query: TopPostsQuery) => answer(client.GET('/api/v1/workspaces/{ws}/analytics/top-posts', { params: { path: { ws }, query } })),
  accountFigures: (ws: string, channelId: string, query: { from: string; to: string }) =>
    answer(client.GET('/api/v1/workspaces/{ws}/channels/{channelId}/account-metrics', { params: { path: { ws, channelId }, query } })),
  /** The CSV's address, for a plain download link (the session cookie goes with it). */
  topPostsCsvUrl: (ws: string, query: TopPostsCsvQuery) => csvUrl(ws, 'analytics/top-posts.csv', query),
  /** The whole view's CSV (days, totals, previous period, networks, channels). */
  analyticsCsvUrl: (ws: string, query: AnalyticsCsvQuery) => csvUrl(ws, 'analytics.csv', query),
};
