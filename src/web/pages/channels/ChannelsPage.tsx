/**
 * The workspace's connected accounts, and the forms to connect Bluesky and Mastodon ones. `?reconnect=<id>` opens
 * the form of an account whose credentials stopped working, filled in; reconnecting it releases its held posts.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Channel } from '../../api';
import { useWorkspace } from '../../session';
import { useRoute, navigate } from '../../router';
import { can } from '../../lib/roles';
import { errorText } from '../../lib/errors';
import { QUIET_MS, useChannelHealth } from '../../lib/channelHealth';
import { Notice } from '../../components/Field';
import { ChannelRow } from './ChannelRow';
import { ConnectBluesky } from './ConnectBluesky';
import { ConnectMastodon } from './ConnectMastodon';

export function ChannelsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { query } = useRoute();
  // The same list the reconnect banner reads, so the two never disagree.
  const { channels, error: loadError, refresh } = useChannelHealth();
  const [removeError, setRemoveError] = useState<unknown>(null);
  const connectedId = query.get('connected');
  const reconnectedId = query.get('reconnected');
  const oauthError = query.get('error');
  const connected = channels?.find((c) => c.id === connectedId);
  const reconnected = channels?.find((c) => c.id === reconnectedId);
  const mayConnect = can.connectChannels(workspace.role);
  const reconnecting = mayConnect
    ? channels?.find((c) => c.id === query.get('reconnect') && (c.network === 'bluesky' || c.network === 'mastodon'))
    : undefined;
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
        </div>
      ) : null}
    </section>
  );
}
