/**
 * The browsers signed in to this account (end one, or all but this one) and the person's API tokens in every
 * workspace, with when each was last used.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { securityApi, type AccountSession } from '../../api-security';
import { useApiQuery } from '../../api/queries';
import { errorText } from '../../lib/errors';
import { Notice } from '../../components/Field';
import { DataTable } from '../../components/DataTable';
import { formatWhen } from '../../lib/dates';

function deviceName(session: AccountSession, t: (key: string, options?: Record<string, unknown>) => string): string {
  const { browser, os } = session.device;
  if (browser && os) return t('security.sessions.browserOn', { browser, os });
  return browser ?? os ?? t('security.sessions.unknownDevice');
}

export function SessionsSection() {
  const { t, i18n } = useTranslation();
  const sessions = useApiQuery(['my-sessions'], () => securityApi.listSessions());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [ended, setEnded] = useState<number | null>(null);

  async function run(work: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    setEnded(null);
    try {
      await work();
      sessions.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const list = sessions.data?.sessions ?? [];
  const others = list.filter((s) => !s.current).length;
  return (
    <div className="card" data-testid="sessions">
      <h2>{t('security.sessions.title')}</h2>
      <p className="muted">{t('security.sessions.intro')}</p>
      {sessions.error || error ? <Notice kind="error">{errorText(error ?? sessions.error)}</Notice> : null}
      {ended !== null ? <Notice kind="success">{t('security.sessions.endedOthers', { count: ended })}</Notice> : null}
      <ul className="session-list">
        {list.map((s) => (
          <li key={s.id} data-testid="session-row">
            <div>
              <strong>{deviceName(s, t)}</strong>
              {s.current ? <span className="pill pill--on">{t('security.sessions.current')}</span> : null}
              <p className="muted session-list__meta">
                {t('security.sessions.meta', {
                  ip: s.ip ?? '—',
                  created: formatWhen(s.createdAt, i18n.language),
                  seen: formatWhen(s.lastSeenAt, i18n.language),
                })}
              </p>
            </div>
            {s.current ? null : (
              <button
                type="button"
                className="button button--danger button--small"
                disabled={busy}
                aria-label={t('security.sessions.endNamed', { device: deviceName(s, t) })}
                onClick={() => void run(() => securityApi.endSession(s.id))}
              >
                {t('security.sessions.end')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {others > 0 ? (
        <button
          type="button"
          className="button button--danger"
          disabled={busy}
          onClick={() => void run(async () => setEnded((await securityApi.endOtherSessions()).ended))}
        >
          {t('security.sessions.endOthers')}
        </button>
      ) : null}
    </div>
  );
}

export function TokensSection() {
  const { t, i18n } = useTranslation();
  const tokens = useApiQuery(['my-tokens'], () => securityApi.listMyTokens());
  const list = tokens.data?.tokens ?? [];
  const columns = [t('security.tokens.name'), t('security.tokens.workspace'), t('security.tokens.role'), t('security.tokens.created'), t('security.tokens.lastUsed')];
  return (
    <div className="card" data-testid="my-tokens">
      <h2>{t('security.tokens.title')}</h2>
      <p className="muted">{t('security.tokens.intro')}</p>
      {tokens.error ? <Notice kind="error">{errorText(tokens.error)}</Notice> : null}
      {list.length === 0 && tokens.data ? <p className="muted">{t('security.tokens.none')}</p> : null}
      {list.length > 0 ? (
        <div className="table-scroll">
          <DataTable className="token-table" columns={columns}>
            {list.map((tk) => (
              <tr key={tk.id} data-testid="token-row">
                <td>{tk.name}</td>
                <td>{tk.workspace.name}</td>
                <td>{t(`roles.${tk.role}`)}</td>
                <td>{formatWhen(tk.createdAt, i18n.language)}</td>
                <td>{tk.lastUsedAt ? formatWhen(tk.lastUsedAt, i18n.language) : t('security.tokens.never')}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      ) : null}
    </div>
  );
}
