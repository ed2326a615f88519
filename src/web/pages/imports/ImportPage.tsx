/**
 * `#/import`: scheduling many posts from a CSV file (Hootsuite, Sprout Social, Agorapulse or Chorus's own). The file
 * is checked first and every row's outcome shown with its errors per column; the person fixes the file and checks
 * again, then imports with a progress bar. Contributors and above. The state is `useImport`'s; these are its sections.
 */
import { useTranslation } from 'react-i18next';
import { importsApi } from '../../api-imports';
import { PageHeader } from '../../components/PageHeader';
import { useWorkspace } from '../../session';
import { ImportActions } from './ImportActions';
import { ImportForm } from './ImportForm';
import { ImportOutcome } from './ImportOutcome';
import { useImport } from './useImport';
import './imports.css';

export function ImportPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const imp = useImport(workspace.id);
  return (
    <section className="page page--wide imports" data-testid="import-page">
      <PageHeader title={t('imports.title')} intro={t('imports.intro')}>
        <a className="button" href={importsApi.exportUrl(workspace.id)} download data-testid="import-export">
          {t('imports.export')}
        </a>
      </PageHeader>
      <div className="card imports__form">
        <ImportForm choices={imp.choices} onChoose={imp.choose} />
        <ImportActions checked={imp.checked !== null} okRows={imp.okRows} canCheck={imp.canCheck} canImport={imp.canImport} progress={imp.progress} onCheck={imp.check} onRun={imp.run} />
      </div>
      <ImportOutcome error={imp.error} checked={imp.checked} imported={imp.imported} okRows={imp.okRows} badRows={imp.badRows} />
    </section>
  );
}
