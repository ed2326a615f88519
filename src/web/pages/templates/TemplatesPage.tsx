/**
 * `#/templates`: the workspace's saved captions (list, create, edit, delete), its hashtag groups and its
 * workspace-level variables. Every member reads them; editors and above change them. Channel variables and
 * signatures are set on the channels page.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { templatesApi, type Template } from '../../api-templates';
import { useApiQuery } from '../../api/queries';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Notice } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { errorText } from '../../lib/errors';
import { can } from '../../lib/roles';
import { useWorkspace } from '../../session';
import { HashtagGroupsSection } from './HashtagGroupsSection';
import { TemplateForm } from './TemplateForm';
import { VariablesSection } from './VariablesSection';
import './templates.css';

export function TemplatesPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const editable = can.editTemplates(workspace.role);
  const list = useApiQuery(['templates', workspace.id], () => templatesApi.list(workspace.id));
  const [editing, setEditing] = useState<Template | 'new' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const remove = async (template: Template) => {
    setError(null);
    try {
      await templatesApi.remove(workspace.id, template.id);
      list.reload();
    } catch (e) {
      setError(e);
    }
  };
  const templates = list.data?.templates ?? [];

  return (
    <section className="page page--wide templates" data-testid="templates-page">
      <PageHeader title={t('templates.title')} intro={t('templates.intro')}>
        {editable && editing === null ? (
          <button type="button" className="button button--primary" onClick={() => setEditing('new')} data-testid="template-new">
            {t('templates.new')}
          </button>
        ) : null}
      </PageHeader>
      {list.error ? <Notice kind="error">{errorText(list.error)}</Notice> : null}
      {error ? <Notice kind="error">{errorText(error)}</Notice> : null}
      <div className="templates__layout">
        <div className="templates__main">
          {editing !== null ? (
            <div className="card">
              <h2>{editing === 'new' ? t('templates.form.createTitle') : t('templates.form.editTitle', { name: editing.name })}</h2>
              <TemplateForm
                key={editing === 'new' ? 'new' : editing.id}
                workspaceId={workspace.id}
                template={editing === 'new' ? undefined : editing}
                onCancel={() => setEditing(null)}
                onSaved={() => {
                  setEditing(null);
                  list.reload();
                }}
              />
            </div>
          ) : null}
          {list.loading && !list.data ? <p className="muted">{t('common.loading')}</p> : null}
          {list.data && templates.length === 0 ? <p className="card muted" data-testid="templates-empty">{t('templates.empty')}</p> : null}
          <ul className="templates__list" data-testid="template-list">
            {templates.map((x) => (
              <li key={x.id} className="card template-card" data-testid="template" data-name={x.name}>
                <header className="template-card__head">
                  <strong>{x.name}</strong>
                  {editable ? (
                    <span className="member-list__actions">
                      <button type="button" className="button button--ghost button--small" onClick={() => setEditing(x)} data-testid="template-edit">
                        {t('templates.edit')}
                      </button>
                      <ConfirmButton
                        label={t('templates.delete')}
                        ariaLabel={t('templates.deleteNamed', { name: x.name })}
                        question={t('templates.deleteConfirm', { name: x.name })}
                        yes={t('templates.deleteYes')}
                        onConfirm={() => void remove(x)}
                      />
                    </span>
                  ) : null}
                </header>
                <p className="template-card__text">{x.text}</p>
                {x.tags.length > 0 ? <p className="muted template-card__tags">{x.tags.join(' · ')}</p> : null}
              </li>
            ))}
          </ul>
        </div>
        <aside className="templates__side">
          <HashtagGroupsSection workspaceId={workspace.id} editable={editable} />
          <VariablesSection workspaceId={workspace.id} editable={editable} />
        </aside>
      </div>
    </section>
  );
}
