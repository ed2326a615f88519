/**
 * Workspaces: create one; the current workspace's team (invite, remove) and API tokens (create, revoke); and, for
 * admins, the websites allowed to send tracking data (with the snippet to paste on them). It links to the network
 * apps page (`#/workspace/networks`).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api';
import { useSession } from '../../session';
import { useApiQuery } from '../../api/queries';
import { can } from '../../lib/roles';
import { Link } from '../../router';
import { errorText, formErrors } from '../../lib/errors';
import { Field, Notice } from '../../components/Field';
import { SnippetTag } from '../../components/SnippetTag';
import { MembersSection } from './MembersSection';
import { TokensSection } from './TokensSection';
import { TwoFactorRequirement } from './TwoFactorRequirement';

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
      {workspace && can.manageMembers(workspace.role) ? <Tracking workspaceId={workspace.id} /> : null}
      {workspace && can.manageMembers(workspace.role) ? <TwoFactorRequirement workspaceId={workspace.id} role={workspace.role} /> : null}
      <form className="card form" onSubmit={(e) => void create(e)} noValidate>
        <h2>{t('workspace.create')}</h2>
        {errors.general ? <Notice kind="error">{errors.general}</Notice> : null}
        <Field label={t('workspace.name')} error={errors.byField.name}>
          <input name="name" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <button type="submit" className="button button--primary" disabled={!name.trim()}>
          {t('workspace.createSubmit')}
        </button>
      </form>
    </section>
  );
}

/** The sites (scheme://host[:port]) whose pages may send tracking data through the /t.js snippet. Admins only. */
function Tracking({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const loaded = useApiQuery(['collect-origins', workspaceId], () => api.getCollectOrigins(workspaceId));
  const [origins, setOrigins] = useState<string[] | null>(null);
  const [input, setInput] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const list = origins ?? loaded.data?.origins ?? [];

  async function save(next: string[], clearInput: boolean) {
    setBusy(true);
    setError(null);
    try {
      setOrigins((await api.setCollectOrigins(workspaceId, next)).origins);
      if (clearInput) setInput('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  function add(event: FormEvent) {
    event.preventDefault();
    if (input.trim()) void save([...list, input.trim()], true);
  }

  // A refused origin is the one being added (the last of the list sent): its error goes under the input.
  const apiField = error instanceof ApiError ? error.field : undefined;
  const inputError = error && apiField === `origins[${list.length}]` ? errorText(error) : null;

  return (
    <div className="card tracking" data-testid="tracking-settings">
      <h2>{t('tracking.title')}</h2>
      <p className="muted">{t('tracking.intro')}</p>
      <SnippetTag workspaceId={workspaceId} />
      <h3 className="tracking__subtitle">{t('tracking.origins')}</h3>
      {loaded.error ? <Notice kind="error">{errorText(loaded.error)}</Notice> : null}
      {error && !inputError ? <Notice kind="error">{errorText(error)}</Notice> : null}
      {list.length === 0 ? (
        <p className="muted">{loaded.loading && !origins ? t('common.loading') : t('tracking.none')}</p>
      ) : (
        <ul className="origin-list" data-testid="origin-list">
          {list.map((origin) => (
            <li key={origin}>
              <code>{origin}</code>
              <button type="button" className="button button--ghost button--small" disabled={busy}
                onClick={() => void save(list.filter((o) => o !== origin), false)} aria-label={t('tracking.removeNamed', { origin })}>
                {t('tracking.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="form form--inline" onSubmit={(e) => void add(e)} noValidate>
        <Field label={t('tracking.add')} hint={t('tracking.addHint')} error={inputError}>
          <input name="origin" type="url" inputMode="url" placeholder="https://shop.example.com" value={input} onChange={(e) => setInput(e.target.value)} />
        </Field>
        <button type="submit" className="button button--primary" disabled={busy || !input.trim()}>
          {t('tracking.addSubmit')}
        </button>
      </form>
    </div>
  );
}
