/**
 * A campaign's results (`GET …/campaigns/{id}/report`): the funnel from impression to sale as a chart, the totals,
 * and one table per breakdown (network, channel, segment, post) with the same figures per row.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { campaignsApi, type CampaignReport, type CampaignRow } from '../../api-campaigns';
import { useApiQuery } from '../../api/queries';
import type { ChartOption } from '../../components/Chart';
import { DataTable } from '../../components/DataTable';
import { Select } from '../../components/Select';
import { StatsSection } from '../../components/StatsSection';
import { formatMoney } from '../links/ConversionsTable';
import { networkLabel } from '../links/format';
import { rateText } from '../posts/segmentsView';

// ECharts loads with the first report shown, not with the app (as in PostMetrics).
const Chart = lazy(() => import('../../components/Chart').then((m) => ({ default: m.Chart })));

const BREAKDOWNS = ['byNetwork', 'byChannel', 'bySegment', 'byPost'] as const;
type Breakdown = (typeof BREAKDOWNS)[number];

export function CampaignReportSection({ workspaceId, campaignId }: { workspaceId: string; campaignId: string }) {
  const { t } = useTranslation();
  const report = useApiQuery(['campaign-report', workspaceId, campaignId], () => campaignsApi.report(workspaceId, campaignId));
  return (
    <StatsSection titleId="campaign-report-title" title={t('campaigns.report.title')} intro={t('campaigns.report.intro')} testId="campaign-report" query={report}>
      {(data) => <ReportBody data={data} />}
    </StatsSection>
  );
}

/** The funnel as ECharts draws it: widest at impressions, each stage's count in its label. */
export function funnelOption(funnel: CampaignReport['funnel'], name: (stage: string) => string, format: (n: number) => string): ChartOption {
  const top = Math.max(1, ...funnel.map((s) => s.value));
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c}' },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        min: 0,
        max: top,
        minSize: '8%',
        left: '10%',
        width: '80%',
        label: { show: true, position: 'inside', formatter: (p: { name: string; value: unknown }) => `${p.name}: ${format(Number(p.value))}` },
        data: funnel.map((s) => ({ name: name(s.stage), value: s.value })),
      },
    ],
  };
}

function ReportBody({ data }: { data: CampaignReport }) {
  const { t, i18n } = useTranslation();
  const [by, setBy] = useState<Breakdown>('byNetwork');
  const number = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);
  const option = useMemo(
    () => funnelOption(data.funnel, (stage) => t(`campaigns.report.stages.${stage}`), (n) => number.format(n)),
    [data.funnel, number, t],
  );
  const choices = BREAKDOWNS.map((b) => ({ value: b, label: t(`campaigns.report.${b}`) }));
  return (
    <>
      <div className="card">
        <h3 className="chart-title">{t('campaigns.report.funnel')}</h3>
        <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
          <Chart option={option} height={260} label={t('campaigns.report.funnelLabel')} testId="campaign-funnel" />
        </Suspense>
        <Figures rows={[{ ...data.total, key: 'total', label: t('campaigns.report.total') }]} head={t('campaigns.report.total')} />
      </div>
      <div className="card">
        <div className="campaign-report__by">
          <h3 className="chart-title">{t('campaigns.report.breakdown')}</h3>
          <Select<Breakdown> aria-label={t('campaigns.report.breakdown')} value={by} choices={choices} onValue={setBy} data-testid="campaign-breakdown" />
        </div>
        {data[by].length === 0 ? <p className="muted">{t('campaigns.report.nothing')}</p> : <Figures rows={data[by]} head={t(`campaigns.report.${by}`)} by={by} />}
      </div>
    </>
  );
}

function rowLabel(row: CampaignRow, by: Breakdown | undefined, none: string): string {
  if (row.key === null) return none;
  if (by === 'byNetwork') return networkLabel(row.key);
  return row.label ?? row.key;
}

function Figures({ rows, head, by }: { rows: CampaignRow[]; head: string; by?: Breakdown }) {
  const { t, i18n } = useTranslation();
  const number = useMemo(() => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }), [i18n.language]);
  const count = (n: number | null) => (n === null ? '—' : number.format(n));
  const money = (g: CampaignRow['sales']) => (g.values.length ? formatMoney(g.values, i18n.language) : '—');
  const keys = ['reach', 'impressions', 'engagements', 'engagementRate', 'clicks', 'leads', 'sales', 'value', 'shares', 'kFactor'] as const;
  return (
    // Eleven columns: on a narrow screen the table scrolls sideways instead of squeezing the figures.
    <div style={{ overflowX: 'auto' }}>
      <DataTable className="data-table" columns={[head, ...keys.map((key) => ({ label: t(`campaigns.report.${key}`), num: true }))]}>
        {rows.map((r) => (
          <tr key={r.key ?? 'none'} data-testid="campaign-row">
            <th scope="row">{by ? rowLabel(r, by, t('campaigns.report.none')) : head}</th>
            <td className="num">{count(r.reach)}</td>
            <td className="num">{count(r.impressions)}</td>
            <td className="num">{count(r.engagements)}</td>
            <td className="num">{rateText(r.engagementRate, i18n.language)}</td>
            <td className="num">{count(r.clicks)}</td>
            <td className="num">{count(r.leads.count)}</td>
            <td className="num">{count(r.sales.count)}</td>
            <td className="num">{money(r.sales)}</td>
            <td className="num">{count(r.shares)}</td>
            <td className="num">{count(r.kFactor)}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
