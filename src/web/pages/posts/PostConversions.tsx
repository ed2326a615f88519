/**
 * What visitors who came through the post's links did on the website (`GET …/posts/{postId}/conversions`): how many
 * conversions, the values per currency, by name and by network, over the last 30 days or since the post was made.
 */
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/queries';
import { postStatsApi, type ConversionReport } from '../../api-post-stats';
import { errorText } from '../../lib/errors';
import { Notice } from '../../components/Field';
import { networkLabel } from '../links/format';
import './posts.css';

type Group = ConversionReport['total'];

export function PostConversions({ workspaceId, postId }: { workspaceId: string; postId: string }) {
  const { t, i18n } = useTranslation();
  const report = useApiQuery(['post-conversions', workspaceId, postId], () => postStatsApi.conversions(workspaceId, postId));
  const data = report.data;
  const count = new Intl.NumberFormat(i18n.language);
  const values = (g: Group) =>
    g.values.map((v) => new Intl.NumberFormat(i18n.language, { style: 'currency', currency: v.currency }).format(Number(v.sum))).join(' + ');
  const rows = (groups: Array<Group & { label: string }>, testId: string) => (
    <table className="post-conversions__table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('post.conversions.name')}</th>
          <th scope="col">{t('post.conversions.total')}</th>
          <th scope="col">{t('post.conversions.value')}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.label}>
            <th scope="row">{g.label}</th>
            <td className="num">{count.format(g.count)}</td>
            <td>{values(g)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <section className="stats" aria-labelledby="post-conversions-title" data-testid="post-conversions">
      <h2 id="post-conversions-title">{t('post.conversions.title')}</h2>
      {report.error ? <Notice kind="error">{errorText(report.error)}</Notice> : null}
      {!data ? (
        report.error ? null : <p className="muted">{t('common.loading')}</p>
      ) : data.total.count === 0 ? (
        <p className="empty card" data-testid="post-conversions-empty">
          {t('post.conversions.empty')}
        </p>
      ) : (
        <div className="card">
          <ul className="kpis">
            <li className="kpi" data-testid="post-kpi-conversions">
              <span className="kpi__label">{t('post.conversions.total')}</span>
              <span className="kpi__value">{count.format(data.total.count)}</span>
            </li>
            {data.total.values.length > 0 ? (
              <li className="kpi" data-testid="post-kpi-value">
                <span className="kpi__label">{t('post.conversions.value')}</span>
                <span className="kpi__value">{values(data.total)}</span>
              </li>
            ) : null}
          </ul>
          <h3>{t('post.conversions.byName')}</h3>
          {rows(data.byName.map((g) => ({ ...g, label: g.name })), 'post-conversions-by-name')}
          <h3>{t('post.conversions.byNetwork')}</h3>
          {rows(data.byNetwork.map((g) => ({ ...g, label: g.network === 'none' ? t('post.conversions.noNetwork') : networkLabel(g.network) })), 'post-conversions-by-network')}
        </div>
      )}
    </section>
  );
}
