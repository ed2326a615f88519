/**
 * `#/analytics`: the metrics Chorus collected, per day over a period (the last 7, 28 or 90 days, or chosen days),
 * for the workspace or one channel: key figures with their change from the previous period, impressions,
 * engagements and clicks per day, the same per network and per channel, and the top posts (exportable as CSV).
 */
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { analyticsApi, type Analytics } from '../../api-analytics';
import { useApiQuery } from '../../api/queries';
import { campaignsApi } from '../../api-campaigns';
import { AudienceSection } from './AudienceSection';
import { ReportsSection } from './ReportsSection';
import { ExportPdfButton } from '../../components/ExportPdfButton';
import { Field } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { Kpis, StatsSection } from '../../components/StatsSection';
import type { ChartImage } from '../../lib/pdf/chartImages';
import { pdfFileName } from '../../lib/pdf/text';
import { useWorkspace } from '../../session';
import { networkLabel } from '../links/format';
import { barsHeight, dailyOption, impressionsBars, LINES } from './charts';
import { periodRange, PRESETS, type Period } from './range';
import { TopPostsSection } from './TopPostsSection';
import './analytics.css';

// ECharts loads with the first chart shown, in its own chunk (like the link statistics).
const Chart = lazy(() => import('../../components/Chart').then((m) => ({ default: m.Chart })));

const KPIS = ['impressions', 'engagements', 'engagementRate', 'linkClicks', 'published'] as const;

