/** The analytics page's top posts: the period's publications ranked by engagement rate, clicks or conversions, as a table and as CSV. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analyticsApi, type TopPostsSort } from '../../api-analytics';
import { useApiQuery } from '../../api/queries';
import { DataTable } from '../../components/DataTable';
import { StatsSection } from '../../components/StatsSection';
import { Link } from '../../router';
import { formatDate, networkLabel } from '../links/format';

const SORTS: TopPostsSort[] = ['engagementRate', 'clicks', 'conversions'];
const LIMIT = 20;

interface Props {
  workspaceId: string;
  scope: { from: string; to: string; channelId?: string };
}

export function TopPostsSection({ workspaceId, scope }: Props) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<TopPostsSort>('engagementRate');
  const query = { ...scope, sort, limit: LIMIT };
  const top = useApiQuery(['analytics-top-posts', workspaceId, query], () => analyticsApi.topPosts(workspaceId, query));
  const number = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);
  const percent = useMemo(() => new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 2 }), [i18n.language]);
  const num = (label: string) => ({ label, num: true });

  const tools = (
    <>
      <div className="segmented" role="group" aria-label={t('analytics.top.sortBy')}>
        {SORTS.map((s) => (
          <button key={s} type="button" aria-pressed={sort === s} onClick={() => setSort(s)}>
            {t(`analytics.top.sort.${s}`)}
          </button>
        ))}
      </div>
      <a className="button button--ghost button--small" href={analyticsApi.topPostsCsvUrl(workspaceId, { ...scope, sort, limit: 1000 })} download data-testid="top-posts-csv">
        {t('analytics.top.csv')}
      </a>
    </>
  );

  return (
    <StatsSection titleId="top-posts-title" title={t('analytics.top.title')} testId="top-posts" query={top} tools={tools}>
      {(data) =>
        data.posts.length === 0 ? (
          <p className="empty">{t('analytics.top.none')}</p>
        ) : (
          <div className="analytics__table">
            <DataTable
              className="data-table"
              columns={[t('analytics.top.post'), t('analytics.top.published'), num(t('analytics.kpi.impressions')), num(t('analytics.kpi.engagements')),
                num(t('analytics.kpi.engagementRate')), num(t('analytics.top.clicks')), num(t('analytics.top.conversions'))]}
            >
              {data.posts.map((p) => (
                <tr key={p.publicationId} data-testid="top-post">
                  <td className="analytics__post">
                    <Link to={`/posts/${p.postId}`}>{p.text.slice(0, 120) || t('analytics.top.noText')}</Link>
                    <span className="muted"> · {p.channelName} ({networkLabel(p.network)})</span>
                  </td>
                  <td>{formatDate(p.publishedAt, i18n.language)}</td>
                  <td className="num">{number.format(p.impressions)}</td>
                  <td className="num">{number.format(p.engagements)}</td>
                  <td className="num">{p.engagementRate === null ? '—' : percent.format(p.engagementRate)}</td>
                  <td className="num">{number.format(p.clicks)}</td>
                  <td className="num">{number.format(p.conversions)}</td>
                </tr>
              ))}
            </DataTable>
          </div>
        )
      }
    </StatsSection>
  );
}
