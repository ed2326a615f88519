/**
 * Conversions credited to a link over the period its statistics show: how many, what they were worth (one sum per
 * currency, as the API keeps them), the conversion rate against the period's clicks, and the split by conversion
 * name ("sale", "lead", …) and by network. With none yet, how to set up conversion tracking on the site.
 *
 * The conversions route answers totals and breakdowns but no series by day, so there is no per-day chart here.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { OriginsNote, SnippetTag } from '../../components/SnippetTag';
import { Kpis, StatsSection } from '../../components/StatsSection';
import { ConversionBreakdowns, formatMoney } from './ConversionsTable';
import { useLinkConversions, useLinkStats, type RangeDays } from './useLinkData';

export function LinkConversions({ workspaceId, linkId, range }: { workspaceId: string; linkId: string; range: RangeDays }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const conversions = useLinkConversions(workspaceId, linkId, range);
  // The same query as the statistics above (same key), so this costs no request of its own.
  const clicks = useLinkStats(workspaceId, linkId, range).data?.totals.clicks;
  const number = useMemo(() => new Intl.NumberFormat(language), [language]);
  const percent = useMemo(() => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }), [language]);

  return (
    <StatsSection className="conversions" titleId="conversions-title" title={t('links.conversions.title')} intro={t('links.conversions.intro', { n: range })}
      testId="link-conversions" query={conversions}>
      {(data) => {
        if (data.total.count === 0) return <ConversionsEmpty workspaceId={workspaceId} range={range} />;
        const rate = clicks ? data.total.count / Number(clicks) : null;
        const kpis: Array<[string, string]> = [
          ['count', number.format(data.total.count)],
          ['value', data.total.values.length ? formatMoney(data.total.values, language) : '—'],
          ['rate', rate === null ? '—' : percent.format(rate)],
        ];
        const items = kpis.map(([key, value]) => ({ key, value, label: t(`links.conversions.kpi.${key}`), className: `kpi--conv-${key}`, testId: `conversions-kpi-${key}` }));
        return (
          <>
            <Kpis className="kpis--3" items={items} />
            <ConversionBreakdowns report={data} testIdPrefix="conversions" />
          </>
        );
      }}
    </StatsSection>
  );
}

/** No conversion yet: the tag to paste, the call to make when a visitor converts, and where origins are allowed. */
function ConversionsEmpty({ workspaceId, range }: { workspaceId: string; range: RangeDays }) {
  const { t } = useTranslation();
  return (
    <div className="card cascade__empty" data-testid="conversions-empty">
      <h3>{t('links.conversions.empty.title', { n: range })}</h3>
      <p>{t('links.conversions.empty.body')}</p>
      <SnippetTag workspaceId={workspaceId} />
      <p>{t('links.conversions.empty.call')}</p>
      <pre className="snippet__code conversions__call">{"chorus('sale', { value: 42, currency: 'EUR' });"}</pre>
      <OriginsNote />
    </div>
  );
}
