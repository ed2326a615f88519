/**
 * `#/workspace/audit`: the workspace's audit log for admins and owners, filtered by person, action and dates, a page
 * at a time. The filters make the list's key, so changing one starts again from the newest entry.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accessApi } from '../../api-access';
import type { AuditQuery } from '../../api-audit';
import { useApiQuery } from '../../api/queries';
import { Link } from '../../router';
import { useWorkspace } from '../../session';
import { can } from '../../lib/roles';
import { Field, Notice } from '../../components/Field';
import { actionKey, auditActions } from './audit-actions';
import { AuditTable } from './AuditTable';
import './audit.css';

interface Filters {
  actor: string;
  action: string;
  /** `YYYY-MM-DD` days where the person is; empty for no bound. */
  from: string;
  to: string;
}

const none: Filters = { actor: '', action: '', from: '', to: '' };
const isNone = (f: Filters) => !f.actor && !f.action && !f.from && !f.to;

export function AuditPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const [filters, setFilters] = useState<Filters>(none);
  const allowed = can.manageMembers(workspace.role);

  return (
    <section className="page" data-testid="audit-page">
      <header className="page__header">
        <h1>{t('audit.title')}</h1>
        <p className="muted">{t('audit.intro')}</p>
        <p>
          <Link to="/workspace">{t('audit.back')}</Link>
        </p>
      </header>
      {allowed ? (
        <>
          <AuditFilters workspaceId={workspace.id} filters={filters} onChange={setFilters} />
          <AuditTable key={JSON.stringify(filters)} workspaceId={workspace.id} query={toQuery(filters)} filtered={!isNone(filters)} />
        </>
      ) : (
        <Notice kind="info">{t('audit.onlyAdmins')}</Notice>
      )}
    </section>
  );
}

/** The API's query for `filters`: whole days where the person is, from the first instant of `from` to the last of `to`. */
function toQuery(filters: Filters): AuditQuery {
  const query: AuditQuery = {};
  if (filters.actor) query.actor = filters.actor;
  const action = auditActions.find((code) => code === filters.action);
  if (action) query.action = action;
  if (filters.from) query.from = new Date(`${filters.from}T00:00:00`).toISOString();
  if (filters.to) query.to = new Date(`${filters.to}T23:59:59.999`).toISOString();
  return query;
}

function AuditFilters({ workspaceId, filters, onChange }: { workspaceId: string; filters: Filters; onChange(next: Filters): void }) {
  const { t } = useTranslation();
  const team = useApiQuery(['team', workspaceId], () => accessApi.listTeam(workspaceId));
  const members = (team.data?.members ?? []).filter((m) => m.status === 'active');
  const set = (key: keyof Filters) => (event: { target: { value: string } }) => onChange({ ...filters, [key]: event.target.value });

  return (
    <form className="card form form--inline audit-filters" onSubmit={(e) => e.preventDefault()} data-testid="audit-filters">
      <Field label={t('audit.person')}>
        <select name="actor" value={filters.actor} onChange={set('actor')}>
          <option value="">{t('audit.anyone')}</option>
          {members.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name ? `${m.name} (${m.email})` : m.email}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('audit.action')}>
        <select name="action" value={filters.action} onChange={set('action')}>
          <option value="">{t('audit.anyAction')}</option>
          {auditActions.map((code) => (
            <option key={code} value={code}>
              {t(actionKey(code))}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('audit.from')}>
        <input name="from" type="date" value={filters.from} onChange={set('from')} />
      </Field>
      <Field label={t('audit.to')}>
        <input name="to" type="date" value={filters.to} onChange={set('to')} />
      </Field>
      <button type="button" className="button button--ghost" onClick={() => onChange(none)} disabled={isNone(filters)}>
        {t('audit.clear')}
      </button>
    </form>
  );
}
