/**
 * The post page's Segments section, for posts with segment variants: each publication with its segment, network,
 * due time in UTC and on the segment's own clock, and status; then how each variant did (`GET …/posts/{postId}/segments`)
 * as a bar chart and a table, the best variant marked (highest engagement rate, then most clicks).
 */
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Publication } from '../../api';
import { useApiQuery } from '../../api/queries';
import { postStatsApi, type SegmentResult } from '../../api-post-stats';
import { StatsSection } from '../../components/StatsSection';
import { StatusBadge } from '../../components/StatusBadge';
import { DataTable } from '../../components/DataTable';
import { networkLabel } from '../links/format';
import { formatMoney } from '../links/ConversionsTable';
import { publicationRows, rateText, segmentLabel, segmentsChartOption } from './segmentsView';

// ECharts loads with the first statistics shown, not with the app (as in PostMetrics).
const Chart = lazy(() => import('../../components/Chart').then((m) => ({ default: m.Chart })));

export function PostSegments({ workspaceId, postId, publications }: { workspaceId: string; postId: string; publications: Publication[] }) {
  const { t } = useTranslation();
  const results = useApiQuery(['post-segments', workspaceId, postId], () => postStatsApi.segments(workspaceId, postId));
  const everyoneElse = t('post.segments.everyoneElse');

  return (
    <StatsSection titleId="post-segments-title" title={t('post.segments.title')} intro={t('post.segments.intro')} testId="post-segments" query={results}>
      {(data) => (
        <>
          <div className="card" style={{ overflowX: 'auto' }}>
            <DataTable
              className="data-table"
              columns={[t('post.segments.segment'), t('post.segments.network'), t('post.segments.dueUtc'), t('post.segments.dueLocal'), t('post.segments.status')]}
            >
              {publicationRows(publications, everyoneElse).map((row) => (
                <tr key={row.publication.id} data-testid="segment-publication">
                  <th scope="row">{row.segment}</th>
                  <td>{networkLabel(row.publication.network)}</td>
                  <td>{row.dueUtc ?? '—'}</td>
                  <td>{row.dueLocal ?? '—'}</td>
                  <td>
                    <StatusBadge status={row.publication.status} />
                  </td>
                </tr>
              ))}
            </DataTable>
          </div>
          <SegmentResults rows={data.segments} />
        </>
      )}
    </StatsSection>
  );
}

function SegmentResults({ rows }: { rows: SegmentResult[] }) {
  const { t, i18n } = useTranslation();
  const number = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);
  const count = (n: number | null) => (n === null ? '—' : number.format(n));
  const everyoneElse = t('post.segments.everyoneElse');
  const option = useMemo(
    () => segmentsChartOption(rows, { everyoneElse, rate: t('post.segments.engagementRate'), clicks: t('post.segments.clicks') }),
    [rows, everyoneElse, t],
  );
  const hasBest = rows.some((r) => r.best);

  return (
    <div className="card">
      <h3 className="chart-title">{t('post.segments.results')}</h3>
      <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
        <Chart option={option} height={220} label={t('post.segments.chartLabel')} testId="post-segments-chart" />
      </Suspense>
      {/* Nine columns: on a narrow screen the table scrolls sideways instead of squeezing the figures. */}
      <div style={{ overflowX: 'auto' }}>
        <DataTable
          className="data-table"
          columns={[
            t('post.segments.segment'),
            ...(['reach', 'impressions', 'engagements', 'engagementRate', 'clicks', 'conversions', 'value', 'shares'] as const).map((key) => ({
              label: t(`post.segments.${key}`),
              num: true,
            })),
          ]}
        >
          {rows.map((r) => (
            <tr key={r.segmentId ?? 'default'} className={r.best ? 'arms__row--leader' : undefined} data-testid="segment-result" data-best={r.best || undefined}>
              <th scope="row">
                {segmentLabel(r, everyoneElse)} {r.best ? <span className="pill pill--accent">{t('post.segments.best')}</span> : null}
              </th>
              <td className="num">{count(r.reach)}</td>
              <td className="num">{count(r.impressions)}</td>
              <td className="num">{count(r.engagements)}</td>
              <td className="num">{rateText(r.engagementRate, i18n.language)}</td>
              <td className="num">{count(r.clicks)}</td>
              <td className="num">{count(r.conversions)}</td>
              <td className="num">{r.conversionValue.length ? formatMoney(r.conversionValue, i18n.language) : '—'}</td>
              <td className="num">{count(r.shares)}</td>
            </tr>
          ))}
        </DataTable>
      </div>
      <p className="muted">{hasBest ? t('post.segments.bestHow') : t('post.segments.noBest')}</p>
    </div>
  );
}
