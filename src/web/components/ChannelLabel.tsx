/** A channel as people recognise it: avatar, name, handle and network. */
import { useTranslation } from 'react-i18next';
import type { Channel } from '../api';
import { Avatar as Picture } from './Avatar';

/** A channel's avatar, or its initials when it has none or the network's picture fails to load. */
export function Avatar({ channel, size = 32 }: { channel: Pick<Channel, 'avatarUrl' | 'handle' | 'displayName'>; size?: number }) {
  return <Picture src={channel.avatarUrl} name={channel.displayName || channel.handle} size={size} />;
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
