/**
 * The audit log's rows for one set of filters: the first page from the query cache, further pages appended by
 * "load more" (each asked for with the previous page's `nextBefore`, so no entry shows twice).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditApi, type AuditEntry, type AuditQuery } from '../../api-audit';
import { useApiQuery } from '../../api/queries';
import { errorText } from '../../lib/errors';
import { formatWhen, userTimeZone } from '../../lib/dates';
import { Notice } from '../../components/Field';
import { DataTable } from '../../components/DataTable';
import { Avatar } from '../../components/Avatar';
import { actionKey } from './audit-actions';

interface Props {
  workspaceId: string;
  query: AuditQuery;
  /** Whether any filter is set, which changes what an empty list means. */
  filtered: boolean;
}

export function AuditTable({ workspaceId, query, filtered }: Props) {
  const { t } = useTranslation();
  const first = useApiQuery(['audit', workspaceId, query], () => auditApi.list(workspaceId, query));
  const [more, setMore] = useState<{ entries: AuditEntry[]; nextBefore: number | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const entries = [...(first.data?.entries ?? []), ...(more?.entries ?? [])];
  const nextBefore = more ? more.nextBefore : (first.data?.nextBefore ?? null);

  async function loadMore(before: number) {
    setBusy(true);
    setError(null);
    try {
      const page = await auditApi.list(workspaceId, { ...query, before });
      setMore((prev) => ({ entries: [...(prev?.entries ?? []), ...page.entries], nextBefore: page.nextBefore }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="card" data-testid="audit-log">
      {first.error ? <Notice kind="error">{errorText(first.error)}</Notice> : null}
      {first.loading && !first.data ? <p className="muted">{t('common.loading')}</p> : null}
      {first.data && entries.length === 0 ? (
        <p className="empty" data-testid="audit-empty">{filtered ? t('audit.emptyFiltered') : t('audit.empty')}</p>
      ) : null}
      {entries.length > 0 ? (
        <div className="table-scroll">
          <DataTable className="audit-table" columns={[t('audit.when', { zone: userTimeZone() }), t('audit.who'), t('audit.what'), t('audit.target'), t('audit.details')]}>
            {entries.map((entry) => (
              <AuditRow key={entry.id} entry={entry} />
            ))}
          </DataTable>
        </div>
      ) : null}
      {error ? <Notice kind="error">{errorText(error)}</Notice> : null}
      {nextBefore !== null ? (
        <button type="button" className="button" disabled={busy} onClick={() => void loadMore(nextBefore)}>
          {busy ? t('common.loading') : t('audit.loadMore')}
        </button>
      ) : null}
    </div>
  );
}

function AuditRow({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  // No person: Chorus itself (a channel found expired, a scheduled post published), or a deleted account.
  const who = entry.actorUserId === null ? t('audit.chorus') : entry.actorName || entry.actorEmail || t('audit.formerMember');
  const targetKey = `audit.targets.${entry.targetType}`;
  return (
    <tr data-testid="audit-row" data-action={entry.action}>
      <td>
        <time dateTime={entry.at}>{formatWhen(entry.at, i18n.language)}</time>
      </td>
      <td>
        <span className="audit-who">
          <Avatar src={null} name={who} size={24} />
          <span>
            {who}
            {entry.actorName && entry.actorEmail ? <span className="muted"> {entry.actorEmail}</span> : null}
          </span>
        </span>
      </td>
      <td>{i18n.exists(actionKey(entry.action)) ? t(actionKey(entry.action)) : entry.action}</td>
      <td>
        {i18n.exists(targetKey) ? t(targetKey) : entry.targetType}
        {entry.targetId ? <code className="audit-id">{entry.targetId}</code> : null}
      </td>
      <td>
        <Details data={entry.data} />
      </td>
    </tr>
  );
}

/** What the entry recorded beside the action (a role, a name, the new template), as `key: value` pairs. */
function Details({ data }: { data: Record<string, unknown> }) {
  const pairs = Object.entries(data);
  if (pairs.length === 0) return null;
  return (
    <dl className="audit-details">
      {pairs.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
