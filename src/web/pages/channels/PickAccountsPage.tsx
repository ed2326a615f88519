/**
 * After "Connect with <network>" reached several accounts (Pages and their Instagram accounts, LinkedIn pages): the
 * person ticks which become channels. The choice lives on the server for 15 minutes; coming back later says so.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { oauthApi, type Grant } from '../../api-oauth';
import { useWorkspace } from '../../session';
import { Link, navigate } from '../../router';
import { errorText } from '../../lib/errors';
import { useSubmit } from '../../lib/useSubmit';
import { useChannelHealth } from '../../lib/channelHealth';
import { Notice } from '../../components/Field';
import { NetworkName } from '../../components/ChannelLabel';

export function PickAccountsPage({ grantId }: { grantId: string }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const [grant, setGrant] = useState<Grant | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [failed, setFailed] = useState<Record<string, string>>({});
  const { busy, error, submit } = useSubmit([]);
  const { refresh } = useChannelHealth();

  useEffect(() => {
    let live = true;
    oauthApi.getGrant(workspace.id, grantId).then(
      (g) => {
        if (!live) return;
        setGrant(g);
        // Accounts not yet connected start ticked: most people connect everything they just shared.
        setPicked(new Set(g.accounts.filter((a) => !a.connected).map((a) => a.externalId)));
      },
      (e: unknown) => live && setLoadError(e),
    );
    return () => {
      live = false;
    };
  }, [workspace.id, grantId]);

  function toggle(id: string) {
    setPicked((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  function connect() {
    void submit(async () => {
      const result = await oauthApi.connectGrant(workspace.id, grantId, [...picked]);
      // The channels list (and the reconnect banner) learn about the new channels now, not at the next tick.
      refresh();
      if (result.failed.length === 0) {
        navigate(`/channels?connectedCount=${result.channels.length}`);
        return;
      }
      setFailed(Object.fromEntries(result.failed.map((f) => [f.externalId, f.message])));
      setPicked(new Set(result.failed.map((f) => f.externalId)));
    });
  }

  const expired = loadError instanceof ApiError && loadError.status === 404;
  const network = grant ? t(`networks.${grant.network}`, { defaultValue: grant.network }) : '';
  return (
    <section className="page">
      <header className="page__header">
        <h1>{t('channels.pick.title')}</h1>
        {grant ? <p className="muted">{t('channels.pick.intro', { network })}</p> : null}
      </header>
      {expired ? (
        <Notice kind="error">{t('channels.pick.expired')}</Notice>
      ) : loadError ? (
        <Notice kind="error">{errorText(loadError)}</Notice>
      ) : null}
      {error ? <Notice kind="error">{errorText(error)}</Notice> : null}
      {grant ? (
        <div className="card" data-testid="account-picker">
          <ul className="account-picker">
            {grant.accounts.map((account) => (
              <li key={`${account.network} ${account.externalId}`} className="account-picker__item">
                <label>
                  <input type="checkbox" checked={picked.has(account.externalId)} onChange={() => toggle(account.externalId)} />
                  <span className={`network-dot network-dot--${account.network}`} aria-hidden="true" />
                  <span className="account-picker__label">{account.label}</span>
                  <span className="muted">
                    <NetworkName network={account.network} />
                    {account.connected ? ` · ${t('channels.pick.alreadyConnected')}` : null}
                  </span>
                  {failed[account.externalId] ? <p className="account-picker__failed">{failed[account.externalId]}</p> : null}
                </label>
              </li>
            ))}
          </ul>
          <div className="form__actions">
            <button type="button" className="button button--primary" disabled={busy || picked.size === 0} onClick={connect}>
              {busy ? t('common.working') : t('channels.pick.submit', { count: picked.size })}
            </button>
            <Link to="/channels" className="button button--ghost">
              {t('common.cancel')}
            </Link>
          </div>
        </div>
      ) : !loadError ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <Link to="/channels">{t('channels.pick.back')}</Link>
      )}
    </section>
  );
}
