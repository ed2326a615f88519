/** What the last check or import said: its error, the count imported, the summary of a check, and every row's outcome. */
import { useTranslation } from 'react-i18next';
import type { ImportAnswer } from '../../api-imports';
import { Notice } from '../../components/Field';
import { errorText } from '../../lib/errors';
import { ImportRows } from './ImportRows';

interface OutcomeProps {
  error: unknown;
  checked: ImportAnswer | null;
  imported: ImportAnswer | null;
  okRows: number;
  badRows: number;
}

export function ImportOutcome({ error, checked, imported, okRows, badRows }: OutcomeProps) {
  const { t } = useTranslation();
  const shown = checked ?? imported;
  return (
    <>
      {error ? <Notice kind="error">{errorText(error)}</Notice> : null}
      {imported ? (
        <Notice kind={imported.rows.some((r) => r.status === 'error') ? 'error' : 'success'}>
          <span data-testid="import-done">{t('imports.done', { count: imported.imported })}</span>
        </Notice>
      ) : null}
      {checked ? <p data-testid="import-summary">{t('imports.summary', { ok: okRows, bad: badRows, format: t(`imports.formats.${checked.format}`) })}</p> : null}
      {checked && badRows > 0 ? <p className="muted">{t('imports.fixHint')}</p> : null}
      {shown ? <ImportRows rows={shown.rows} /> : null}
    </>
  );
}
