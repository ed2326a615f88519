/**
 * Workspaces: switch, create one, and (for admins) see and invite the current workspace's members and choose the
 * websites allowed to send tracking data (with the snippet to paste on them).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Role } from '../../api';
import { useSession } from '../../session';
import { useLoad } from '../../lib/useLoad';
import { can, roles } from '../../lib/roles';
import { errorText, formErrors } from '../../lib/errors';
import { Field, Notice } from '../../components/Field';
import { SnippetTag } from '../../components/SnippetTag';
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
      {workspace ? <Members workspaceId={workspace.id} role={workspace.role} /> : null}
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

function Members({ workspaceId, role }: { workspaceId: string; role: Role }) {
  const { t } = useTranslation();
  const members = useLoad(() => api.listMembers(workspaceId), [workspaceId]);
  const [email, setEmail] = useState('');
  const [newRole, setNewRole] = useState<Role>('editor');
  const [error, setError] = useState<unknown>(null);
  const [invited, setInvited] = useState<{ email: string; url: string | null } | null>(null);
  const errors = formErrors(error, ['email', 'role']);

  async function invite(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setInvited(null);
    try {
      const result = await api.inviteMember(workspaceId, { email: email.trim(), role: newRole });
      setInvited({ email: result.member.email, url: result.inviteUrl });
      setEmail('');
      members.reload();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div className="card">
      <h2>{t('workspace.members')}</h2>
      {members.error ? <Notice kind="error">{errorText(members.error)}</Notice> : null}
      <ul className="member-list">
        {(members.data?.members ?? []).map((m) => (
          <li key={m.userId}>
            <span>
              <strong>{m.name || m.email}</strong>
              {m.name ? <span className="muted"> {m.email}</span> : null}
            </span>
            <span className="pill">{t(`roles.${m.role}`)}</span>
          </li>
        ))}
      </ul>
      {can.manageMembers(role) ? (
        <form className="form form--inline" onSubmit={(e) => void invite(e)} noValidate>
          {errors.general ? <Notice kind="error">{errors.general}</Notice> : null}
          <Field label={t('workspace.inviteEmail')} error={errors.byField.email}>
            <input type="email" name="email" value={email} onChange={(e) => setEmail(e.target.value)} />
          </Field>
          <Field label={t('workspace.inviteRole')} error={errors.byField.role}>
            <select value={newRole} onChange={(e) => setNewRole(e.target.value as Role)}>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit" className="button button--primary" disabled={!email.trim()}>
            {t('workspace.invite')}
          </button>
        </form>
      ) : null}
      {invited?.url ? (
        <Notice kind="success">
          {t('workspace.inviteReady')} <code className="invite-url" data-testid="invite-url">{invited.url}</code>
        </Notice>
      ) : invited ? (
        <Notice kind="success">{t('workspace.added', { email: invited.email })}</Notice>
      ) : null}
    </div>
  );
}

/** The sites (scheme://host[:port]) whose pages may send tracking data through the /t.js snippet. Admins only. */
function Tracking({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const loaded = useLoad(() => api.getCollectOrigins(workspaceId), [workspaceId]);
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
