/** Posts and inbox replies by contributors waiting for an editor. Editors and above approve or reject; others see their queue. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Channel } from '../../api';
import { useWorkspace } from '../../session';
import { Link } from '../../router';
import { useApiQuery } from '../../api/queries';
import { can } from '../../lib/roles';
import { errorText } from '../../lib/errors';
import { Notice } from '../../components/Field';
import { NetworkName } from '../../components/ChannelLabel';
import { PendingReplies } from './PendingReplies';
import { ClientLinks } from './ClientLinks';
import { clientApprovalsApi, type ClientApprovalInput } from '../../api-client-approvals';
import './client-links.css';

export function ApprovalsPage() {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const queue = useApiQuery(['posts', workspace.id, 'pending_approval'], () => api.listPosts(workspace.id, { status: 'pending_approval' }));
  const channels = useApiQuery(['channels', workspace.id], () => api.listChannels(workspace.id));
  const [error, setError] = useState<unknown>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const channelById = new Map<string, Channel>((channels.data?.channels ?? []).map((c) => [c.id, c]));
  const mayApprove = can.approve(workspace.role);
  // Client links are for editors and above (the API refuses others); nothing is asked for those who cannot use them.
  const links = useApiQuery(['client-approvals', workspace.id, mayApprove], () => (mayApprove ? clientApprovalsApi.list(workspace.id) : Promise.resolve({ links: [] })));
  const [created, setCreated] = useState<string | null>(null);

  async function createLink(body: ClientApprovalInput) {
    setError(null);
    setCreated(null);
    try {
      setCreated((await clientApprovalsApi.create(workspace.id, body)).url);
      links.reload();
    } catch (e) {
      setError(e);
    }
  }

  async function act(postId: string, action: (workspaceId: string, postId: string) => Promise<unknown>) {
    setBusyId(postId);
    setError(null);
    try {
      await action(workspace.id, postId);
      queue.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusyId(null);
    }
  }

  const format = (iso: string | null) =>
    iso ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : t('approvals.asSoonAsApproved');
  const posts = queue.data?.posts ?? [];

  return (
    <section className="page">
      <header className="page__header">
        <h1>{t('approvals.title')}</h1>
        <p className="muted">{mayApprove ? t('approvals.introEditor') : t('approvals.introContributor')}</p>
      </header>
      {queue.error ? <Notice kind="error">{errorText(queue.error)}</Notice> : null}
      {error ? <Notice kind="error">{errorText(error)}</Notice> : null}
      {queue.data && posts.length === 0 ? <p className="empty card">{t('approvals.empty')}</p> : null}
      <ul className="approvals" data-testid="approvals">
        {posts.map((post) => (
          <li key={post.id} className="card approval">
            <p className="post-text">{post.text}</p>
            <p className="muted">
              {t('approvals.when', { date: format(post.scheduledAt) })} ·{' '}
              {post.publications.map((p, i) => (
                <span key={p.id}>
                  {i > 0 ? ', ' : ''}
                  {channelById.get(p.channelId)?.handle ?? <NetworkName network={p.network} />}
                </span>
              ))}
            </p>
            <div className="actions">
              {mayApprove ? (
                <>
                  <button type="button" className="button button--primary" disabled={busyId === post.id} onClick={() => void act(post.id, api.approvePost)}>
                    {t('approvals.approve')}
                  </button>
                  <button type="button" className="button button--secondary" disabled={busyId === post.id} onClick={() => {
                      const reason = window.prompt(t('approvals.rejectReason'));
                      if (reason !== null) void act(post.id, (w, p) => api.rejectPost(w, p, reason));
                    }}>
                    {t('approvals.reject')}
                  </button>
                </>
              ) : null}
              {mayApprove ? (
                <button type="button" className="button button--ghost" onClick={() => void createLink({ postIds: [post.id], expiresInDays: 7 })} data-testid="client-link-post">
                  {t('clientLinks.forPost')}
                </button>
              ) : null}
              <Link to={`/posts/${post.id}`} className="button button--ghost">
                {t('approvals.open')}
              </Link>
            </div>
          </li>
        ))}
      </ul>
      <PendingReplies workspaceId={workspace.id} mayApprove={mayApprove} />
      {mayApprove ? <ClientLinks workspaceId={workspace.id} links={links} created={created} onCreate={createLink} /> : null}
    </section>
  );
}
