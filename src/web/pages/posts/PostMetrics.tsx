/**
 * How each publication of a post did over time (`GET …/posts/{postId}/metrics`): totals of the latest figures as
 * tiles, and one line per publication for the measure chosen — impressions, reach or engagement (likes, reposts,
 * replies, quotes and saves). Metrics a network does not report stay out of the totals instead of counting as 0.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/queries';
import { postStatsApi, type MetricsPoint } from '../../api-post-stats';
import { Kpis, StatsSection } from '../../components/StatsSection';
import type { ChartOption } from '../../components/Chart';
import { networkLabel } from '../links/format';

// ECharts is most of the app's weight: it loads with the first statistics shown, not with the app.
const Chart = lazy(() => import('../../components/Chart').then((m) => ({ default: m.Chart })));

const MEASURES = ['impressions', 'reach', 'engagement'] as const;
type Measure = (typeof MEASURES)[number];
const KPIS = ['impressions', 'reach', 'engagement', 'linkClicks'] as const;
const COLORS = ['#3451d1', '#2e9d48', '#d9822b', '#8e44ad', '#c2185b', '#00838f'];

/** A point's value for a measure; null when the network does not report it. */
export function measureOf(point: MetricsPoint, measure: Measure | 'linkClicks'): number | null {
  if (measure !== 'engagement') return point[measure];
  return point.likes + point.reposts + point.replies + (point.quotes ?? 0) + (point.saves ?? 0);
}

export function PostMetrics({ workspaceId, postId }: { workspaceId: string; postId: string }) {
  const { t, i18n } = useTranslation();
  const metrics = useApiQuery(['post-metrics', workspaceId, postId], () => postStatsApi.metrics(workspaceId, postId));
  const [measure, setMeasure] = useState<Measure>('impressions');
  const number = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);
  const measured = (metrics.data?.publications ?? []).filter((p) => p.series.length > 0);

  const option = useMemo<ChartOption>(() => {
    const time = new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
    return {
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'time', axisLabel: { hideOverlap: true, formatter: (v: number) => time.format(new Date(v)) } },
      yAxis: { type: 'value', minInterval: 1 },
      series: measured.map((p, i) => ({
        type: 'line',
        name: networkLabel(p.network),
        data: p.series.map((point) => [Date.parse(point.fetchedAt), measureOf(point, measure)]),
        connectNulls: false,
        lineStyle: { width: 2.5, color: COLORS[i % COLORS.length] },
        itemStyle: { color: COLORS[i % COLORS.length] },
      })),
    };
  }, [measured, measure, i18n.language]);

  const total = (kpi: (typeof KPIS)[number]) => {
    const values = measured.map((p) => (p.latest ? measureOf(p.latest, kpi) : null)).filter((v): v is number => v !== null);
    return values.length > 0 ? number.format(values.reduce((a, b) => a + b, 0)) : '—';
  };

  return (
    <StatsSection titleId="post-metrics-title" title={t('post.metrics.title')} testId="post-metrics" query={metrics}>
      {() => measured.length === 0 ? (
        <p className="empty card" data-testid="post-metrics-empty">
          {t('post.metrics.empty')}
        </p>
      ) : (
        <>
          <Kpis items={KPIS.map((kpi) => ({ key: kpi, label: t(`post.metrics.${kpi}`), value: total(kpi), testId: `post-kpi-${kpi}` }))} />
          <div className="card">
            <div className="segmented" role="group" aria-label={t('post.metrics.measure')}>
              {MEASURES.map((m) => (
                <button key={m} type="button" aria-pressed={m === measure} onClick={() => setMeasure(m)}>
                  {t(`post.metrics.${m}`)}
                </button>
              ))}
            </div>
            <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
              <Chart option={option} height={260} label={t('post.metrics.chartLabel', { measure: t(`post.metrics.${measure}`) })} testId="post-metrics-chart" />
            </Suspense>
            <p className="muted">{t('post.metrics.perPublication', { networks: measured.map((p) => networkLabel(p.network)).join(', ') })}</p>
          </div>
        </>
      )}
    </StatsSection>
  );
}
