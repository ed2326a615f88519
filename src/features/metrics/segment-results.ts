/**
 * Results per segment variant of a post: the publications made for one segment (on every channel) summed into one
 * row, beside the row of the default publications ("everyone else"). Pure: the service reads the rows and names.
 *
 * @example
 *   segmentResults({ publications, latest, clicks, conversions, shareNodes, segmentNames });
 *   // → [{ segmentId: 'seg-1', segmentName: 'Hot now', publications: 2, reach: 900, ..., best: true }, ...]
 */
import { cascadeMetrics, type ShareNode } from '../cascades/metrics.js';
import { conversionGroup, type ValueSum } from '../collect/reports.js';
import type { MetricsPoint } from './repository.js';

export interface SegmentResult {
  /** Null for the default publications, which go to everyone outside every segment. */
  segmentId: string | null;
  segmentName: string | null;
  publications: number;
  /** Sums of the publications' latest points; null when none of them reports the figure. */
  reach: number | null;
  impressions: number | null;
  /** Likes, reposts, replies, quotes and saves (as the post's metrics chart counts engagement). */
  engagements: number;
  /** engagements ÷ impressions, or ÷ reach where no impressions are reported; null without either. */
  engagementRate: number | null;
  clicks: number;
  conversions: number;
  conversionValue: ValueSum[];
  /** Visitors whose shared URL brought at least one visit (the cascades' `shares`). */
  shares: number;
  best: boolean;
}

export interface SegmentResultsInput {
  publications: Array<{ id: string; segment_id: string | null }>;
  latest: MetricsPoint[];
  clicks: Array<{ publication_id: string; clicks: number | string }>;
  conversions: Array<{ publication_id: string; conversions: number | string; currency: string; value: string }>;
  shareNodes: Array<{ token: string; parent_token: string | null; visits: number | string; publication_id: string | null }>;
  segmentNames: Map<string, string>;
}

const sumOrNull = (values: Array<number | null>): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
};

/** One row per segment (by name), the default row last; `best` set by {@link markBest}. */
export function segmentResults(input: SegmentResultsInput): SegmentResult[] {
  const groups = new Map<string | null, string[]>();
  for (const p of input.publications) groups.set(p.segment_id, [...(groups.get(p.segment_id) ?? []), p.id]);
  const rows = [...groups].map(([segmentId, ids]) => resultOf(segmentId, new Set(ids), input));
  rows.sort((a, b) => (a.segmentId === null ? 1 : b.segmentId === null ? -1 : (a.segmentName ?? '').localeCompare(b.segmentName ?? '')));
  return markBest(rows);
}

function resultOf(segmentId: string | null, ids: Set<string>, input: SegmentResultsInput): SegmentResult {
  const latest = input.latest.filter((m) => ids.has(m.publication_id));
  const reach = sumOrNull(latest.map((m) => m.reach));
  const impressions = sumOrNull(latest.map((m) => m.impressions));
  const engagements = latest.reduce((n, m) => n + m.likes + m.reposts + m.replies + (m.quotes ?? 0) + (m.saves ?? 0), 0);
  const base = impressions || reach;
  const converted = conversionGroup(input.conversions.filter((c) => ids.has(c.publication_id)));
  return {
    segmentId,
    segmentName: segmentId === null ? null : (input.segmentNames.get(segmentId) ?? null),
    publications: ids.size,
    reach,
    impressions,
    engagements,
    engagementRate: base ? engagements / base : null,
    clicks: input.clicks.filter((c) => ids.has(c.publication_id)).reduce((n, c) => n + Number(c.clicks), 0),
    conversions: converted.count,
    conversionValue: converted.values,
    shares: sharesOf(input.shareNodes.filter((n) => n.publication_id !== null && ids.has(n.publication_id))),
    best: false,
  };
}

/** A child inherits its parent's publication, so a segment's tokens form whole trees; an orphan counts as a root. */
function sharesOf(rows: SegmentResultsInput['shareNodes']): number {
  const tokens = new Set(rows.map((r) => r.token));
  const nodes: ShareNode[] = rows.map((r) => ({
    id: r.token,
    parentId: r.parent_token !== null && tokens.has(r.parent_token) ? r.parent_token : null,
    visits: Number(r.visits),
  }));
  return cascadeMetrics(nodes).shares;
}

/**
 * Marks the best variant: highest engagement rate, then most clicks; every row tied on both is marked. Nothing is
 * marked with fewer than two rows (nothing to compare) or when no row has a rate or a click yet.
 */
export function markBest(rows: SegmentResult[]): SegmentResult[] {
  const withData = rows.filter((r) => r.engagementRate !== null || r.clicks > 0);
  if (rows.length < 2 || withData.length === 0) return rows.map((r) => ({ ...r, best: false }));
  const rank = (r: SegmentResult): [number, number] => [r.engagementRate ?? -1, r.clicks];
  const top = withData.map(rank).reduce((a, b) => (b[0] > a[0] || (b[0] === a[0] && b[1] > a[1]) ? b : a));
  return rows.map((r) => {
    const [rate, clicks] = rank(r);
    return { ...r, best: (r.engagementRate !== null || r.clicks > 0) && rate === top[0] && clicks === top[1] };
  });
}
