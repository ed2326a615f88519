/**
 * What the post page's Segments section shows, without React: whether a post has segment variants, its publications
 * in segment order with their due time in UTC and on the segment's clock, and the results chart (engagement rate
 * and clicks per variant, the best one in green).
 *
 * @example
 *   const rows = publicationRows(post.publications, t('post.segments.everyoneElse'));
 */
import type { ChartOption } from '../../components/Chart';

interface PublicationLike {
  id: string;
  segmentId: string | null;
  segmentName: string | null;
  network: string;
  status: string;
  scheduledAt: string | null;
  timeZone: string;
  dueLocal: string | null;
}

export interface SegmentRow {
  segmentId: string | null;
  segmentName: string | null;
  engagementRate: number | null;
  clicks: number;
  best: boolean;
}

/** The section is shown only for posts with at least one segment variant. */
export function hasSegmentVariants(publications: readonly { segmentId: string | null }[]): boolean {
  return publications.some((p) => p.segmentId !== null);
}

/** A segment's name; the default publications are for "everyone else". A deleted-then-unnamed segment keeps its id. */
export function segmentLabel(row: { segmentId: string | null; segmentName: string | null }, everyoneElse: string): string {
  return row.segmentId === null ? everyoneElse : (row.segmentName ?? row.segmentId);
}

/** "2027-01-15 04:00 UTC": the instant as the server keeps it. */
export function utcText(iso: string | null): string | null {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : null;
}

/** "2027-01-15 12:00 (Asia/Singapore)": the same instant on the clock of the zone it was set in. */
export function localText(dueLocal: string | null, timeZone: string): string | null {
  return dueLocal ? `${dueLocal.replace('T', ' ')} (${timeZone})` : null;
}

/** Publications by segment name, the default ones ("everyone else") last, then by network. */
export function publicationRows<P extends PublicationLike>(publications: readonly P[], everyoneElse: string) {
  return [...publications]
    .map((p) => ({ publication: p, segment: segmentLabel(p, everyoneElse), dueUtc: utcText(p.scheduledAt), dueLocal: localText(p.dueLocal, p.timeZone) }))
    .sort(
      (a, b) =>
        Number(a.publication.segmentId === null) - Number(b.publication.segmentId === null) ||
        a.segment.localeCompare(b.segment) ||
        a.publication.network.localeCompare(b.publication.network),
    );
}

/** "4.2 %" in the reader's language, or a dash without a rate. */
export function rateText(rate: number | null, language: string): string {
  return rate === null ? '—' : new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 }).format(rate);
}

const BEST = '#2e9d48';
const RATE = '#3451d1';
const CLICKS = '#d9822b';

/** Bars per variant: engagement rate (%) on the left axis, clicks on the right; the best variant's bars in green. */
export function segmentsChartOption(rows: readonly SegmentRow[], labels: { everyoneElse: string; rate: string; clicks: string }): ChartOption {
  const names = rows.map((r) => segmentLabel(r, labels.everyoneElse));
  const colored = (value: number | null, row: SegmentRow, color: string) => ({ value, itemStyle: { color: row.best ? BEST : color } });
  return {
    grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: names },
    yAxis: [
      // Axis names start at the axis and run inwards, so a long name is never cut at the chart's edge.
      { type: 'value', name: labels.rate, nameTextStyle: { align: 'left' }, axisLabel: { formatter: '{value} %' } },
      { type: 'value', name: labels.clicks, nameTextStyle: { align: 'right' }, minInterval: 1 },
    ],
    series: [
      {
        type: 'bar',
        name: labels.rate,
        yAxisIndex: 0,
        data: rows.map((r) => colored(r.engagementRate === null ? null : Math.round(r.engagementRate * 10_000) / 100, r, RATE)),
      },
      { type: 'bar', name: labels.clicks, yAxisIndex: 1, data: rows.map((r) => colored(r.clicks, r, CLICKS)), itemStyle: { opacity: 0.6 } },
    ],
  };
}
