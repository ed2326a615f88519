/**
 * A link's A/B arms and how they perform: each arm's destination, its share of traffic (its weight in a weighted
 * test; the visits the bandit gave it otherwise), visits, conversions, conversion rate and probability of being the
 * best as a bar, the leader highlighted, and a verdict in plain words.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkArms as Report } from '../../api';
import { errorText } from '../../lib/errors';
import { Notice } from '../../components/Field';
import { DataTable } from '../../components/DataTable';
import { StatsSection } from '../../components/StatsSection';
import { useLinkArms } from './useLinkData';
import { hasVerdict, leaderOf, probabilityText, VERDICT_MIN_VISITS, VERDICT_PROBABILITY } from './armsVerdict';

type Arm = Report['arms'][number];

export function LinkArms({ workspaceId, linkId }: { workspaceId: string; linkId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const report = useLinkArms(workspaceId, linkId);
  const data = report.data;
  const number = useMemo(() => new Intl.NumberFormat(language), [language]);
  const percent = useMemo(() => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }), [language]);
  const ratePercent = useMemo(() => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }), [language]);

  if (!data || data.mode === null) {
    return report.error ? <Notice kind="error">{errorText(report.error)}</Notice> : null;
  }
  const { arms, mode } = data;
  const leader = leaderOf(arms);
  const totalWeight = arms.reduce((sum, a) => sum + a.weight, 0);
  const totalVisits = arms.reduce((sum, a) => sum + a.visits, 0);
  const share = (a: Arm) => (mode === 'weighted' ? (totalWeight ? a.weight / totalWeight : 0) : totalVisits ? a.visits / totalVisits : 0);
  const verdict = hasVerdict(arms, leader)
    ? t('links.arms.verdict', { arm: leader.id, p: probabilityText(leader.probabilityBest, percent) })
    : t('links.arms.notEnough', { n: VERDICT_MIN_VISITS, p: percent.format(VERDICT_PROBABILITY) });

  const numbers = [mode === 'weighted' ? t('links.arms.weight') : t('links.arms.traffic'), t('links.arms.visits'), t('links.arms.conversions'), t('links.arms.rate')];
  const columns = [t('links.arms.arm'), ...numbers.map((label) => ({ label, num: true })), t('links.arms.probability')];

  return (
    <StatsSection className="arms" titleId="arms-title" title={t('links.arms.title')} intro={t(`links.arms.mode.${mode}`)} testId="link-arms" query={report}>
      {() => (
        <>
          <p className={`arms__verdict${hasVerdict(arms, leader) ? ' arms__verdict--decided' : ''}`} data-testid="arms-verdict">{verdict}</p>
          <div className="card table-scroll">
            <DataTable className="data-table arms__table" columns={columns}>
              {arms.map((arm) => {
                const leads = arm === leader;
                return (
                  <tr key={arm.id} className={leads ? 'arms__row arms__row--leader' : 'arms__row'} data-testid={`arm-${arm.id}`} data-leader={leads || undefined}>
                    <th scope="row">
                      <span className="arms__id">{arm.id}</span>
                      {leads ? <span className="pill pill--accent">{t('links.arms.leader')}</span> : null}
                      <a href={arm.url} target="_blank" rel="noreferrer" className="arms__url break">{arm.url}</a>
                    </th>
                    <td className="num" data-testid={`arm-${arm.id}-share`}>{percent.format(share(arm))}</td>
                    <td className="num">{number.format(arm.visits)}</td>
                    <td className="num">{number.format(arm.conversions)}</td>
                    <td className="num">{arm.conversionRate === null ? '—' : ratePercent.format(arm.conversionRate)}</td>
                    <td>
                      <span className="arms__bar" role="img" aria-label={t('links.arms.probabilityOf', { arm: arm.id, p: probabilityText(arm.probabilityBest, percent) })}>
                        <span className="arms__fill" style={{ width: `${Math.round(arm.probabilityBest * 100)}%` }} />
                      </span>
                      <span className="arms__p" data-testid={`arm-${arm.id}-probability`}>{probabilityText(arm.probabilityBest, percent)}</span>
                    </td>
                  </tr>
                );
              })}
            </DataTable>
          </div>
        </>
      )}
    </StatsSection>
  );
}
