/** Which page a hash route shows. Pages that need a workspace wait until the person has one. */
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, useRoute, type Route } from '../router';
import type { Workspace } from '../api';
import { useSession } from '../session';
import { PageBoundary } from '../components/PageBoundary';
import { useTwoFactorGate } from './security/useTwoFactorGate';

// Each page is its own chunk, fetched the first time it is opened: the first screen loads only the shell and that page.
const CalendarPage = lazy(() => import('./calendar/CalendarPage').then((m) => ({ default: m.CalendarPage })));
const ComposerPage = lazy(() => import('./composer/ComposerPage').then((m) => ({ default: m.ComposerPage })));
const ApprovalsPage = lazy(() => import('./approvals/ApprovalsPage').then((m) => ({ default: m.ApprovalsPage })));
const InboxPage = lazy(() => import('./inbox/InboxPage').then((m) => ({ default: m.InboxPage })));
const FiguresPage = lazy(() => import('./inbox/figures/FiguresPage').then((m) => ({ default: m.FiguresPage })));
const ChannelsPage = lazy(() => import('./channels/ChannelsPage').then((m) => ({ default: m.ChannelsPage })));
const PickAccountsPage = lazy(() => import('./channels/PickAccountsPage').then((m) => ({ default: m.PickAccountsPage })));
const PostPage = lazy(() => import('./posts/PostPage').then((m) => ({ default: m.PostPage })));
const WorkspacePage = lazy(() => import('./workspaces/WorkspacePage').then((m) => ({ default: m.WorkspacePage })));
const AuditPage = lazy(() => import('./workspaces/AuditPage').then((m) => ({ default: m.AuditPage })));
const NetworkAppsPage = lazy(() => import('./workspaces/NetworkAppsPage').then((m) => ({ default: m.NetworkAppsPage })));
const WebhooksPage = lazy(() => import('./workspaces/WebhooksPage').then((m) => ({ default: m.WebhooksPage })));
const LinksPage = lazy(() => import('./links/LinksPage').then((m) => ({ default: m.LinksPage })));
const ListeningPage = lazy(() => import('./listening/ListeningPage').then((m) => ({ default: m.ListeningPage })));
const LinkPage = lazy(() => import('./links/LinkPage').then((m) => ({ default: m.LinkPage })));
const BioPage = lazy(() => import('./links/BioPage').then((m) => ({ default: m.BioPage })));
const SecurityPage = lazy(() => import('./security/SecurityPage').then((m) => ({ default: m.SecurityPage })));
const AlertsPage = lazy(() => import('./alerts/AlertsPage').then((m) => ({ default: m.AlertsPage })));
const AnalyticsPage = lazy(() => import('./analytics/AnalyticsPage').then((m) => ({ default: m.AnalyticsPage })));
const SegmentsPage = lazy(() => import('./segments/SegmentsPage').then((m) => ({ default: m.SegmentsPage })));
const CampaignsPage = lazy(() => import('./campaigns/CampaignsPage').then((m) => ({ default: m.CampaignsPage })));
const MediaLibraryPage = lazy(() => import('./media/MediaLibraryPage').then((m) => ({ default: m.MediaLibraryPage })));
const IdeasPage = lazy(() => import('./ideas/IdeasPage').then((m) => ({ default: m.IdeasPage })));
const FeedsPage = lazy(() => import('./feeds/FeedsPage').then((m) => ({ default: m.FeedsPage })));
const TemplatesPage = lazy(() => import('./templates/TemplatesPage').then((m) => ({ default: m.TemplatesPage })));
const ImportPage = lazy(() => import('./imports/ImportPage').then((m) => ({ default: m.ImportPage })));

export function Pages() {
  const { t } = useTranslation();
  const route = useRoute();
  const { workspace, workspaces, selectWorkspace } = useSession();
  // A network's sign-in comes back naming the workspace it was started in; work there, whatever another tab chose.
  const wanted = route.query.get('workspace');
  const [first] = route.segments;

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
  const loading = <p className="page-loading">{t('common.loading')}</p>;
  if (switching || gate.pending) return loading;
  // Keyed by page: a page whose code failed to load is tried again once the person opens another.
  return (
    <PageBoundary key={first ?? ''}>
      <Suspense fallback={loading}>{pageFor(route, workspace, key, gate) ?? <NotFound />}</Suspense>
    </PageBoundary>
  );
}

type Gate = ReturnType<typeof useTwoFactorGate>;

/** The page a route shows, or null when none does. */
function pageFor(route: Route, workspace: Workspace | null, key: string, gate: Gate): ReactNode {
  const [first, second, third] = route.segments;
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
  return null;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{t('notFound.title')}</h1>
      <p className="muted">{t('notFound.body')}</p>
    </section>
  );
}
