/**
 * One connected account in the channels list: who it is, its status, and, when its credentials stopped working,
 * what the network said with a way to reconnect it (or whom to ask).
 */
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../api';
import { Link } from '../../router';
import { reconnectPath } from '../../lib/channelHealth';
import { ChannelLabel } from '../../components/ChannelLabel';
import { HistoryImport } from './HistoryImport';
import { QueueSlots } from './QueueSlots';
import { ChannelExtras } from './ChannelExtras';

/** Networks whose API gives no access to comments or replies: the inbox cannot show them, so the team is told. */
export const NO_COMMENTS_API = new Set(['tiktok', 'snapchat']);

interface Props {
  channel: Channel;
  mayConnect: boolean;
  /** Editors and above change the channel's queue slots; others read them. */
  mayEditQueue: boolean;
  onRemove(channel: Channel): void;
}

export function ChannelRow({ channel, mayConnect, mayEditQueue, onRemove }: Props) {
  const { t } = useTranslation();
  const network = t(`networks.${channel.network}`, { defaultValue: channel.network });
  const needsReconnect = channel.status === 'needs_reconnect';
  return (
    <li className={`channel-list__item${needsReconnect ? ' channel-list__item--attention' : ''}`} data-testid="channel-row">
      <ChannelLabel channel={channel} />
      <span className={`pill channel-status-${channel.status}`} title={channel.statusReason ?? undefined}>
        {t(`channels.status.${channel.status}`)}
      </span>
      {mayConnect ? (
        <span className="channel-list__actions">
          {needsReconnect ? (
            <Link to={reconnectPath(channel)} className="button button--attention button--small">
              {t('reconnect.action')}
            </Link>
          ) : null}
          <button type="button" className="button button--ghost button--small" onClick={() => onRemove(channel)}>
            {t('channels.remove')}
          </button>
        </span>
      ) : null}
      {needsReconnect ? (
        <div className="channel-list__problem">
          {channel.statusReason ? (
            <p className="channel-list__reason">{t('reconnect.reason', { network, reason: channel.statusReason })}</p>
          ) : null}
          <p>
            {t('reconnect.held')} {mayConnect ? null : t('reconnect.askAdmin')}
          </p>
        </div>
      ) : channel.status !== 'active' && channel.statusReason ? (
        <span className="muted channel-list__reason">{channel.statusReason}</span>
      ) : null}
      <QueueSlots channel={channel} mayEdit={mayEditQueue} />
      {mayEditQueue ? <HistoryImport channel={channel} /> : null}
      <ChannelExtras channel={channel} mayEdit={mayEditQueue} />
      {NO_COMMENTS_API.has(channel.network) ? (
        <p className="muted channel-list__note" data-testid="channel-no-comments">
          {t(`channels.noComments.${channel.network}`)}
        </p>
      ) : null}
    </li>
  );
}
