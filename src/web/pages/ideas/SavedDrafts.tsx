/**
 * The saved drafts beside the ideas board, found by the same search and tag as the ideas (`GET …/posts?status=draft`
 * with `q` and `tag`), each with its tags; a click opens it in the composer.
 */
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useApiQuery } from '../../api/queries';
import { Notice } from '../../components/Field';
import { errorText } from '../../lib/errors';
import { Link } from '../../router';

export interface DraftFilter {
  q?: string;
  tag?: string;
}

export function SavedDrafts({ workspaceId, filter }: { workspaceId: string; filter: DraftFilter }) {
  const { t } = useTranslation();
  const drafts = useApiQuery(['posts', workspaceId, 'draft', filter], () => api.listPosts(workspaceId, { status: 'draft', ...filter }));
  const posts = drafts.data?.posts ?? [];
  const filtered = Boolean(filter.q || filter.tag);
  return (
    <section className="card ideas__drafts" aria-labelledby="ideas-drafts" data-testid="saved-drafts">
      <h2 id="ideas-drafts">{t('ideas.drafts')}</h2>
      {drafts.error ? <Notice kind="error">{errorText(drafts.error)}</Notice> : null}
      {drafts.data && posts.length === 0 ? <p className="muted">{filtered ? t('ideas.noDraftsFound') : t('ideas.noDrafts')}</p> : null}
      <ul>
        {posts.map((post) => (
          <li key={post.id} className="ideas__draft" data-testid="saved-draft">
            <Link to={`/compose?post=${post.id}`}>{post.text.trim().slice(0, 120) || t('ideas.untitledDraft')}</Link>
            {post.tags.map((tag) => (
              <span key={tag} className="badge badge--tag">
                #{tag}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
