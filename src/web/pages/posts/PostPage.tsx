/**
 * One post: its text, when it goes out, and each publication's status with a link to the published post. While
 * something is on its way out, the page refreshes itself; a publication held for an account that needs
 * reconnecting says so, and the page looks again once the account is reconnected. A post with segment variants
 * shows each variant's publications and results (PostSegments); a post's experiment, its variants' results
 * (PostExperiment), or for editors the form to start one. Once published: how each publication did over time,
 * the conversions its links brought, and its share tree. The team's notes (with @mentions) and the post's version
 * history sit below its publications. The data lives in usePost.
 */
import { useTranslation } from 'react-i18next';
import type { Channel, Post } from '../../api';
import { errorText } from '../../lib/errors';
import { Notice } from '../../components/Field';
import { StatusBadge } from '../../components/StatusBadge';
import { PageHeader } from '../../components/PageHeader';
import { PublicationItem } from './PublicationItem';
import { ShareTree } from '../links/ShareTree';
import { PostSummary } from './PostSummary';
import { PostMetrics } from './PostMetrics';
import { PostConversions } from './PostConversions';
import { PostSegments } from './PostSegments';
import { PostExperiment } from './PostExperiment';
import { can } from '../../lib/roles';
import { PostClientDecisions } from './PostClientDecisions';
import { hasSegmentVariants } from './segmentsView';
import { usePost } from './usePost';
import { PostNotes } from './PostNotes';
import { PostHistory } from './PostHistory';

export function PostPage({ postId }: { postId: string }) {
  const { t, i18n } = useTranslation();
  const { workspace, post, data, channels, actionError, busy, act } = usePost(postId);

  if (post.error && !data) return <Notice kind="error">{errorText(post.error)}</Notice>;
  if (!data) return <p className="muted page">{t('common.loading')}</p>;

  const format = (iso: string | null) =>
    iso ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(iso)) : null;
  const channelById = new Map<string, Channel>(channels.map((c) => [c.id, c]));
  // Once it went out (or failed), each publication below says when; the header only speaks of what is to come.
  const upcoming = (['draft', 'pending_approval', 'scheduled', 'held'] as Post['status'][]).includes(data.status);
  const published = data.status === 'published' || data.publications.some((p) => p.status === 'published');

  return (
    <section className="page">
      <PageHeader
        title={t('post.title')}
        intro={upcoming ? (data.scheduledAt ? t('post.scheduledFor', { date: format(data.scheduledAt) }) : t('post.notScheduled')) : null}
      >
        <StatusBadge status={data.status} />
      </PageHeader>
      {actionError ? <Notice kind="error">{errorText(actionError)}</Notice> : null}

      <PostSummary post={data} role={workspace.role} busy={busy} upcoming={upcoming} act={act} />
      <PostClientDecisions workspaceId={workspace.id} postId={data.id} />

      <h2>{t('post.publications')}</h2>
      <ul className="publications" data-testid="publications">
        {data.publications.map((p) => (
          <PublicationItem key={p.id} publication={p} postText={data.text} channel={channelById.get(p.channelId)} format={format} />
        ))}
      </ul>

      {hasSegmentVariants(data.publications) ? <PostSegments workspaceId={workspace.id} postId={data.id} publications={data.publications} /> : null}

      <PostExperiment
        workspaceId={workspace.id}
        postId={data.id}
        canStart={can.approve(workspace.role) && !published && (['draft', 'scheduled', 'pending_approval'] as Post['status'][]).includes(data.status)}
        onStarted={post.reload}
      />
      <PostNotes workspaceId={workspace.id} postId={data.id} canWrite={can.writeNotes(workspace.role)} />
      <PostHistory workspaceId={workspace.id} postId={data.id} canRestore={can.restoreVersions(workspace.role)} onRestored={post.reload} revision={data.updatedAt} />

      {published ? (
        <>
          <PostMetrics workspaceId={workspace.id} postId={data.id} />
          <PostConversions workspaceId={workspace.id} postId={data.id} />
          <ShareTree postId={data.id} />
        </>
      ) : null}
    </section>
  );
}
