/**
 * What the channels page shows and does: the workspace's channels (the same list the reconnect banner reads), the
 * networks and how each connects here (sign-in counts the apps this workspace's owners saved), what the address
 * says (`connected`, `reconnect`, a sign-in's error), and removing a channel.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Channel } from '../../api';
import { useWorkspace } from '../../session';
import { useApiQuery } from '../../api/queries';
import { useRoute, navigate } from '../../router';
import { can } from '../../lib/roles';
import { QUIET_MS, useChannelHealth } from '../../lib/channelHealth';
import { isTokenNetwork, oauthApi } from '../../api-oauth';

export function useChannelsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { query } = useRoute();
  const { channels, error: loadError, refresh } = useChannelHealth();
  const [removeError, setRemoveError] = useState<unknown>(null);
  // Without the list the token forms still work ([] on a failure); only the sign-in buttons wait for it (null).
  const networkList = useApiQuery(['networks', workspace.id], () => oauthApi.listNetworks(workspace.id));
  const networks = networkList.data?.networks ?? (networkList.error ? [] : null);
  const mayConnect = can.connectChannels(workspace.role);
  const reconnecting = mayConnect
    ? channels?.find((c) => c.id === query.get('reconnect') && (c.network === 'bluesky' || c.network === 'mastodon' || isTokenNetwork(c.network)))
    : undefined;

  useEffect(() => refresh(QUIET_MS), [refresh]);

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

  return {
    workspace,
    query,
    channels,
    loadError,
    removeError,
    refresh,
    networks,
    mayConnect,
    owner: workspace.role === 'owner',
    reconnecting,
    oauthOf: (network: string) => networks?.find((n) => n.network === network)?.oauth === true,
    remove,
    afterReconnect,
  };
}

export type ChannelsPageData = ReturnType<typeof useChannelsPage>;
