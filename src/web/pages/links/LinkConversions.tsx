/**
 * Conversions credited to a link over the period its statistics show: how many, what they were worth (one sum per
 * currency, as the API keeps them), the conversion rate against the period's clicks, and the split by conversion
 * name ("sale", "lead", …) and by network. With none yet, how to set up conversion tracking on the site.
 *
 * The conversions route answers totals and breakdowns but no series by day, so there is no per-day chart here.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkConversions as Report } from '../../api';
import { useWorkspace } from '../../session';
import { Link } from '../../router';
import { can } from '../../lib/roles';
import { errorText } from '../../lib/errors';
import { Notice } from '../../components/Field';
import { SnippetTag } from '../../components/SnippetTag';
import { networkLabel } from './format';
import { useLinkConversions, useLinkStats, type RangeDays } from './useLinkData';

type Values = Report['total']['values'];

/** "€42.00 · $5.00": each currency's sum in the reader's format (the API gives exact decimals as text). */
function money(values: Values, language: string): string {
  return values
    .map((v) => {
      try {
        return new Intl.NumberFormat(language, { style: 'currency', currency: v.currency }).format(Number(v.sum));
      } catch {
        return `${v.sum} ${v.currency}`;
      }
    })
    .join(' · ');
}

export function LinkConversions({ workspaceId, linkId, range }: { workspaceId: string; linkId: string; range: RangeDays }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const conversions = useLinkConversions(workspaceId, linkId, range);
  // The same query as the statistics above (same key), so this costs no request of its own.
  const clicks = useLinkStats(workspaceId, linkId, range).data?.totals.clicks;
  const data = conversions.data;
  const number = useMemo(() => new Intl.NumberFormat(language), [language]);
  const percent = useMemo(() => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }), [language]);

  const rate = data && clicks ? data.total.count / Number(clicks) : null;
  const kpis: Array<[string, string]> = data
    ? [
        ['count', number.format(data.total.count)],
        ['value', data.total.values.length ? money(data.total.values, language) : '—'],
        ['rate', rate === null ? '—' : percent.format(rate)],
      ]
    : [];

  return (
    <section className="stats conversions" aria-labelledby="conversions-title" data-testid="link-conversions">
      <div className="stats__head">
        <div>
          <h2 id="conversions-title">{t('links.conversions.title')}</h2>
          <p className="muted cascade__intro">{t('links.conversions.intro', { n: range })}</p>
        </div>
        <button type="button" className="button button--ghost button--small" onClick={conversions.reload} disabled={conversions.loading}>
          {t('links.stats.refresh')}
        </button>
      </div>
      {conversions.error ? <Notice kind="error">{errorText(conversions.error)}</Notice> : null}
      {!data ? (
        conversions.error ? null : <p className="muted">{t('common.loading')}</p>
      ) : data.total.count === 0 ? (
        <ConversionsEmpty workspaceId={workspaceId} range={range} />
      ) : (
        <>
          <ul className="kpis kpis--3">
            {kpis.map(([key, value]) => (
              <li key={key} className={`kpi kpi--conv-${key}`} data-testid={`conversions-kpi-${key}`}>
                <span className="kpi__label">{t(`links.conversions.kpi.${key}`)}</span>
                <span className="kpi__value">{value}</span>
              </li>
            ))}
          </ul>
          <div className="breakdowns">
            <GroupTable testId="conversions-by-name" title={t('links.conversions.byName')} head={t('links.conversions.name')}
              rows={data.byName.map((g) => ({ key: g.name, label: g.name, count: g.count, values: g.values }))} />
            <GroupTable testId="conversions-by-network" title={t('links.conversions.byNetwork')} head={t('links.conversions.network')}
              rows={data.byNetwork.map((g) => ({ key: g.network, label: g.network === 'none' ? t('links.stats.noNetwork') : networkLabel(g.network), count: g.count, values: g.values }))} />
          </div>
        </>
      )}
    </section>
  );
}

interface Row {
  key: string;
  label: string;
  count: number;
  values: Values;
}

function GroupTable({ title, head, rows, testId }: { title: string; head: string; rows: Row[]; testId: string }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <div className="card breakdown" data-testid={testId}>
      <h3 className="chart-title">{title}</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col" className="num">{t('links.conversions.kpi.count')}</th>
            <th scope="col" className="num">{t('links.conversions.kpi.value')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td className="num">{number.format(r.count)}</td>
              <td className="num">{r.values.length ? money(r.values, i18n.language) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** No conversion yet: the tag to paste, the call to make when a visitor converts, and where origins are allowed. */
function ConversionsEmpty({ workspaceId, range }: { workspaceId: string; range: RangeDays }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  return (
    <div className="card cascade__empty" data-testid="conversions-empty">
      <h3>{t('links.conversions.empty.title', { n: range })}</h3>
      <p>{t('links.conversions.empty.body')}</p>
      <SnippetTag workspaceId={workspaceId} />
      <p>{t('links.conversions.empty.call')}</p>
      <pre className="snippet__code conversions__call">{"chorus('sale', { value: 42, currency: 'EUR' });"}</pre>
      <p className="muted cascade__note">
        {t('cascade.empty.origins')}{' '}
        {can.manageMembers(workspace.role) ? <Link to="/workspace">{t('cascade.empty.settings')}</Link> : t('cascade.empty.askAdmin')}
      </p>
    </div>
  );
}
