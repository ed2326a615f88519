/**
 * The post page's Experiment section: how each variant tested on each network does (`GET …/posts/{postId}/experiment`):
 * its publications, impressions, rate, lift over the first variant and its probability of being the best as a bar
 * (as a link's A/B arms show it), the leader marked. A post without an experiment that has not gone out offers,
 * to editors, the form to start one (ExperimentForm).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { postStatsApi, type ExperimentReport } from '../../api-post-stats';
import { useApiQuery } from '../../api/queries';
import { DataTable } from '../../components/DataTable';
import { StatsSection } from '../../components/StatsSection';
import { ApiError } from '../../http';
import { networkLabel } from '../links/format';
import { ExperimentForm } from './ExperimentForm';

/** The report, or null when the post has none (a 404 here means "no experiment", not an error). */
async function loadExperiment(ws: string, postId: string): Promise<ExperimentReport | null> {
  try {
    return await postStatsApi.experiment(ws, postId);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function PostExperiment({ workspaceId, postId, canStart, onStarted }: { workspaceId: string; postId: string; canStart: boolean; onStarted(): void }) {
  const { t } = useTranslation();
  const report = useApiQuery(['post-experiment', workspaceId, postId], () => loadExperiment(workspaceId, postId));
  if (report.data === null && !report.error) {
    if (!canStart || report.loading) return null;
    return (
      <section className="stats" aria-labelledby="experiment-title" data-testid="post-experiment-start">
        <h2 id="experiment-title">{t('post.experiment.title')}</h2>
        <p className="muted">{t('post.experiment.intro')}</p>
        <ExperimentForm workspaceId={workspaceId} postId={postId} onStarted={() => { report.reload(); onStarted(); }} />
      </section>
    );
  }
  return (
    <StatsSection titleId="experiment-title" title={t('post.experiment.title')} intro={t('post.experiment.howPicked')} testId="post-experiment" query={report}>
      {(data) => (data ? <ExperimentResults report={data} /> : null)}
    </StatsSection>
  );
}

function ExperimentResults({ report }: { report: ExperimentReport }) {
  const { t, i18n } = useTranslation();
  const number = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);
  const percent = useMemo(() => new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }), [i18n.language]);
  const signed = useMemo(() => new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }), [i18n.language]);
  const columns = [
    t('post.experiment.variant'),
    ...(['publications', 'impressions', report.metric === 'clicks' ? 'clicks' : 'engagements', 'rate', 'lift'] as const).map((key) => ({ label: t(`post.experiment.${key}`), num: true })),
    t('post.experiment.probability'),
  ];
  return (
    <>
      <p className="muted">{t(`post.experiment.metric.${report.metric}`)}</p>
      {report.networks.map((n) => (
        <div className="card table-scroll" key={n.network} data-testid={`experiment-${n.network}`}>
          <h3 className="chart-title">{networkLabel(n.network)}</h3>
          <DataTable className="data-table arms__table" columns={columns}>
            {n.variants.map((v) => {
              const leads = v.id === n.leadingVariantId;
              const p = percent.format(v.probabilityBest);
              return (
                <tr key={v.id} className={leads ? 'arms__row arms__row--leader' : 'arms__row'} data-testid="experiment-variant" data-leader={leads || undefined}>
                  <th scope="row">
                    <span className="arms__id">{v.label}</span>
                    {leads ? <span className="pill pill--accent">{t('post.experiment.leading')}</span> : null}
                  </th>
                  <td className="num">{number.format(v.publications)}</td>
                  <td className="num">{number.format(v.impressions)}</td>
                  <td className="num">{number.format(report.metric === 'clicks' ? v.clicks : v.engagements)}</td>
                  <td className="num">{v.rate === null ? '—' : percent.format(v.rate)}</td>
                  <td className="num">{v.lift === null ? '—' : signed.format(v.lift)}</td>
                  <td>
                    <span className="arms__bar" role="img" aria-label={t('post.experiment.probabilityOf', { variant: v.label, p })}>
                      <span className="arms__fill" style={{ width: `${Math.round(v.probabilityBest * 100)}%` }} />
                    </span>
                    <span className="arms__p">{p}</span>
                  </td>
                </tr>
              );
            })}
          </DataTable>
        </div>
      ))}
    </>
  );
}
