/**
 * One post: its text, when it goes out, and each publication's status with a link to the published post. While
 * something is on its way out, the page refreshes itself; a publication held for an account that needs
 * reconnecting says so, and the page looks again once the account is reconnected. Once published, its share tree.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Channel, type Post } from '../../api';
import { useWorkspace } from '../../session';
import { Link, navigate } from '../../router';
import { useApiQuery } from '../../api/queries';
import { can } from '../../lib/roles';
import { errorText } from '../../lib/errors';
import { Notice } from '../../components/Field';
import { StatusBadge } from '../../components/StatusBadge';
import { useChannelHealth } from '../../lib/channelHealth';
import { PublicationItem } from './PublicationItem';
import { ShareTree } from '../links/ShareTree';

const REFRESH_MS = 3000;

export function PostPage({ postId }: { postId: string }) {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const post = useApiQuery(['post', workspace.id, postId], () => api.getPost(workspace.id, postId));
  const health = useChannelHealth();
  const [actionError, setActionError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const data = post.data;

  const inFlight = data?.publications.some((p) => p.status === 'publishing' || (p.status === 'scheduled' && p.scheduledAt && Date.parse(p.scheduledAt) <= Date.now()));
  useEffect(() => {
    if (!inFlight) return;
    const timer = setInterval(post.reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [inFlight, post.reload]);

  // A held publication means an account stopped working: the banner should say so now, not at the next minute.
  const heldCount = data?.publications.filter((p) => p.status === 'held').length ?? 0;
  const { refresh: refreshHealth, needsReconnect } = health;
  useEffect(() => {
    if (heldCount > 0) refreshHealth();
  }, [heldCount, refreshHealth]);
  // Once an account is reconnected (here, in another tab, by someone else), its held publications are released.
  const brokenIds = needsReconnect.map((c) => c.id).join();
  const seenBroken = useRef(brokenIds);
  useEffect(() => {
    if (seenBroken.current === brokenIds) return;
    seenBroken.current = brokenIds;
    post.reload();
  }, [brokenIds, post.reload]);

  async function act(action: (ws: string, id: string) => Promise<unknown>, after?: () => void) {
    setBusy(true);
    setActionError(null);
    try {
      await action(workspace.id, postId);
      if (after) after();
      else post.reload();
    } catch (e) {
      setActionError(e);
    } finally {
      setBusy(false);
    }
  }

  if (post.error && !data) return <Notice kind="error">{errorText(post.error)}</Notice>;
  if (!data) return <p className="muted page">{t('common.loading')}</p>;

  const format = (iso: string | null) =>
    iso ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(iso)) : null;
  const channelById = new Map<string, Channel>((health.channels ?? []).map((c) => [c.id, c]));
  const role = workspace.role;
  // Once it went out (or failed), each publication below says when; the header only speaks of what is to come.
  const upcoming = (['draft', 'pending_approval', 'scheduled', 'held'] as Post['status'][]).includes(data.status);
  const cancellable = (['scheduled', 'pending_approval', 'held', 'draft'] as Post['status'][]).includes(data.status);

  return (
    <section className="page">
      <header className="page__header page__header--row">
        <div>
          <h1>{t('post.title')}</h1>
          {upcoming ? (
            <p className="muted">
              {data.scheduledAt ? t('post.scheduledFor', { date: format(data.scheduledAt) }) : t('post.notScheduled')}
            </p>
          ) : null}
        </div>
        <StatusBadge status={data.status} />
      </header>
      {actionError ? <Notice kind="error">{errorText(actionError)}</Notice> : null}

      <div className="card">
        <p className="post-text" data-testid="post-text">
          {data.text}
        </p>
        <div className="actions">
          {data.status === 'pending_approval' && can.approve(role) ? (
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void act(api.approvePost)}>
              {t('approvals.approve')}
            </button>
          ) : null}
          {upcoming && can.compose(role) ? (
            <Link to={`/compose?post=${data.id}`} className="button button--secondary">
              {t('post.edit')}
            </Link>
          ) : null}
          {cancellable && can.compose(role) ? (
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void act(api.cancelPost)}>
              {t('post.cancel')}
            </button>
          ) : null}
          {can.compose(role) ? (
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() => window.confirm(t('post.confirmDelete')) && void act(api.deletePost, () => navigate('/calendar'))}
            >
              {t('post.delete')}
            </button>
          ) : null}
        </div>
      </div>

      <h2>{t('post.publications')}</h2>
      <ul className="publications" data-testid="publications">
        {data.publications.map((p) => (
          <PublicationItem key={p.id} publication={p} postText={data.text} channel={channelById.get(p.channelId)} format={format} />
        ))}
      </ul>

      {data.status === 'published' || data.publications.some((p) => p.status === 'published') ? <ShareTree postId={data.id} /> : null}
    </section>
  );
}
