/** A channel as people recognise it: avatar, name, handle and network. */
import { useTranslation } from 'react-i18next';
import type { Channel } from '../api';

export function Avatar({ channel, size = 32 }: { channel: Pick<Channel, 'avatarUrl' | 'handle' | 'displayName'>; size?: number }) {
  const initial = (channel.displayName || channel.handle).replace(/^@/, '').slice(0, 1).toUpperCase();
  return channel.avatarUrl ? (
    <img className="avatar" src={channel.avatarUrl} alt="" width={size} height={size} />
  ) : (
    <span className="avatar avatar--initial" style={{ width: size, height: size }} aria-hidden="true">
      {initial}
    </span>
  );
}

export function NetworkName({ network }: { network: string }) {
  const { t, i18n } = useTranslation();
  const key = `networks.${network}`;
  return <span className={`network network--${network}`}>{i18n.exists(key) ? t(key) : network}</span>;
}

export function ChannelLabel({ channel }: { channel: Channel }) {
  return (
    <span className="channel-label">
      <Avatar channel={channel} />
      <span className="channel-label__text">
        <strong>{channel.displayName || channel.handle}</strong>
        <span className="muted">
          {channel.handle} · <NetworkName network={channel.network} />
        </span>
      </span>
    </span>
  );
}
