/**
 * Conversions split by name ("sale", "lead", …) and by network, for a link or a post: one table per split with each
 * group's count and its value (one sum per currency, as the API keeps them).
 *
 * @example
 *   <ConversionBreakdowns report={data} testIdPrefix="post-conversions" />
 */
import { useTranslation } from 'react-i18next';
import type { LinkConversions } from '../../api';
import { DataTable } from '../../components/DataTable';
import { networkLabel } from './format';

export type ConversionValues = LinkConversions['total']['values'];

interface Group {
  count: number;
  values: ConversionValues;
}

/** "€42.00 · $5.00": each currency's sum in the reader's format (the API gives exact decimals as text). */
export function formatMoney(values: ConversionValues, language: string): string {
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

interface Row extends Group {
  key: string;
  label: string;
}

export function ConversionsTable({ title, head, rows, testId }: { title: string; head: string; rows: Row[]; testId: string }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <div className="card breakdown" data-testid={testId}>
      <h3 className="chart-title">{title}</h3>
      <DataTable className="data-table" columns={[head, { label: t('links.conversions.kpi.count'), num: true }, { label: t('links.conversions.kpi.value'), num: true }]}>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td className="num">{number.format(r.count)}</td>
            <td className="num">{r.values.length ? formatMoney(r.values, i18n.language) : '—'}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}

interface Report {
  byName: Array<Group & { name: string }>;
  byNetwork: Array<Group & { network: string }>;
}

/** Both splits of a report side by side; their test ids are `<testIdPrefix>-by-name` and `<testIdPrefix>-by-network`. */
export function ConversionBreakdowns({ report, testIdPrefix }: { report: Report; testIdPrefix: string }) {
  const { t } = useTranslation();
  return (
    <div className="breakdowns">
      <ConversionsTable testId={`${testIdPrefix}-by-name`} title={t('links.conversions.byName')} head={t('links.conversions.name')}
        rows={report.byName.map((g) => ({ ...g, key: g.name, label: g.name }))} />
      <ConversionsTable testId={`${testIdPrefix}-by-network`} title={t('links.conversions.byNetwork')} head={t('links.conversions.network')}
        rows={report.byNetwork.map((g) => ({ ...g, key: g.network, label: g.network === 'none' ? t('links.stats.noNetwork') : networkLabel(g.network) }))} />
    </div>
  );
}
