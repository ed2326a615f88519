/** The templates page's workspace variables; channel values are set on the channels page, segment values by API. */
import { useTranslation } from 'react-i18next';
import { VariableList } from './VariableList';

export function VariablesSection({ workspaceId, editable }: { workspaceId: string; editable: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="card" data-testid="variables-section">
      <h2>{t('templates.variables.title')}</h2>
      <p className="muted">{t('templates.variables.intro')}</p>
      <VariableList workspaceId={workspaceId} editable={editable} />
    </div>
  );
}
