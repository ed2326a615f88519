/**
 * The analytics view as a CSV file: one row per day of the range, then the totals of the range and, when compared,
 * of the previous period and the change in percent; then the same figures per network and per channel. One table
 * (a `section` column says which part a row is), so a spreadsheet opens it as it is.
 *
 * @example analyticsCsv(ctx, access, { from: '2026-11-01', to: '2026-11-28', compare: 'previous' })
 *   // { fileName: 'chorus-analytics-2026-11-01-2026-11-28.csv', csv: 'section,day_or_name,impressions,…' }
 */
import type { AppContext } from '../../core/context.js';
import type { WorkspaceAccess } from '../workspaces/access.js';
import { toCsv, type CsvCell } from './csv.js';
import { analytics, type AnalyticsQuery } from './service.js';

const HEADER = ['section', 'day_or_name', 'impressions', 'views', 'engagements', 'engagement_rate', 'link_clicks', 'published'];

interface Row {
  impressions: number;
  views: number;
  engagements: number;
  linkClicks: number;
  published: number;
  engagementRate?: number | null;
}

const rate = (r: Row): number | null => {
  const value = r.engagementRate !== undefined ? r.engagementRate : r.impressions > 0 ? r.engagements / r.impressions : null;
  return value === null ? null : Math.round(value * 10_000) / 10_000;
};
const line = (section: string, name: string, r: Row): CsvCell[] => [section, name, r.impressions, r.views, r.engagements, rate(r), r.linkClicks, r.published];

export type AnalyticsView = Awaited<ReturnType<typeof analytics>>;

export async function analyticsCsv(ctx: AppContext, access: WorkspaceAccess, query: AnalyticsQuery): Promise<{ fileName: string; csv: string }> {
  return analyticsViewCsv(await analytics(ctx, access, query));
}

/** The CSV of a view already computed (a report mails the figures and this file from one reading). */
export function analyticsViewCsv(data: AnalyticsView): { fileName: string; csv: string } {
  const rows: CsvCell[][] = [HEADER];
  for (const day of data.series) rows.push(line('day', day.day, day));
  rows.push(line('total', `${data.from}..${data.to}`, data.totals));
  if (data.previous) {
    rows.push(line('previous_total', `${data.previous.from}..${data.previous.to}`, data.previous.totals));
    const c = data.previous.change;
    rows.push(['change_percent', 'vs previous', c.impressions, c.views, c.engagements, c.engagementRate, c.linkClicks, c.published]);
  }
  for (const n of data.byNetwork) rows.push(line('network', n.network, n));
  for (const ch of data.byChannel) rows.push(line('channel', `${ch.name} (${ch.network})`, ch));
  return { fileName: `chorus-analytics-${data.from}-${data.to}.csv`, csv: toCsv(rows) };
}
