/**
 * A link's clicks over the last 7, 30 or 90 days: totals as cards, clicks per day as a line, and a bar chart per
 * breakdown (country, device, OS, browser, referrer, network, rule) that has data. The period is chosen here and
 * shared with the page (conversions follow it).
 */
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LINK_DIMENSIONS } from '../../api';
import { Kpis, StatsSection } from '../../components/StatsSection';
import { barsHeight, barsOption, dailyLineOption } from './charts';
import { dailySeries, valueLabel } from './statsValues';
import { RANGES, useLinkStats, type RangeDays } from './useLinkData';

// ECharts is most of the app's weight: it loads with the first statistics shown, not with the app.
const Chart = lazy(() => import('../../components/Chart').then((m) => ({ default: m.Chart })));

const KPIS = ['clicks', 'uniques', 'qr', 'bots'] as const;

interface Props {
  workspaceId: string;
  linkId: string;
  range: RangeDays;
  onRange(days: RangeDays): void;
}

export function LinkStats({ workspaceId, linkId, range, onRange }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const stats = useLinkStats(workspaceId, linkId, range);
  const data = stats.data;
  const number = useMemo(() => new Intl.NumberFormat(language), [language]);

  const seriesOption = useMemo(() => {
    if (!data) return null;
    const points = dailySeries(data);
    const dayFormat = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const labels = points.map((p) => dayFormat.format(new Date(`${p.day}T00:00:00Z`)));
    return dailyLineOption(labels, points.map((p) => p.clicks), t('links.stats.clicks'));
  }, [data, language, t]);

  const breakdowns = useMemo(() => {
    if (!data) return [];
    return LINK_DIMENSIONS.map((dim) => ({ dim, rows: (data.breakdowns[dim] ?? []).slice(0, 10) })).filter((b) => b.rows.length > 0);
  }, [data]);
  const emptyDims = data ? LINK_DIMENSIONS.filter((dim) => !(data.breakdowns[dim] ?? []).length) : [];

  const rangePicker = (
    <div className="segmented" role="group" aria-label={t('links.stats.range')}>
      {RANGES.map((days) => (
        <button key={days} type="button" aria-pressed={range === days} onClick={() => onRange(days)}>
          {t('links.stats.days', { n: days })}
        </button>
      ))}
    </div>
  );

  return (
    <StatsSection titleId="link-stats-title" title={t('links.stats.title')} testId="link-stats" query={stats} tools={rangePicker}>
      {(data) => (
        <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
          <Kpis items={KPIS.map((key) => ({ key, label: t(`links.stats.kpi.${key}`), value: number.format(Number(data.totals[key])), className: `kpi--${key}`, testId: `kpi-${key}` }))} />
          {Number(data.totals.clicks) === 0 && Number(data.totals.bots) === 0 ? (
            <div className="card">
              <p className="empty" data-testid="stats-empty">
                {t('links.stats.empty', { n: range })}
              </p>
            </div>
          ) : (
            <>
              <div className="card">
                <h3 className="chart-title">{t('links.stats.perDay')}</h3>
                {seriesOption ? <Chart option={seriesOption} height={240} label={t('links.stats.perDayLabel', { n: range })} testId="chart-series" /> : null}
              </div>
              <div className="breakdowns">
                {breakdowns.map(({ dim, rows }) => (
                  <div key={dim} className="card breakdown" data-testid={`breakdown-${dim}`}>
                    <h3 className="chart-title">{t(`links.stats.dims.${dim}`)}</h3>
                    <Chart option={barsOption(rows.map((r) => valueLabel(dim, r.value, t, language)), rows.map((r) => Number(r.clicks)), t('links.stats.clicks'))}
                      height={barsHeight(rows.length)} label={t(`links.stats.dims.${dim}`)} />
                  </div>
                ))}
              </div>
              {emptyDims.length ? (
                <p className="muted stats__none">
                  {t('links.stats.noData', { dims: emptyDims.map((d) => t(`links.stats.dims.${d}`)).join(', ') })}
                </p>
              ) : null}
            </>
          )}
        </Suspense>
      )}
    </StatsSection>
  );
}
