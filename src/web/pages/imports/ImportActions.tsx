/** Check the file (again), import the rows that passed, and the import's progress while it runs. */
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../api-imports';

interface ActionsProps {
  checked: boolean;
  okRows: number;
  canCheck: boolean;
  canImport: boolean;
  progress: ImportProgress | null;
  onCheck(): void;
  onRun(): void;
}

export function ImportActions({ checked, okRows, canCheck, canImport, progress, onCheck, onRun }: ActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="imports__actions">
        <button type="button" className="button" disabled={!canCheck} onClick={onCheck} data-testid="import-check">
          {checked ? t('imports.checkAgain') : t('imports.check')}
        </button>
        <button type="button" className="button button--primary" disabled={!canImport} onClick={onRun} data-testid="import-run">
          {t('imports.run', { count: okRows })}
        </button>
      </div>
      {progress ? (
        <div className="imports__progress" data-testid="import-progress">
          <span>{t(`imports.phases.${progress.phase}`, { done: progress.done, total: progress.total })}</span>
          <progress max={progress.total || 1} value={progress.done} />
        </div>
      ) : null}
    </>
  );
}
