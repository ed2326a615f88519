/**
 * The workspace's connected accounts, and the forms to connect them: Bluesky, Mastodon, and each OAuth network
 * ("Connect with <network>" where its app is set up for this workspace, a checklist and an access token otherwise).
 * `?reconnect=<id>` opens the form of an account whose credentials stopped working; reconnecting it releases its held
 * posts. A network's sign-in comes back here with `connected=<id>`, or `oauthError=<code>&message=…`.
 * The data and actions are in useChannelsPage; the notices and the connect forms are sections of their own.
 */
import { useTranslation } from 'react-i18next';
import { Link } from '../../router';
import { can } from '../../lib/roles';
import { ChannelRow } from './ChannelRow';
import { ChannelsNotices } from './ChannelsNotices';
import { ConnectSection } from './ConnectSection';
import { useChannelsPage } from './useChannelsPage';

export function ChannelsPage() {
  const { t } = useTranslation();
  const page = useChannelsPage();
  const { channels } = page;
  return (
    <section className="page">
      <header className="page__header">
        <h1>{t('channels.title')}</h1>
        <p className="muted">{t('channels.intro')}</p>
        {page.owner ? (
          <p>
            <Link to="/workspace/networks" data-testid="channels-to-network-apps">
              {t('channels.setUpApps')}
            </Link>
          </p>
        ) : null}
      </header>
      <ChannelsNotices page={page} />
      <div className="card">
        {channels === null ? (
          <p className="muted">{t('common.loading')}</p>
        ) : channels.length === 0 ? (
          <p className="empty">{t('channels.empty')}</p>
        ) : (
          <ul className="channel-list" data-testid="channel-list">
            {channels.map((channel) => (
              <ChannelRow key={channel.id} channel={channel} mayConnect={page.mayConnect} mayEditQueue={can.editQueue(page.workspace.role)} onRemove={(c) => void page.remove(c)} />
            ))}
          </ul>
        )}
      </div>
      <ConnectSection page={page} />
    </section>
  );
}
