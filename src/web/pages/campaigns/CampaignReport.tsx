/**
 * A campaign's results (`GET …/campaigns/{id}/report`): the funnel from impression to sale as a chart, the totals,
 * and one table per breakdown (network, channel, segment, post) with the same figures per row.
 */
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { campaignsApi, type CampaignReport, type CampaignRow } from '../../api-campaigns';
import { useApiQuery } from '../../api/queries';
import type { ChartOption } from '../../components/Chart';
import { DataTable } from '../../components/DataTable';
import { ExportPdfButton } from '../../components/ExportPdfButton';
import { Select } from '../../components/Select';
import { StatsSection } from '../../components/StatsSection';
import { pdfFileName } from '../../lib/pdf/text';
import { useWorkspace } from '../../session';
import { BREAKDOWNS, FIGURE_KEYS, rowFigures, rowLabel, type Breakdown } from './reportCells';

// ECharts loads with the first report shown, not with the app (as in PostMetrics).
const Chart = lazy(() => import('../../components/Chart').then((m) => ({ default: m.Chart })));

export function CampaignReportSection({ workspaceId, campaignId }: { workspaceId: string; campaignId: string }) {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const box = useRef<HTMLDivElement>(null);
  const report = useApiQuery(['campaign-report', workspaceId, campaignId], () => campaignsApi.report(workspaceId, campaignId));
  const data = report.data;
  const pdf = data ? (
    <ExportPdfButton
      root={box}
      fileName={pdfFileName('campaign', workspace.name, data.campaign.startsAt, data.campaign.endsAt, data.campaign.name)}
      report={async (images) => (await import('./campaignPdf')).campaignPdf({ data, images, workspace: workspace.name, t, language: i18n.language })}
      testId="campaign-pdf"
    />
  ) : null;
  return (
    <div ref={box}>
      <StatsSection titleId="campaign-report-title" title={t('campaigns.report.title')} intro={t('campaigns.report.intro')} testId="campaign-report" query={report} tools={pdf}>
        {(loaded) => <ReportBody data={loaded} />}
      </StatsSection>
    </div>
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

function Figures({ rows, head, by }: { rows: CampaignRow[]; head: string; by?: Breakdown }) {
  const { t, i18n } = useTranslation();
  return (
    // Eleven columns: on a narrow screen the table scrolls sideways instead of squeezing the figures.
    <div style={{ overflowX: 'auto' }}>
      <DataTable className="data-table" columns={[head, ...FIGURE_KEYS.map((key) => ({ label: t(`campaigns.report.${key}`), num: true }))]}>
        {rows.map((r) => (
          <tr key={r.key ?? 'none'} data-testid="campaign-row">
            <th scope="row">{by ? rowLabel(r, by, t('campaigns.report.none')) : head}</th>
            {rowFigures(r, i18n.language).map((value, i) => (
              <td key={FIGURE_KEYS[i]} className="num">
                {value}
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
