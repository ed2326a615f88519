/**
 * The chosen account's audience over the period: followers per day as a line, and how many it gained or lost. Only
 * for one channel at a time (followers of different networks do not add up to one audience).
 */
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { analyticsApi } from '../../api-analytics';
import { useApiQuery } from '../../api/queries';
import { errorText } from '../../lib/errors';
import { followersOption } from './charts';

const Chart = lazy(() => import('../../components/Chart').then((m) => ({ default: m.Chart })));

export function AudienceSection({ workspaceId, channelId, range }: { workspaceId: string; channelId: string; range: { from: string; to: string } }) {
  const { t, i18n } = useTranslation();
  const figures = useApiQuery(['account-figures', workspaceId, channelId, range.from, range.to], () => analyticsApi.accountFigures(workspaceId, channelId, range));
  const data = figures.data;
  const option = useMemo(() => (data ? followersOption(data.days, i18n.language, t('analytics.followers')) : null), [data, i18n.language, t]);
  const number = new Intl.NumberFormat(i18n.language, { signDisplay: 'exceptZero' });
  return (
    <section className="card" data-testid="analytics-audience">
      <h3 className="chart-title">{t('analytics.audience')}</h3>
      {figures.error ? <p className="field__error">{errorText(figures.error)}</p> : null}
      {data && data.days.every((d) => d.followers === null) ? <p className="muted">{t('analytics.noFollowers')}</p> : null}
      {data && option && data.days.some((d) => d.followers !== null) ? (
        <>
          {data.followersChange !== null ? <p className="analytics__growth">{t('analytics.followersChange', { change: number.format(data.followersChange) })}</p> : null}
          <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
            <Chart option={option} height={220} label={t('analytics.followers')} testId="analytics-followers" />
          </Suspense>
        </>
      ) : null}
    </section>
  );
}
