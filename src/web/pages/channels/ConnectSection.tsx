/**
 * The connect forms under the channel list: the form of the account being reconnected (`?reconnect=<id>`), or one
 * form per network — Bluesky, Mastodon, then each OAuth network ("Connect with <network>" where its app is set up
 * for this workspace, a checklist and an access token otherwise).
 */
import { useEffect, useRef } from 'react';
import { navigate } from '../../router';
import { isTokenNetwork, TOKEN_NETWORKS } from '../../api-oauth';
import { ConnectBluesky } from './ConnectBluesky';
import { ConnectMastodon } from './ConnectMastodon';
import { ConnectNetwork } from './ConnectNetwork';
import type { ChannelsPageData } from './useChannelsPage';

export function ConnectSection({ page }: { page: ChannelsPageData }) {
  const { workspace, reconnecting, networks, oauthOf, refresh, afterReconnect, owner } = page;
  const reconnectForm = useRef<HTMLDivElement>(null);
  useEffect(() => {
    reconnectForm.current?.scrollIntoView({ block: 'nearest' });
  }, [reconnecting?.id]);
  const cancel = () => navigate('/channels');

  if (reconnecting) {
    return (
      <div ref={reconnectForm} className="reconnect-form">
        {reconnecting.network === 'mastodon' ? (
          <ConnectMastodon key={reconnecting.id} workspaceId={workspace.id} reconnect={reconnecting} onConnected={afterReconnect} onCancel={cancel} />
        ) : isTokenNetwork(reconnecting.network) ? (
          <ConnectNetwork
            key={reconnecting.id}
            workspaceId={workspace.id}
            network={reconnecting.network}
            oauth={oauthOf(reconnecting.network)}
            owner={owner}
            reconnect={reconnecting}
            onConnected={afterReconnect}
            onCancel={cancel}
          />
        ) : reconnecting.network === 'bluesky' ? (
          <ConnectBluesky key={reconnecting.id} workspaceId={workspace.id} reconnect={reconnecting} onConnected={afterReconnect} onCancel={cancel} />
        ) : null}
      </div>
    );
  }
  if (!page.mayConnect) return null;
  return (
    <div className="grid-2">
      <ConnectBluesky workspaceId={workspace.id} onConnected={() => refresh()} />
      <ConnectMastodon workspaceId={workspace.id} onConnected={() => refresh()} />
      {networks === null
        ? null
        : TOKEN_NETWORKS.filter((n) => networks.length === 0 || networks.some((info) => info.network === n)).map((network) => (
            <ConnectNetwork key={network} workspaceId={workspace.id} network={network} oauth={oauthOf(network)} owner={owner} onConnected={() => refresh()} />
          ))}
    </div>
  );
}
