/**
 * The workspace's connected accounts, and the forms to connect them: Bluesky, Mastodon, and each network of issue 4
 * ("Connect with <network>" where this server has its sign-in configured, an access token otherwise).
 * `?reconnect=<id>` opens the form of an account whose credentials stopped working; reconnecting it releases its held
 * posts. A network's sign-in comes back here with `connected=<id>`, or `oauthError=<code>&message=…`.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Channel } from '../../api';
import { useWorkspace } from '../../session';
import { useApiQuery } from '../../api/queries';
import { useRoute, navigate } from '../../router';
import { can } from '../../lib/roles';
import { errorText } from '../../lib/errors';
import { QUIET_MS, useChannelHealth } from '../../lib/channelHealth';
import { Notice } from '../../components/Field';
import { ChannelRow } from './ChannelRow';
import { ConnectBluesky } from './ConnectBluesky';
import { ConnectMastodon } from './ConnectMastodon';
import { ConnectNetwork } from './ConnectNetwork';
import { isTokenNetwork, oauthApi, TOKEN_NETWORKS } from '../../api-oauth';

export function ChannelsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { query } = useRoute();
  // The same list the reconnect banner reads, so the two never disagree.
  const { channels, error: loadError, refresh } = useChannelHealth();
  const [removeError, setRemoveError] = useState<unknown>(null);
  const connectedId = query.get('connected');
  const reconnectedId = query.get('reconnected');
  // Mastodon's callback says `error=<message>`; the other networks' callback `oauthError=<code>&message=…`.
  const oauthError = query.get('error');
  const networkError = query.get('oauthError');
  const connectedCount = query.get('connectedCount');
  // Without the list the token forms still work ([] on a failure); only the sign-in buttons wait for it (null).
  const networkList = useApiQuery(['networks'], () => oauthApi.listNetworks());
  const networks = networkList.data?.networks ?? (networkList.error ? [] : null);
  const connected = channels?.find((c) => c.id === connectedId);
  const reconnected = channels?.find((c) => c.id === reconnectedId);
  const mayConnect = can.connectChannels(workspace.role);
  const reconnecting = mayConnect
    ? channels?.find((c) => c.id === query.get('reconnect') && (c.network === 'bluesky' || c.network === 'mastodon' || isTokenNetwork(c.network)))
    : undefined;
  const oauthOf = (network: string) => networks?.find((n) => n.network === network)?.oauth === true;
  const reconnectForm = useRef<HTMLDivElement>(null);

  useEffect(() => refresh(QUIET_MS), [refresh]);
  useEffect(() => {
    reconnectForm.current?.scrollIntoView({ block: 'nearest' });
  }, [reconnecting?.id]);

  async function remove(channel: Channel) {
    if (!window.confirm(t('channels.confirmRemove', { handle: channel.handle }))) return;
    setRemoveError(null);
    try {
      await api.deleteChannel(workspace.id, channel.id);
      refresh();
    } catch (e) {
      setRemoveError(e);
    }
  }

  function afterReconnect(channel: Channel) {
    refresh();
    navigate(`/channels?reconnected=${encodeURIComponent(channel.id)}`);
  }

  const dismiss = (
    <button type="button" className="link-button" onClick={() => navigate('/channels')}>
      {t('common.dismiss')}
    </button>
  );

  return (
    <section className="page">
      <header className="page__header">
        <h1>{t('channels.title')}</h1>
        <p className="muted">{t('channels.intro')}</p>
      </header>
      {connectedId ? (
        <Notice kind="success">
          {connected ? t('channels.connectedNamed', { handle: connected.handle }) : t('channels.connected')} {dismiss}
        </Notice>
      ) : null}
      {reconnectedId ? (
        <Notice kind="success">
          {t('channels.reconnected', { handle: reconnected?.handle ?? '' })} {dismiss}
        </Notice>
      ) : null}
      {connectedCount ? (
        <Notice kind="success">
          {t('channels.connectedCount', { count: Number(connectedCount) })} {dismiss}
        </Notice>
      ) : null}
      {networkError ? (
        <Notice kind="error">
          {t(`channels.oauthErrors.${networkError}`, {
            defaultValue: t('channels.oauthErrors.oauth_failed'),
            network: t(`networks.${query.get('network') ?? ''}`, { defaultValue: t('channels.theNetwork') }),
          })}{' '}
          {query.get('message') ? <span className="muted">({query.get('message')})</span> : null} {dismiss}
        </Notice>
      ) : null}
      {oauthError ? (
        <Notice kind="error">
          {t('channels.oauthFailed', { message: oauthError })} {dismiss}
        </Notice>
      ) : null}
      {loadError ? <Notice kind="error">{errorText(loadError)}</Notice> : null}
      {removeError ? <Notice kind="error">{errorText(removeError)}</Notice> : null}

      <div className="card">
        {channels === null ? (
          <p className="muted">{t('common.loading')}</p>
        ) : channels.length === 0 ? (
          <p className="empty">{t('channels.empty')}</p>
        ) : (
          <ul className="channel-list" data-testid="channel-list">
            {channels.map((channel) => (
              <ChannelRow key={channel.id} channel={channel} mayConnect={mayConnect} onRemove={(c) => void remove(c)} />
            ))}
          </ul>
        )}
      </div>

      {reconnecting ? (
        <div ref={reconnectForm} className="reconnect-form">
          {reconnecting.network === 'mastodon' ? (
            <ConnectMastodon
              key={reconnecting.id}
              workspaceId={workspace.id}
              reconnect={reconnecting}
              onConnected={afterReconnect}
              onCancel={() => navigate('/channels')}
            />
          ) : isTokenNetwork(reconnecting.network) ? (
            <ConnectNetwork
              key={reconnecting.id}
              workspaceId={workspace.id}
              network={reconnecting.network}
              oauth={oauthOf(reconnecting.network)}
              reconnect={reconnecting}
              onConnected={afterReconnect}
              onCancel={() => navigate('/channels')}
            />
          ) : reconnecting.network === 'bluesky' ? (
            <ConnectBluesky
              key={reconnecting.id}
              workspaceId={workspace.id}
              reconnect={reconnecting}
              onConnected={afterReconnect}
              onCancel={() => navigate('/channels')}
            />
          ) : null}
        </div>
      ) : mayConnect ? (
        <div className="grid-2">
          <ConnectBluesky workspaceId={workspace.id} onConnected={() => refresh()} />
          <ConnectMastodon workspaceId={workspace.id} onConnected={() => refresh()} />
          {networks === null
            ? null
            : TOKEN_NETWORKS.filter((n) => networks.length === 0 || networks.some((info) => info.network === n)).map((network) => (
                <ConnectNetwork key={network} workspaceId={workspace.id} network={network} oauth={oauthOf(network)} onConnected={() => refresh()} />
              ))}
        </div>
      ) : null}
    </section>
  );
}
