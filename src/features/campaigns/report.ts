/**
 * A campaign's results as one funnel, impressions → engagements → clicks → leads → sales, in total and by network,
 * channel, segment and post. Pure: the service reads the rows (report-repository.ts, metrics `latestOf`).
 *
 * Reach, impressions and engagements come from the latest metrics point of each published publication of the
 * campaign's posts; clicks (human, from the rollups), conversions and share cascades from its links: the tracked
 * links of its posts and any link given the campaign by hand. A link of a publication is counted under that
 * publication's network, channel, segment and post; a link made by hand under "none" for the dimensions it lacks.
 *
 * Leads and sales are conversions by kind: a conversion that carries a value (a currency) or is named "sale",
 * "purchase" or "order" is a sale; every other one (a sign-up, "lead", a download) is a lead.
 *
 * @example
 *   campaignReport({ publications, links, latest, clicks, conversions, shareNodes, names });
 *   // → { total: { impressions: 5200, clicks: 41, leads: { count: 6, values: [] }, kFactor: 0.2, ... },
 *   //     funnel: [{ stage: 'impressions', value: 5200 }, ...], byNetwork: [...], byChannel, bySegment, byPost }
 */
import { cascadeMetrics, type ShareNode } from '../cascades/metrics.js';
import { conversionGroup, type ConversionGroup } from '../collect/reports.js';
import type { MetricsPoint } from '../metrics/repository.js';
import type { CampaignLink, CampaignPublication } from './report-repository.js';

export interface CampaignFigures {
  publications: number;
  links: number;
  /** Sums of the publications' latest points; null when none of them reports the figure. */
  reach: number | null;
  impressions: number | null;
  /** Likes, reposts, replies, quotes and saves. */
  engagements: number;
  /** engagements ÷ impressions, or ÷ reach where no impressions are reported; null without either. */
  engagementRate: number | null;
  clicks: number;
  leads: ConversionGroup;
  sales: ConversionGroup;
  /** Visitors whose shared URL brought at least one visit, and the visits each visitor passed on. */
  shares: number;
  kFactor: number;
}

export interface CampaignBreakdownRow extends CampaignFigures {
  /** The network, channel, segment or post id; null: none (a link made by hand, the default publications). */
  key: string | null;
  label: string | null;
}

export type FunnelStage = 'impressions' | 'engagements' | 'clicks' | 'leads' | 'sales';

export interface CampaignReport {
  total: CampaignFigures;
  funnel: Array<{ stage: FunnelStage; value: number }>;
  byNetwork: CampaignBreakdownRow[];
  byChannel: CampaignBreakdownRow[];
  bySegment: CampaignBreakdownRow[];
  byPost: CampaignBreakdownRow[];
}

export interface CampaignReportInput {
  publications: CampaignPublication[];
  links: CampaignLink[];
  latest: MetricsPoint[];
  clicks: Array<{ link_id: string; clicks: number | string }>;
  conversions: Array<{ link_id: string; name: string; currency: string; conversions: number | string; value: string }>;
  shareNodes: Array<{ token: string; parent_token: string | null; visits: number | string; link_id: string }>;
  names: { channels: Map<string, string>; segments: Map<string, string>; posts: Map<string, string> };
}

const SALE_NAMES = new Set(['sale', 'purchase', 'order']);

/** A conversion with a value, or named like a sale, is a sale; any other is a lead. */
export function isSale(c: { name: string; currency: string }): boolean {
  return c.currency !== '' || SALE_NAMES.has(c.name.trim().toLowerCase());
}

interface Dims {
  network: string | null;
  channel: string | null;
  segment: string | null;
  post: string | null;
}
type Dimension = keyof Dims;

export function campaignReport(input: CampaignReportInput): CampaignReport {
  const pubDims = new Map(input.publications.map((p) => [p.id, { network: p.network, channel: p.channel_id, segment: p.segment_id, post: p.post_id } as Dims]));
  const linkDims = new Map(
    input.links.map((l) => {
      const own = l.publication_id ? pubDims.get(l.publication_id) : undefined;
      return [l.id, own ?? { network: l.network, channel: l.channel_id, segment: null, post: l.post_id }] as const;
    }),
  );
  const everything = { pubs: new Set(pubDims.keys()), links: new Set(linkDims.keys()) };
  const total = figuresOf(everything, input);
  const by = (dim: Dimension, label: (key: string) => string | null) => breakdown(dim, label, pubDims, linkDims, input);
  const { channels, segments, posts } = input.names;
  return {
    total,
    funnel: [
      { stage: 'impressions', value: total.impressions ?? total.reach ?? 0 },
      { stage: 'engagements', value: total.engagements },
      { stage: 'clicks', value: total.clicks },
      { stage: 'leads', value: total.leads.count },
      { stage: 'sales', value: total.sales.count },
    ],
    byNetwork: by('network', (k) => k),
    byChannel: by('channel', (k) => channels.get(k) ?? null),
    bySegment: by('segment', (k) => segments.get(k) ?? null),
    byPost: by('post', (k) => posts.get(k) ?? null),
  };
}

function breakdown(dim: Dimension, label: (key: string) => string | null, pubDims: Map<string, Dims>, linkDims: Map<string, Dims>, input: CampaignReportInput) {
  const groups = new Map<string | null, { pubs: Set<string>; links: Set<string> }>();
  const at = (key: string | null) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { pubs: new Set(), links: new Set() }));
    return g;
  };
  for (const [id, d] of pubDims) at(d[dim]).pubs.add(id);
  for (const [id, d] of linkDims) at(d[dim]).links.add(id);
  const rows = [...groups].map(([key, g]) => ({ key, label: key === null ? null : label(key), ...figuresOf(g, input) }));
  // Most impressions first, then most clicks; "none" last.
  return rows.sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : (b.impressions ?? b.reach ?? 0) - (a.impressions ?? a.reach ?? 0) || b.clicks - a.clicks));
}

const sumOrNull = (values: Array<number | null>): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
};

function figuresOf(g: { pubs: Set<string>; links: Set<string> }, input: CampaignReportInput): CampaignFigures {
  const latest = input.latest.filter((m) => g.pubs.has(m.publication_id));
  const reach = sumOrNull(latest.map((m) => m.reach));
  const impressions = sumOrNull(latest.map((m) => m.impressions));
  const engagements = latest.reduce((n, m) => n + m.likes + m.reposts + m.replies + (m.quotes ?? 0) + (m.saves ?? 0), 0);
  const base = impressions || reach;
  const conversions = input.conversions.filter((c) => g.links.has(c.link_id));
  const cascade = cascadeOf(input.shareNodes.filter((n) => g.links.has(n.link_id)));
  return {
    publications: g.pubs.size,
    links: g.links.size,
    reach,
    impressions,
    engagements,
    engagementRate: base ? engagements / base : null,
    clicks: input.clicks.filter((c) => g.links.has(c.link_id)).reduce((n, c) => n + Number(c.clicks), 0),
    leads: conversionGroup(conversions.filter((c) => !isSale(c))),
    sales: conversionGroup(conversions.filter(isSale)),
    shares: cascade.shares,
    kFactor: cascade.kFactor,
  };
}

/** A child inherits its parent's link, so a group's tokens form whole trees; an orphan counts as a root. */
function cascadeOf(rows: CampaignReportInput['shareNodes']) {
  const tokens = new Set(rows.map((r) => r.token));
  const nodes: ShareNode[] = rows.map((r) => ({
    id: r.token,
    parentId: r.parent_token !== null && tokens.has(r.parent_token) ? r.parent_token : null,
    visits: Number(r.visits),
  }));
  return cascadeMetrics(nodes);
}
