/**
 * Workspaces: create one; the current workspace's team (invite, remove), API tokens (create, revoke) and UTM
 * template; for editors and above, the calendar feed address; and, for admins, links to the audit log and the webhooks page (`#/workspace/webhooks`), the websites allowed to send tracking data (with the snippet
 * to paste on them) and the two-factor requirement. It links to the network apps page (`#/workspace/networks`).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useSession } from '../../session';
import { can } from '../../lib/roles';
import { formErrors } from '../../lib/errors';
import { Notice, TextField } from '../../components/Field';
import { MembersSection } from './MembersSection';
import { TokensSection } from './TokensSection';
import { TwoFactorRequirement } from './TwoFactorRequirement';
import { TrackingSection } from './TrackingSection';
import { UtmTemplateSection } from './UtmTemplateSection';
import { CalendarFeedSection } from './CalendarFeedSection';
import { Link } from '../../router';

export function WorkspacePage() {
  const { t } = useTranslation();
  const { workspace, workspaces, setWorkspaces, selectWorkspace } = useSession();
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const errors = formErrors(error, ['name']);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const created = await api.createWorkspace(name.trim());
      setWorkspaces([...workspaces, created]);
      selectWorkspace(created.id);
      setName('');
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="page">
      <header className="page__header">
        <h1>{workspace ? workspace.name : t('workspace.none')}</h1>
        {workspace ? <p className="muted">{t('workspace.yourRole', { role: t(`roles.${workspace.role}`) })}</p> : null}
        {workspace && can.manageMembers(workspace.role) ? (
          <p>
            <Link to="/workspace/audit">{t('audit.open')}</Link>
          </p>
        ) : null}
        {workspace && can.manageMembers(workspace.role) ? (
          <p>
            <Link to="/workspace/webhooks" data-testid="to-webhooks">
              {t('webhooks.link')}
            </Link>
          </p>
        ) : null}
      </header>
      {workspace ? (
        <p>
          <Link to="/workspace/networks" data-testid="to-network-apps">
            {t('networkApps.link')}
          </Link>
        </p>
      ) : null}
      {workspace ? <MembersSection workspaceId={workspace.id} role={workspace.role} /> : null}
      {workspace ? <TokensSection workspaceId={workspace.id} role={workspace.role} /> : null}
      {workspace ? <UtmTemplateSection workspaceId={workspace.id} role={workspace.role} /> : null}
      {workspace && can.manageCalendarFeed(workspace.role) ? <CalendarFeedSection workspaceId={workspace.id} /> : null}
      {workspace && can.manageMembers(workspace.role) ? <TrackingSection workspaceId={workspace.id} /> : null}
      {workspace && can.manageMembers(workspace.role) ? <TwoFactorRequirement workspaceId={workspace.id} role={workspace.role} /> : null}
      <form className="card form" onSubmit={(e) => void create(e)} noValidate>
        <h2>{t('workspace.create')}</h2>
        {errors.general ? <Notice kind="error">{errors.general}</Notice> : null}
        <TextField label={t('workspace.name')} error={errors.byField.name} name="name" value={name} onValue={setName} />
        <button type="submit" className="button button--primary" disabled={!name.trim()}>
          {t('workspace.createSubmit')}
        </button>
      </form>
    </section>
  );
}
