/**
 * `#/workspace/networks`: the app each network needs before its accounts can be connected by sign-in. Every member
 * sees which networks are ready (set by the server, or saved by an owner) and which are not; owners see the
 * callback URL to register at the network, a checklist, and the fields for the app's client id and secret.
 */
import { useTranslation } from 'react-i18next';
import { networkAppsApi } from '../../api-network-apps';
import { useApiQuery } from '../../api/queries';
import { useWorkspace } from '../../session';
import { Link } from '../../router';
import { errorText } from '../../lib/errors';
import { Notice } from '../../components/Field';
import { NetworkAppCard } from './NetworkAppCard';

export function NetworkAppsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const apps = useApiQuery(['network-apps', workspace.id], () => networkAppsApi.list(workspace.id));
  const owner = workspace.role === 'owner';
  return (
    <section className="page" data-testid="network-apps">
      <header className="page__header">
        <h1>{t('networkApps.title')}</h1>
        <p className="muted">{owner ? t('networkApps.introOwner') : t('networkApps.introMember')}</p>
        <p>
          <Link to="/channels">{t('networkApps.toChannels')}</Link>
        </p>
      </header>
      {apps.error ? <Notice kind="error">{errorText(apps.error)}</Notice> : null}
      {apps.data === null && !apps.error ? <p className="muted">{t('common.loading')}</p> : null}
      {apps.data?.apps.map((app) => (
        <NetworkAppCard key={app.network} workspaceId={workspace.id} app={app} owner={owner} onChanged={apps.reload} />
      ))}
    </section>
  );
}
