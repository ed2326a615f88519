/**
 * A link's clicks over the last 7, 30 or 90 days: totals as cards, clicks per day as a line, and a bar chart per
 * breakdown (country, device, OS, browser, referrer, network, rule) that has data. Values are named in the reader's
 * language (country names from Intl, devices and "direct" from the translations).
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { api, LINK_DIMENSIONS, type LinkDimension, type LinkStats as Stats } from '../../api';
import { useApiQuery } from '../../api/queries';
import { errorText } from '../../lib/errors';
import { Notice } from '../../components/Field';
import type { ChartOption } from '../../components/Chart';

// ECharts is most of the app's weight: it loads with the first statistics shown, not with the app.
const Chart = lazy(() => import('../../components/Chart').then((m) => ({ default: m.Chart })));
import { networkLabel } from './format';

const RANGES = [7, 30, 90] as const;
const DAY_MS = 86_400_000;
const ACCENT = '#3451d1';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const AXIS = { color: '#5f6878', fontFamily: FONT, fontSize: 12 };
const OS_NAMES: Record<string, string> = { ios: 'iOS', android: 'Android', windows: 'Windows', macos: 'macOS', linux: 'Linux', chromeos: 'ChromeOS', harmonyos: 'HarmonyOS' };
const BROWSER_NAMES: Record<string, string> = {
  chrome: 'Chrome', safari: 'Safari', firefox: 'Firefox', edge: 'Edge', opera: 'Opera', samsung: 'Samsung Internet',
  yandex: 'Yandex', uc: 'UC Browser', ie: 'Internet Explorer',
};

/** The name of a breakdown value for people: "France", "Mobile", "Direct", "Rule 2", … */
function valueLabel(dim: LinkDimension, value: string, t: TFunction, language: string): string {
  if (value === 'unknown') return t('links.stats.unknown');
  if (value === 'other') return t('links.stats.other');
  switch (dim) {
    case 'country':
      try {
        return new Intl.DisplayNames([language], { type: 'region' }).of(value) ?? value;
      } catch {
        return value;
      }
    case 'device':
      return t(`links.devices.${value}`, { defaultValue: value });
    case 'os':
      return OS_NAMES[value] ?? value;
    case 'browser':
      return value === 'in-app' ? t('links.stats.inApp') : (BROWSER_NAMES[value] ?? value);
    case 'referrer':
      return value === 'direct' ? t('links.stats.direct') : value;
    case 'network':
      return value === 'none' ? t('links.stats.noNetwork') : networkLabel(value);
    case 'rule':
      return value === 'default' ? t('links.stats.defaultDestination') : t('links.rules.number', { n: Number(value) + 1 });
  }
}

/** One point per UTC day from `from` to `to`, zero where nothing was clicked (the API leaves those days out). */
function dailySeries(stats: Stats): Array<{ day: string; clicks: number }> {
  const byDay = new Map(stats.series.map((p) => [p.at.slice(0, 10), Number(p.clicks)]));
  const days: Array<{ day: string; clicks: number }> = [];
  const start = Date.parse(`${stats.from.slice(0, 10)}T00:00:00Z`);
  for (let at = start; at <= Date.parse(stats.to); at += DAY_MS) {
    const day = new Date(at).toISOString().slice(0, 10);
    days.push({ day, clicks: byDay.get(day) ?? 0 });
  }
  return days;
}

