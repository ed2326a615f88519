/**
 * What visitors who came through the post's links did on the website (`GET …/posts/{postId}/conversions`): how many
 * conversions, the values per currency, by name and by network, over the last 30 days or since the post was made.
 */
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/queries';
import { postStatsApi } from '../../api-post-stats';
import { Kpis, StatsSection } from '../../components/StatsSection';
import { ConversionBreakdowns, formatMoney } from '../links/ConversionsTable';

export function PostConversions({ workspaceId, postId }: { workspaceId: string; postId: string }) {
  const { t, i18n } = useTranslation();
  const report = useApiQuery(['post-conversions', workspaceId, postId], () => postStatsApi.conversions(workspaceId, postId));

  return (
    <StatsSection titleId="post-conversions-title" title={t('post.conversions.title')} testId="post-conversions" query={report}>
      {(data) =>
        data.total.count === 0 ? (
          <p className="empty card" data-testid="post-conversions-empty">
            {t('post.conversions.empty')}
          </p>
        ) : (
          <>
            <Kpis
              items={[
                { key: 'count', label: t('post.conversions.total'), value: new Intl.NumberFormat(i18n.language).format(data.total.count), testId: 'post-kpi-conversions' },
                ...(data.total.values.length > 0
                  ? [{ key: 'value', label: t('post.conversions.value'), value: formatMoney(data.total.values, i18n.language), testId: 'post-kpi-value' }]
                  : []),
              ]}
            />
            <ConversionBreakdowns report={data} testIdPrefix="post-conversions" />
          </>
        )
      }
    </StatsSection>
  );
}
