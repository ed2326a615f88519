/** A campaign report row's name and figures as text: shared by the report's tables and its PDF. */
import type { CampaignRow } from '../../api-campaigns';
import { formatMoney } from '../links/ConversionsTable';
import { networkLabel } from '../links/format';
import { rateText } from '../posts/segmentsView';

export const BREAKDOWNS = ['byNetwork', 'byChannel', 'bySegment', 'byPost'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** The figure columns, in order (each one's heading is `campaigns.report.<key>`). */
export const FIGURE_KEYS = ['reach', 'impressions', 'engagements', 'engagementRate', 'clicks', 'leads', 'sales', 'value', 'shares', 'kFactor'] as const;

export function rowLabel(row: CampaignRow, by: Breakdown | undefined, none: string): string {
  if (row.key === null) return none;
  if (by === 'byNetwork') return networkLabel(row.key);
  return row.label ?? row.key;
}

/** The row's figures in FIGURE_KEYS order; '—' where there is nothing to count. */
export function rowFigures(row: Omit<CampaignRow, 'key' | 'label'>, language: string): string[] {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const count = (n: number | null) => (n === null ? '—' : number.format(n));
  return [
    count(row.reach),
    count(row.impressions),
    count(row.engagements),
    rateText(row.engagementRate, language),
    count(row.clicks),
    count(row.leads.count),
    count(row.sales.count),
    row.sales.values.length ? formatMoney(row.sales.values, language) : '—',
    count(row.shares),
    count(row.kFactor),
  ];
}
