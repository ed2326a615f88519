/** Which page a hash route shows. Pages that need a workspace wait until the person has one. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, useRoute } from '../router';
import { useSession } from '../session';
import { CalendarPage } from './calendar/CalendarPage';
import { ComposerPage } from './composer/ComposerPage';
import { ApprovalsPage } from './approvals/ApprovalsPage';
import { ChannelsPage } from './channels/ChannelsPage';
import { PostPage } from './posts/PostPage';
import { WorkspacePage } from './workspaces/WorkspacePage';
import { LinksPage } from './links/LinksPage';
import { LinkPage } from './links/LinkPage';
import { BioPage } from './links/BioPage';

export function Pages() {
  const { t } = useTranslation();
  const route = useRoute();
  const { workspace } = useSession();
  const [first, second] = route.segments;

  useEffect(() => {
    if (!first) navigate('/calendar');
  }, [first]);

  // Remount pages on a workspace switch, so no page shows one workspace's data under another's name.
  const key = workspace?.id ?? 'none';
  if (!workspace || first === 'workspace') return <WorkspacePage key={key} />;
  switch (first) {
    case undefined:
    case 'calendar':
      return <CalendarPage key={key} />;
    case 'compose':
      return <ComposerPage key={`${key}:${route.query.get('post') ?? 'new'}`} />;
    case 'approvals':
      return <ApprovalsPage key={key} />;
    case 'channels':
      return <ChannelsPage key={key} />;
    case 'links':
      // Link ids are UUIDs, so "bio" is never one.
      if (second === 'bio') return <BioPage key={key} />;
      if (second) return <LinkPage key={`${key}:${second}`} linkId={second} />;
      return <LinksPage key={key} />;
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
