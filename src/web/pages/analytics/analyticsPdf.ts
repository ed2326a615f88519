/**
 * The analytics view as a PDF report: the same key figures, charts and breakdowns as the page, and the top posts,
 * with the workspace, the period, the filters and when it was made, in the reader's language.
 */
import type { TFunction } from 'i18next';
import type { Analytics, TopPosts } from '../../api-analytics';
import type { ChartImage } from '../../lib/pdf/chartImages';
import type { PdfBlock, PdfReport } from '../../lib/pdf/layout';
import { reportMeta } from '../../lib/pdf/meta';
import { formatDate, networkLabel } from '../links/format';

export interface AnalyticsPdfInput {
  data: Analytics;
  top: TopPosts | null;
  images: ChartImage[];
  workspace: string;
  /** The chosen channel and campaign, as the page names them (empty for all). */
  filters: string[];
  t: TFunction;
  language: string;
  now?: Date;
}

const KPIS = ['impressions', 'engagements', 'engagementRate', 'linkClicks', 'published'] as const;
type Row = Analytics['byNetwork'][number];

export function analyticsPdf({ data, top, images, workspace, filters, t, language, now }: AnalyticsPdfInput): PdfReport {
  const number = new Intl.NumberFormat(language);
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 });
  const rate = (r: number | null) => (r === null ? '—' : percent.format(r));
  const change = (key: (typeof KPIS)[number]) => {
    const c = data.previous?.change[key];
    if (c === undefined) return '';
    if (c === null) return ` (${t('analytics.noChange')})`;
    return ` (${t('pdf.change', { value: new Intl.NumberFormat(language, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(c) })})`;
  };
  const value = (key: (typeof KPIS)[number]) => (key === 'engagementRate' ? rate(data.totals.engagementRate) : number.format(data.totals[key]));
  const head = [t('analytics.kpi.impressions'), t('analytics.kpi.engagements'), t('analytics.kpi.engagementRate'), t('analytics.kpi.linkClicks'), t('analytics.kpi.published')];
  const cells = (r: Row) => [number.format(r.impressions), number.format(r.engagements), rate(r.engagementRate), number.format(r.linkClicks), number.format(r.published)];
  const blocks: PdfBlock[] = [
    { kind: 'heading', text: t('pdf.keyFigures') },
    { kind: 'figures', rows: KPIS.map((key) => ({ label: t(`analytics.kpi.${key}`), value: `${value(key)}${change(key)}` })) },
    ...images.map((image): PdfBlock => ({ kind: 'image', ...image })),
  ];
  if (data.byNetwork.length) {
    blocks.push({ kind: 'heading', text: t('pdf.byNetwork') }, { kind: 'table', head: [t('pdf.network'), ...head], rows: data.byNetwork.map((r) => [networkLabel(r.network), ...cells(r)]) });
  }
  if (data.byChannel.length) {
    blocks.push({ kind: 'heading', text: t('pdf.byChannel') }, { kind: 'table', head: [t('analytics.channel'), ...head], rows: data.byChannel.map((r) => [`${r.name} (${networkLabel(r.network)})`, ...cells(r)]) });
  }
  if (top?.posts.length) {
    blocks.push(
      { kind: 'heading', text: t('analytics.top.title') },
      {
        kind: 'table',
        head: [t('analytics.top.post'), t('analytics.top.published'), t('analytics.kpi.impressions'), t('analytics.kpi.engagementRate'), t('analytics.top.clicks'), t('analytics.top.conversions')],
        rows: top.posts.map((p) => [
          `${p.text.slice(0, 140) || t('analytics.top.noText')} · ${p.channelName}`,
          formatDate(p.publishedAt, language),
          number.format(p.impressions),
          rate(p.engagementRate),
          number.format(p.clicks),
          number.format(p.conversions),
        ]),
      },
    );
  }
  blocks.push({ kind: 'text', text: t('analytics.utcNote') });
  return {
    title: t('pdf.analyticsTitle', { workspace }),
    meta: reportMeta(t, language, workspace, data.from, data.to, filters.length ? t('pdf.filters', { filters: filters.join(', ') }) : t('pdf.noFilters'), now),
    blocks,
    footer: workspace,
    pageLabel: (n, total) => t('pdf.page', { n, total }),
  };
}
