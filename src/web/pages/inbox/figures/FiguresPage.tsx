/**
 * `#/inbox/figures`: how the team keeps up with the inbox over a range of days. Key figures, items per day stacked by
 * sentiment, and first-reply time and time to done per teammate and per channel — medians and 90th percentiles in
 * business time — then the business hours they are counted in (admins change them here).
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { figuresApi, type TeamFigures } from '../../../api-figures';
import { useApiQuery } from '../../../api/queries';
import { DataTable } from '../../../components/DataTable';
import { Field } from '../../../components/Field';
import { PageHeader } from '../../../components/PageHeader';
import { Kpis, StatsSection } from '../../../components/StatsSection';
import type { ChartOption } from '../../../components/Chart';
import { can } from '../../../lib/roles';
import { Link } from '../../../router';
import { useWorkspace } from '../../../session';
import { BusinessHoursSection } from './BusinessHoursSection';
import { duration } from './format';
import './figures.css';

// ECharts loads with the first chart shown, in its own chunk (like the link statistics).
const Chart = lazy(() => import('../../../components/Chart').then((m) => ({ default: m.Chart })));

const SENTIMENTS = [
  { key: 'positive', color: '#2e9d48' },
  { key: 'neutral', color: '#8a94a6' },
  { key: 'negative', color: '#c8372d' },
  { key: 'unknown', color: '#cfd5df' },
] as const;

export function FiguresPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const [range, setRange] = useState<{ from?: string; to?: string }>({});
  const [channelId, setChannelId] = useState('');
  const query = { ...range, ...(channelId ? { channelId } : {}) };
  const figures = useApiQuery(['inbox-figures', workspace.id, query], () => figuresApi.figures(workspace.id, query));
  const hours = useApiQuery(['business-hours', workspace.id], () => figuresApi.hours(workspace.id));
  const channels = useApiQuery(['channels', workspace.id], () => api.listChannels(workspace.id));
  // The hours section is shown afresh once the saved hours come back; which save was this person's is kept here.
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const shown = figures.data;

  const tools = (
    <div className="figures__tools">
      <Field label={t('figures.from')}>
        <input type="date" name="from" value={range.from ?? shown?.from ?? ''} onChange={(e) => setRange({ ...range, from: e.target.value || undefined })} />
      </Field>
      <Field label={t('figures.to')}>
        <input type="date" name="to" value={range.to ?? shown?.to ?? ''} onChange={(e) => setRange({ ...range, to: e.target.value || undefined })} />
      </Field>
      <Field label={t('figures.channel')}>
        <select name="channel" value={channelId} onChange={(e) => setChannelId(e.target.value)}>
          <option value="">{t('figures.allChannels')}</option>
          {(channels.data?.channels ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.handle}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );

  return (
    <section className="page figures" data-testid="figures-page">
      <PageHeader title={t('figures.title')} intro={t('figures.intro')}>
        <Link to="/inbox" className="button button--ghost">
          {t('figures.back')}
        </Link>
      </PageHeader>
      <StatsSection titleId="figures-title" title={t('figures.range', { from: shown?.from ?? '…', to: shown?.to ?? '…' })} testId="figures" query={figures} tools={tools}>
        {(data) => <FiguresBody data={data} />}
      </StatsSection>
      {hours.data ? (
        <BusinessHoursSection
          key={hours.data.updatedAt ?? 'default'}
          workspaceId={workspace.id}
          hours={hours.data}
          editable={can.manageMembers(workspace.role)}
          justSaved={savedAt !== null && savedAt === hours.data.updatedAt}
          onSaved={(saved) => {
            setSavedAt(saved.updatedAt);
            hours.reload();
            figures.reload();
          }}
        />
      ) : null}
    </section>
  );
}

function FiguresBody({ data }: { data: TeamFigures }) {
  const { t, i18n } = useTranslation();
  const number = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);
  const option = useMemo(() => volumeOption(data, i18n.language, t), [data, i18n.language, t]);
  const { totals } = data;
  return (
    <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
      <Kpis
        className="kpis--5"
        items={[
          { key: 'received', label: t('figures.kpi.received'), value: number.format(totals.received), testId: 'kpi-received' },
          { key: 'replied', label: t('figures.kpi.replied'), value: number.format(totals.replied), testId: 'kpi-replied', className: 'kpi--uniques' },
          { key: 'firstReply', label: t('figures.kpi.firstReply'), value: duration(totals.firstReply.medianSeconds, t), hint: t('figures.kpi.p90', { value: duration(totals.firstReply.p90Seconds, t) }), testId: 'kpi-first-reply', className: 'kpi--qr' },
          { key: 'done', label: t('figures.kpi.done'), value: number.format(totals.done), testId: 'kpi-done', className: 'kpi--uniques' },
          { key: 'toDone', label: t('figures.kpi.toDone'), value: duration(totals.toDone.medianSeconds, t), hint: t('figures.kpi.p90', { value: duration(totals.toDone.p90Seconds, t) }), testId: 'kpi-to-done', className: 'kpi--qr' },
        ]}
      />
      <div className="card">
        <h3 className="chart-title">{t('figures.perDay')}</h3>
        <ul className="figures__legend">
          {SENTIMENTS.map((s) => (
            <li key={s.key}>
              <span className="figures__swatch" style={{ background: s.color }} aria-hidden="true" />
              {t(`figures.sentiment.${s.key}`)}
            </li>
          ))}
        </ul>
        <Chart option={option} height={260} label={t('figures.perDayLabel', { from: data.from, to: data.to })} testId="figures-chart" />
      </div>
      <div className="card">
        <h3 className="chart-title">{t('figures.byTeammate')}</h3>
        {data.teammates.length === 0 ? <p className="muted">{t('figures.noWork')}</p> : (
          <FiguresTable first={t('figures.teammate')} testId="figures-teammate" rows={data.teammates.map((m) => ({ key: m.user?.id ?? 'unknown', name: m.user?.name ?? t('figures.notRecorded'), figures: m }))} />
        )}
      </div>
      <div className="card">
        <h3 className="chart-title">{t('figures.byChannel')}</h3>
        {data.channels.length === 0 ? <p className="muted">{t('figures.noWork')}</p> : (
          <FiguresTable first={t('figures.channel')} testId="figures-channel" rows={data.channels.map((c) => ({ key: c.channel.id, name: `${c.channel.handle} (${c.channel.network})`, figures: c }))} />
        )}
      </div>
    </Suspense>
  );
}

type Row = { key: string; name: string; figures: Pick<TeamFigures['totals'], 'replied' | 'firstReply' | 'done' | 'toDone'> };

function FiguresTable({ first, rows, testId }: { first: string; rows: Row[]; testId: string }) {
  const { t } = useTranslation();
  const num = (label: string) => ({ label, num: true });
  // Seven columns: on a narrow screen the table scrolls inside its card instead of spilling out of it.
  return (
    <div className="figures__table">
      <DataTable
        className="data-table"
        columns={[first, num(t('figures.col.replied')), num(t('figures.col.firstMedian')), num(t('figures.col.firstP90')), num(t('figures.col.done')), num(t('figures.col.doneMedian')), num(t('figures.col.doneP90'))]}
      >
        {rows.map(({ key, name, figures: f }) => (
          <tr key={key} data-testid={testId}>
            <td>{name}</td>
            <td className="num">{f.replied}</td>
            <td className="num">{duration(f.firstReply.medianSeconds, t)}</td>
            <td className="num">{duration(f.firstReply.p90Seconds, t)}</td>
            <td className="num">{f.done}</td>
            <td className="num">{duration(f.toDone.medianSeconds, t)}</td>
            <td className="num">{duration(f.toDone.p90Seconds, t)}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}

function volumeOption(data: TeamFigures, language: string, t: (key: string) => string): ChartOption {
  const dayFormat = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return {
    grid: { left: 40, right: 16, top: 16, bottom: 32 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: data.days.map((d) => dayFormat.format(new Date(`${d.day}T00:00:00Z`))) },
    yAxis: { type: 'value', minInterval: 1 },
    series: SENTIMENTS.map((s) => ({
      type: 'bar' as const,
      stack: 'items',
      name: t(`figures.sentiment.${s.key}`),
      itemStyle: { color: s.color },
      data: data.days.map((d) => d[s.key]),
    })),
  };
}
