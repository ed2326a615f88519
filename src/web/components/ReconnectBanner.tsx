/**
 * Under the top bar on every page of a workspace: which accounts stopped accepting Chorus's credentials, what the
 * network said, and that their posts wait (held, not lost) until someone reconnects them. Admins and owners get a
 * Reconnect button that opens the account's connect form already filled in; others are told whom to ask.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../api';
import { Link } from '../router';
import { useSession } from '../session';
import { can } from '../lib/roles';
import { reconnectPath, useChannelHealth } from '../lib/channelHealth';
import { Avatar } from './ChannelLabel';

export function ReconnectBanner() {
  const { t } = useTranslation();
  const { workspace } = useSession();
  const { needsReconnect } = useChannelHealth();
  if (!workspace || needsReconnect.length === 0) return null;
  const mayReconnect = can.connectChannels(workspace.role);
  // One account: everything in its row. Several: what they have in common is said once, under them.
  const single = needsReconnect.length === 1;
  const askAdmin = mayReconnect ? null : single ? t('reconnect.askAdmin') : t('reconnect.askAdminMany');

  return (
    <section className="reconnect-banner" aria-label={t('reconnect.bannerLabel')} data-testid="reconnect-banner">
      <div className="reconnect-banner__inner">
        <ul className="reconnect-banner__list">
          {needsReconnect.map((channel) => (
            <BannerItem key={channel.id} channel={channel} mayReconnect={mayReconnect}>
              {single ? (
                <p>
                  {t('reconnect.held')} {askAdmin}
                </p>
              ) : null}
            </BannerItem>
          ))}
        </ul>
        {single ? null : (
          <p className="reconnect-banner__footer">
            {t('reconnect.heldMany')} {askAdmin}
          </p>
        )}
      </div>
    </section>
  );
}

interface ItemProps {
  channel: Channel;
  mayReconnect: boolean;
  children: ReactNode;
}

function BannerItem({ channel, mayReconnect, children }: ItemProps) {
  const { t } = useTranslation();
  const network = t(`networks.${channel.network}`, { defaultValue: channel.network });
  return (
    <li className="reconnect-banner__item" data-testid="reconnect-banner-item">
      <span className="reconnect-banner__avatar" aria-hidden="true">
        <Avatar channel={channel} size={36} />
        <span className="reconnect-banner__mark">!</span>
      </span>
      <div className="reconnect-banner__body">
        <p className="reconnect-banner__title">{t('reconnect.title', { handle: channel.handle, network })}</p>
        {channel.statusReason ? (
          <p className="reconnect-banner__reason">{t('reconnect.reason', { network, reason: channel.statusReason })}</p>
        ) : null}
        {children}
      </div>
      <div className="reconnect-banner__action">
        {mayReconnect ? (
          <Link to={reconnectPath(channel)} className="button button--attention button--small">
            {t('reconnect.action')}
          </Link>
        ) : (
          <Link to="/channels" className="button button--ghost button--small">
            {t('reconnect.seeChannels')}
          </Link>
        )}
      </div>
    </li>
  );
}
