/** Every row's outcome: its line as the spreadsheet numbers it, when it goes out, its text, and each error by column. */
import { useTranslation } from 'react-i18next';
import type { ImportRow } from '../../api-imports';

export function ImportRows({ rows }: { rows: ImportRow[] }) {
  const { t, i18n } = useTranslation();
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <table className="imports__rows" data-testid="import-rows">
      <thead>
        <tr>
          <th>{t('imports.line')}</th>
          <th>{t('imports.status')}</th>
          <th>{t('imports.when')}</th>
          <th>{t('imports.text')}</th>
          <th>{t('imports.errors')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.line} className={row.status === 'error' ? 'imports__row--error' : undefined} data-testid="import-row" data-status={row.status}>
            <td>{row.line}</td>
            <td>{t(`imports.statuses.${row.status}`)}</td>
            <td>{row.scheduledAt ? when.format(new Date(row.scheduledAt)) : t('imports.draft')}</td>
            <td className="imports__text">{row.text}</td>
            <td>
              <ul>
                {(row.errors ?? []).map((e, i) => (
                  <li key={i}>
                    <strong>{e.column}</strong>: {e.message}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
