/** The post's text and what can be done with it now: approve, edit, cancel, delete (by role and status). */
import { useTranslation } from 'react-i18next';
import { api, type Post, type Role } from '../../api';
import { Link, navigate } from '../../router';
import { can } from '../../lib/roles';

interface Props {
  post: Post;
  role: Role;
  busy: boolean;
  upcoming: boolean;
  act(action: (ws: string, id: string) => Promise<unknown>, after?: () => void): Promise<void>;
}

export function PostSummary({ post, role, busy, upcoming, act }: Props) {
  const { t } = useTranslation();
  const cancellable = (['scheduled', 'pending_approval', 'held', 'draft'] as Post['status'][]).includes(post.status);
  return (
    <div className="card">
      <p className="post-text" data-testid="post-text">
        {post.text}
      </p>
      <div className="actions">
        {post.status === 'pending_approval' && can.approve(role) ? (
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void act(api.approvePost)}>
            {t('approvals.approve')}
          </button>
        ) : null}
        {upcoming && can.compose(role) ? (
          <Link to={`/compose?post=${post.id}`} className="button button--secondary">
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
  );
}
