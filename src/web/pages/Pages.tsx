/** Which page a hash route shows. Pages that need a workspace wait until the person has one. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, useRoute } from '../router';
import { useSession } from '../session';
import { CalendarPage } from './calendar/CalendarPage';
import { ComposerPage } from './composer/ComposerPage';
import { ApprovalsPage } from './approvals/ApprovalsPage';
import { InboxPage } from './inbox/InboxPage';
import { FiguresPage } from './inbox/figures/FiguresPage';
import { ChannelsPage } from './channels/ChannelsPage';
import { PickAccountsPage } from './channels/PickAccountsPage';
import { PostPage } from './posts/PostPage';
import { WorkspacePage } from './workspaces/WorkspacePage';
import { AuditPage } from './workspaces/AuditPage';
import { NetworkAppsPage } from './workspaces/NetworkAppsPage';
import { WebhooksPage } from './workspaces/WebhooksPage';
import { LinksPage } from './links/LinksPage';
import { ListeningPage } from './listening/ListeningPage';
import { LinkPage } from './links/LinkPage';
import { BioPage } from './links/BioPage';
import { SecurityPage } from './security/SecurityPage';
import { AlertsPage } from './alerts/AlertsPage';
import { AnalyticsPage } from './analytics/AnalyticsPage';
import { SegmentsPage } from './segments/SegmentsPage';
import { CampaignsPage } from './campaigns/CampaignsPage';
import { MediaLibraryPage } from './media/MediaLibraryPage';
import { IdeasPage } from './ideas/IdeasPage';
import { FeedsPage } from './feeds/FeedsPage';
import { TemplatesPage } from './templates/TemplatesPage';
import { ImportPage } from './imports/ImportPage';
import { useTwoFactorGate } from './security/useTwoFactorGate';

export function Pages() {
  const { t } = useTranslation();
  const route = useRoute();
  const { workspace, workspaces, selectWorkspace } = useSession();
  // A network's sign-in comes back naming the workspace it was started in; work there, whatever another tab chose.
  const wanted = route.query.get('workspace');
  const [first, second, third] = route.segments;

  useEffect(() => {
    if (!first) navigate('/calendar');
  }, [first]);
  const switching = wanted !== null && wanted !== workspace?.id && workspaces.some((w) => w.id === wanted);
  useEffect(() => {
    if (!wanted) return;
    if (switching) selectWorkspace(wanted);
    // Once applied, the parameter leaves the address, so switching workspaces by hand later is not undone.
    const rest = new URLSearchParams(route.query);
    rest.delete('workspace');
    const query = rest.toString();
    navigate(`${route.path}${query ? `?${query}` : ''}`);
  }, [wanted, switching, selectWorkspace, route.path, route.query]);

  const gate = useTwoFactorGate();

  // Remount pages on a workspace switch, so no page shows one workspace's data under another's name.
  const key = workspace?.id ?? 'none';
  if (switching || gate.pending) return <p className="page-loading">{t('common.loading')}</p>;
  if (first === 'security') return <SecurityPage onChanged={gate.reload} />;
  // A workspace that requires two-factor shows its pages only once the person has it on.
  if (workspace && gate.blocks(workspace.id)) return <SecurityPage key={key} requiredBy={workspace.name} onChanged={gate.reload} />;
  if (workspace && first === 'workspace' && second === 'audit') return <AuditPage key={key} />;
  if (workspace && first === 'workspace' && second === 'networks') return <NetworkAppsPage key={key} />;
  if (workspace && first === 'workspace' && second === 'webhooks') return <WebhooksPage key={key} />;
  if (!workspace || first === 'workspace') return <WorkspacePage key={key} />;
  switch (first) {
    case undefined:
    case 'calendar':
      return <CalendarPage key={key} />;
    case 'compose':
      return <ComposerPage key={`${key}:${route.query.get('post') ?? 'new'}`} />;
    case 'approvals':
      return <ApprovalsPage key={key} />;
    case 'import':
      return <ImportPage key={key} />;
    case 'inbox':
      if (second === 'figures') return <FiguresPage key={key} />;
      return <InboxPage key={key} />;
    case 'channels':
      // After a sign-in that reached several accounts: /channels/pick/<grantId>.
      if (second === 'pick' && third) return <PickAccountsPage key={`${key}:${third}`} grantId={third} />;
      return <ChannelsPage key={key} />;
    case 'alerts':
      return <AlertsPage key={key} />;
    case 'analytics':
      return <AnalyticsPage key={key} />;
    case 'links':
      // Link ids are UUIDs, so "bio" is never one.
      if (second === 'bio') return <BioPage key={key} />;
      if (second) return <LinkPage key={`${key}:${second}`} linkId={second} />;
      return <LinksPage key={key} />;
    case 'listening':
      return <ListeningPage key={key} />;
    case 'segments':
      return <SegmentsPage key={key} segmentId={second ?? null} />;
    case 'templates':
      return <TemplatesPage key={key} />;
    case 'campaigns':
      return <CampaignsPage key={key} campaignId={second ?? null} />;
    case 'media':
      return <MediaLibraryPage key={key} />;
    case 'ideas':
      return <IdeasPage key={key} />;
    case 'feeds':
      return <FeedsPage key={key} />;
    case 'posts':
      if (second) return <PostPage key={`${key}:${second}`} postId={second} />;
      break;
  }
  return (
    <section className="page">
      <h1>{t('notFound.title')}</h1>
      <p className="muted">{t('notFound.body')}</p>
    </section>
  );
}