export function AnalyticsPage() {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const page = useRef<HTMLElement>(null);
  const [period, setPeriod] = useState<Period>({ preset: 28 });
  const [compare, setCompare] = useState(true);
  const [channelId, setChannelId] = useState('');
  const [campaignId, setCampaignId] = useState('');
  const range = periodRange(period);
  const scope = { ...range, ...(channelId ? { channelId } : {}), ...(campaignId ? { campaignId } : {}) };
  const query = { ...scope, compare: compare ? ('previous' as const) : ('none' as const) };
  const figures = useApiQuery(['analytics', workspace.id, query], () => analyticsApi.analytics(workspace.id, query));
  const channels = useApiQuery(['channels', workspace.id], () => api.listChannels(workspace.id));
  const campaigns = useApiQuery(['campaigns', workspace.id, false], () => campaignsApi.list(workspace.id));
  const channel = channels.data?.channels.find((c) => c.id === channelId);
  const campaign = campaigns.data?.campaigns.find((c) => c.id === campaignId);
  // The PDF holds what the page shows, plus the top posts by engagement rate (read when the export is asked for);
  // its making loads with the first export, like jsPDF.
  const pdfReport = async (images: ChartImage[]) => {
    const data = figures.data;
    if (!data) throw new Error('The figures are not loaded yet.');
    const [{ analyticsPdf }, top] = await Promise.all([
      import('./analyticsPdf'),
      analyticsApi.topPosts(workspace.id, { ...scope, sort: 'engagementRate', limit: 20 }).catch(() => null),
    ]);
    const filters = [...(channel ? [`${channel.handle} (${networkLabel(channel.network)})`] : []), ...(campaign ? [campaign.name] : [])];
    return analyticsPdf({ data, top, images, workspace: workspace.name, filters, t, language: i18n.language });
  };

  const tools = (
    <div className="analytics__tools">
      <div className="segmented" role="group" aria-label={t('analytics.period')}>
        {PRESETS.map((days) => (
          <button key={days} type="button" aria-pressed={period.preset === days} onClick={() => setPeriod({ preset: days })}>
            {t('analytics.lastDays', { n: days })}
          </button>
        ))}
        <button type="button" aria-pressed={period.preset === 'custom'} onClick={() => setPeriod({ preset: 'custom', ...range })}>
          {t('analytics.custom')}
        </button>
      </div>
      {period.preset === 'custom' ? (
        <>
          <Field label={t('analytics.from')}>
            <input type="date" name="from" value={period.from} onChange={(e) => e.target.value && setPeriod({ ...period, from: e.target.value })} />
          </Field>
          <Field label={t('analytics.to')}>
            <input type="date" name="to" value={period.to} onChange={(e) => e.target.value && setPeriod({ ...period, to: e.target.value })} />
          </Field>
        </>
      ) : null}
      <Field label={t('analytics.channel')}>
        <select name="channel" value={channelId} onChange={(e) => setChannelId(e.target.value)}>
          <option value="">{t('analytics.allChannels')}</option>
          {(channels.data?.channels ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.handle} ({networkLabel(c.network)})
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('analytics.campaign')}>
        <select name="campaign" value={campaignId} onChange={(e) => setCampaignId(e.target.value)}>
          <option value="">{t('analytics.allCampaigns')}</option>
          {(campaigns.data?.campaigns ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
      <label className="analytics__compare">
        <input type="checkbox" name="compare" checked={compare} onChange={(e) => setCompare(e.target.checked)} /> {t('analytics.compare')}
      </label>
      <a className="button button--secondary" href={analyticsApi.analyticsCsvUrl(workspace.id, query)} download data-testid="analytics-csv">
        {t('analytics.exportCsv')}
      </a>
      <ExportPdfButton root={page} fileName={pdfFileName('analytics', workspace.name, range.from, range.to)} report={pdfReport} disabled={!figures.data} testId="analytics-pdf" />
    </div>
  );

  return (
    <section className="page analytics" data-testid="analytics-page" ref={page}>
      <PageHeader title={t('analytics.title')} intro={t('analytics.intro')} />
      <StatsSection titleId="analytics-title" title={t('analytics.range', { from: range.from, to: range.to })} testId="analytics" query={figures} tools={tools}>
        {(data) => <AnalyticsBody data={data} />}
      </StatsSection>
      {channelId ? <AudienceSection workspaceId={workspace.id} channelId={channelId} range={range} /> : null}
      <TopPostsSection workspaceId={workspace.id} scope={scope} />
      <ReportsSection scope={{ ...(channelId ? { channelId } : {}), ...(campaignId ? { campaignId } : {}) }} />
    </section>
  );
}

function AnalyticsBody({ data }: { data: Analytics }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const number = useMemo(() => new Intl.NumberFormat(language), [language]);
  const percent = useMemo(() => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 }), [language]);
  const daily = useMemo(() => dailyOption(data, language, (key) => t(`analytics.kpi.${key}`)), [data, language, t]);
  const value = (key: (typeof KPIS)[number]) => (key === 'engagementRate' ? (data.totals.engagementRate === null ? '—' : percent.format(data.totals.engagementRate)) : number.format(data.totals[key]));
  const change = (key: (typeof KPIS)[number]) => {
    const c = data.previous?.change[key];
    if (c === undefined) return undefined;
    if (c === null) return t('analytics.noChange');
    const arrow = c > 0 ? '▲' : c < 0 ? '▼' : '■';
    return t('analytics.change', { arrow, value: new Intl.NumberFormat(language, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(c) });
  };
  const empty = data.series.every((d) => d.impressions === 0 && d.engagements === 0 && d.linkClicks === 0 && d.published === 0);
  return (
    <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
      <Kpis
        className="kpis--5"
        items={KPIS.map((key) => {
          const hint = change(key);
          const c = data.previous?.change[key];
          const trend = c === undefined || c === null || c === 0 ? '' : c > 0 ? ' kpi--up' : ' kpi--down';
          return { key, label: t(`analytics.kpi.${key}`), value: value(key), testId: `kpi-${key}`, className: `analytics__kpi${trend}`, ...(hint ? { hint } : {}) };
        })}
      />
      {empty ? (
        <div className="card">
          <p className="empty" data-testid="analytics-empty">{t('analytics.empty')}</p>
        </div>
      ) : (
        <>
          <div className="card">
            <h3 className="chart-title">{t('analytics.perDay')}</h3>
            <ul className="analytics__legend">
              {LINES.map((line) => (
                <li key={line.key}>
                  <span className="analytics__swatch" style={{ background: line.color }} aria-hidden="true" />
                  {t(`analytics.kpi.${line.key}`)}
                </li>
              ))}
            </ul>
            <Chart option={daily} height={280} label={t('analytics.perDayLabel', { from: data.from, to: data.to })} testId="analytics-chart" />
          </div>
          <div className="breakdowns">
            <div className="card breakdown" data-testid="analytics-networks">
              <h3 className="chart-title">{t('analytics.byNetwork')}</h3>
              <Chart option={impressionsBars(data.byNetwork.map((n) => ({ label: networkLabel(n.network), impressions: n.impressions })), t('analytics.kpi.impressions'))}
                height={barsHeight(data.byNetwork.length)} label={t('analytics.byNetwork')} />
            </div>
            <div className="card breakdown" data-testid="analytics-channels">
              <h3 className="chart-title">{t('analytics.byChannel')}</h3>
              <Chart option={impressionsBars(data.byChannel.map((c) => ({ label: `${c.name} (${networkLabel(c.network)})`, impressions: c.impressions })), t('analytics.kpi.impressions'))}
                height={barsHeight(data.byChannel.length)} label={t('analytics.byChannel')} />
            </div>
          </div>
        </>
      )}
      <p className="muted analytics__note">{t('analytics.utcNote')}</p>
    </Suspense>
  );
}