export function LinkStats({ workspaceId, linkId }: { workspaceId: string; linkId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [range, setRange] = useState<(typeof RANGES)[number]>(30);
  const stats = useApiQuery(['link-stats', workspaceId, linkId, range], () => {
    const to = new Date();
    return api.linkStats(workspaceId, linkId, { from: new Date(to.getTime() - range * DAY_MS).toISOString(), to: to.toISOString(), interval: 'day' });
  });
  const data = stats.data;
  const number = useMemo(() => new Intl.NumberFormat(language), [language]);

  const seriesOption = useMemo<ChartOption | null>(() => {
    if (!data) return null;
    const points = dailySeries(data);
    const dayFormat = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    return {
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', textStyle: { fontFamily: FONT } },
      xAxis: {
        type: 'category',
        boundaryGap: false,
        data: points.map((p) => dayFormat.format(new Date(`${p.day}T00:00:00Z`))),
        axisLabel: { ...AXIS, hideOverlap: true },
        axisLine: { lineStyle: { color: '#dde1e7' } },
        axisTick: { show: false },
      },
      yAxis: { type: 'value', minInterval: 1, axisLabel: AXIS, splitLine: { lineStyle: { color: '#eef0f3' } } },
      series: [
        {
          type: 'line',
          name: t('links.stats.clicks'),
          data: points.map((p) => p.clicks),
          showSymbol: points.length <= 14,
          symbolSize: 6,
          lineStyle: { width: 2.5, color: ACCENT },
          itemStyle: { color: ACCENT },
          areaStyle: { color: 'rgba(52, 81, 209, 0.12)' },
        },
      ],
    };
  }, [data, language, t]);

  const breakdowns = useMemo(() => {
    if (!data) return [];
    return LINK_DIMENSIONS.map((dim) => ({ dim, rows: (data.breakdowns[dim] ?? []).slice(0, 10) })).filter((b) => b.rows.length > 0);
  }, [data]);
  const emptyDims = data ? LINK_DIMENSIONS.filter((dim) => !(data.breakdowns[dim] ?? []).length) : [];

  const barOption = (dim: LinkDimension, rows: Array<{ value: string; clicks: number }>): ChartOption => ({
    grid: { left: 8, right: 40, top: 4, bottom: 4, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, textStyle: { fontFamily: FONT } },
    xAxis: { type: 'value', minInterval: 1, show: false },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => valueLabel(dim, r.value, t, language)),
      axisLabel: { ...AXIS, color: '#1d2330', width: 150, overflow: 'truncate' },
      axisLine: { show: false },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        name: t('links.stats.clicks'),
        data: rows.map((r) => Number(r.clicks)),
        barMaxWidth: 18,
        itemStyle: { color: ACCENT, borderRadius: [0, 4, 4, 0] },
        label: { show: true, position: 'right', color: '#5f6878', fontFamily: FONT },
      },
    ],
  });

  const totals = data?.totals;
  const kpis = totals
    ? ([
        ['clicks', totals.clicks],
        ['uniques', totals.uniques],
        ['qr', totals.qr],
        ['bots', totals.bots],
      ] as const)
    : [];

  return (
    <section className="stats" aria-labelledby="link-stats-title" data-testid="link-stats">
      <div className="stats__head">
        <h2 id="link-stats-title">{t('links.stats.title')}</h2>
        <div className="toolbar">
          <div className="segmented" role="group" aria-label={t('links.stats.range')}>
            {RANGES.map((days) => (
              <button key={days} type="button" aria-pressed={range === days} onClick={() => setRange(days)}>
                {t('links.stats.days', { n: days })}
              </button>
            ))}
          </div>
          <button type="button" className="button button--ghost button--small" onClick={stats.reload} disabled={stats.loading}>
            {t('links.stats.refresh')}
          </button>
        </div>
      </div>
      {stats.error ? <Notice kind="error">{errorText(stats.error)}</Notice> : null}
      <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
      {!data ? (
        stats.error ? null : <p className="muted">{t('common.loading')}</p>
      ) : (
        <>
          <ul className="kpis">
            {kpis.map(([key, value]) => (
              <li key={key} className={`kpi kpi--${key}`} data-testid={`kpi-${key}`}>
                <span className="kpi__label">{t(`links.stats.kpi.${key}`)}</span>
                <span className="kpi__value">{number.format(Number(value))}</span>
              </li>
            ))}
          </ul>
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
                    <Chart option={barOption(dim, rows)} height={rows.length * 30 + 12} label={t(`links.stats.dims.${dim}`)} />
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
        </>
      )}
      </Suspense>
    </section>
  );
}
