/** The analytics page's charts: the figures per day as lines, and a horizontal bar per network or channel. */
import type { ChartOption } from '../../components/Chart';
import type { Analytics } from '../../api-analytics';
import { FONT, barsHeight, barsOption } from '../links/charts';

/** The three lines of the daily chart, each with its colour (shown in the page's legend too). */
export const LINES = [
  { key: 'impressions', color: '#3451d1' },
  { key: 'engagements', color: '#2e9d48' },
  { key: 'linkClicks', color: '#d9822b' },
] as const;

const AXIS = { color: '#5f6878', fontFamily: FONT, fontSize: 12 };

export function dailyOption(data: Analytics, language: string, name: (key: string) => string): ChartOption {
  const dayFormat = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return {
    grid: { left: 8, right: 48, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', textStyle: { fontFamily: FONT } },
    xAxis: { type: 'category', boundaryGap: false, data: data.series.map((d) => dayFormat.format(new Date(`${d.day}T00:00:00Z`))), axisLabel: { ...AXIS, hideOverlap: true } },
    // Impressions are often a hundred times the rest: they get the left axis, engagements and clicks the right one.
    yAxis: [
      { type: 'value', minInterval: 1, axisLabel: AXIS, splitLine: { lineStyle: { color: '#eef0f3' } } },
      { type: 'value', minInterval: 1, axisLabel: AXIS, splitLine: { show: false } },
    ],
    series: LINES.map((line, i) => ({
      type: 'line' as const,
      name: name(line.key),
      yAxisIndex: i === 0 ? 0 : 1,
      data: data.series.map((d) => d[line.key]),
      showSymbol: data.series.length <= 14,
      lineStyle: { width: 2.5, color: line.color },
      itemStyle: { color: line.color },
    })),
  };
}

/** An account's followers per day (days without a reading are gaps, not zeros). */
export function followersOption(days: Array<{ day: string; followers: number | null }>, language: string, name: string): ChartOption {
  const dayFormat = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return {
    grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', textStyle: { fontFamily: FONT } },
    xAxis: { type: 'category', boundaryGap: false, data: days.map((d) => dayFormat.format(new Date(`${d.day}T00:00:00Z`))), axisLabel: { ...AXIS, hideOverlap: true } },
    yAxis: { type: 'value', scale: true, minInterval: 1, axisLabel: AXIS, splitLine: { lineStyle: { color: '#eef0f3' } } },
    series: [{ type: 'line', name, data: days.map((d) => d.followers), connectNulls: false, showSymbol: days.length <= 14, lineStyle: { width: 2.5, color: '#8e44ad' }, itemStyle: { color: '#8e44ad' } }],
  };
}

/** Impressions per network or channel, largest first (the server's order). */
export function impressionsBars(rows: Array<{ label: string; impressions: number }>, name: string): ChartOption {
  return barsOption(rows.map((r) => r.label), rows.map((r) => r.impressions), name);
}

export { barsHeight };
