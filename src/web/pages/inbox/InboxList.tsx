/**
 * The inbox's items threaded under the post each answers, the post's excerpt and latest metrics (the totals the
 * post page shows) at the head of each thread; items on no post of ours (mentions, messages) come under their own
 * heading. The selected item is the one the detail pane and the shortcuts act on; items that arrived live are
 * highlighted until opened or for a while.
 */
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/queries';
import { postStatsApi } from '../../api-post-stats';
import type { InboxItem } from '../../api-inbox';
import { NetworkLogo } from '../../components/NetworkLogo';
import { Link } from '../../router';
import { formatWhen } from '../../lib/dates';
import { measureOf } from '../posts/PostMetrics';
import type { Inbox, PostGroup } from './useInbox';

/** Impressions and engagement of the post's latest figures, summed over its publications (as on the post page). */
function PostFigures({ workspaceId, postId }: { workspaceId: string; postId: string }) {
  const { t, i18n } = useTranslation();
  const metrics = useApiQuery(['post-metrics', workspaceId, postId], () => postStatsApi.metrics(workspaceId, postId));
  const latest = (metrics.data?.publications ?? []).flatMap((p) => (p.latest ? [p.latest] : []));
  if (latest.length === 0) return null;
  const number = new Intl.NumberFormat(i18n.language);
  const total = (measure: 'impressions' | 'engagement') => {
    const values = latest.map((p) => measureOf(p, measure)).filter((v): v is number => v !== null);
    return values.length > 0 ? number.format(values.reduce((a, b) => a + b, 0)) : '—';
  };
  return (
    <span className="inbox__figures" data-testid="inbox-post-metrics">
      {t('inbox.metrics', { impressions: total('impressions'), engagement: total('engagement') })}
    </span>
  );
}

function ItemRow({ item, selected, isNew, onSelect }: { item: InboxItem; selected: boolean; isNew: boolean; onSelect: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <li>
      <button
        type="button"
        className={`inbox__item${selected ? ' inbox__item--selected' : ''}${item.status === 'done' ? ' inbox__item--done' : ''}${isNew ? ' inbox__item--new' : ''}`}
        aria-current={selected ? 'true' : undefined}
        onClick={onSelect}
        data-testid="inbox-item"
        data-external-id={item.externalId}
        data-live={isNew ? 'new' : undefined}
      >
        <NetworkLogo network={item.network} labelled />
        <span className="inbox__item-body">
          <span className="inbox__item-head">
            <strong>{item.author.name || item.author.handle}</strong> <span className="muted">{item.author.handle}</span>
            <span className="muted"> · {t(`inbox.kind.${item.kind}`)} · {formatWhen(item.createdAt, i18n.language)}</span>
          </span>
          <span className="inbox__item-text">{item.text}</span>
          <span className="inbox__item-meta">
            <span className={`inbox__status inbox__status--${item.status}`}>{t(`inbox.status.${item.status}`)}</span>
            {item.sentiment ? (
              <span className={`inbox__sentiment inbox__sentiment--${item.sentiment.label}`} data-testid="inbox-sentiment-badge">
                {t(`inbox.sentiment.${item.sentiment.label}`)}
              </span>
            ) : null}
            {item.assignee ? <span>→ {item.assignee.name}</span> : null}
            {item.tags.map((tag) => (
              <span key={tag} className="inbox__tag">
                #{tag}
              </span>
            ))}
            {item.repliedAt ? <span>{t('inbox.replied')}</span> : null}
            {item.notesCount > 0 ? <span>{t('inbox.notesCount', { count: item.notesCount })}</span> : null}
          </span>
        </span>
      </button>
    </li>
  );
}

function Thread({ group, inbox }: { group: PostGroup; inbox: Inbox }) {
  const { t } = useTranslation();
  const post = group.post;
  return (
    <li className="inbox__thread">
      <div className="inbox__post">
        {post ? (
          <>
            <Link to={`/posts/${post.id}`} className="inbox__post-excerpt">
              {post.excerpt || t('inbox.untitledPost')}
            </Link>
            {post.publicationUrl ? (
              <a href={post.publicationUrl} target="_blank" rel="noreferrer noopener" className="muted">
                {t('inbox.onNetwork')}
              </a>
            ) : null}
            <PostFigures workspaceId={inbox.workspaceId} postId={post.id} />
          </>
        ) : (
          <span className="muted">{t('inbox.noPost')}</span>
        )}
      </div>
      <ul className="inbox__items">
        {group.items.map((item) => (
          <ItemRow key={item.id} item={item} selected={inbox.selected?.id === item.id} isNew={inbox.isNew(item.id)} onSelect={() => inbox.select(item.id)} />
        ))}
      </ul>
    </li>
  );
}

export function InboxList({ inbox }: { inbox: Inbox }) {
  const { t } = useTranslation();
  const { list, groups } = inbox;
  if (list.isPending) return <p className="muted inbox__list">{t('common.loading')}</p>;
  if (groups.length === 0) {
    const filtered = Object.keys(inbox.filters).some((k) => k !== 'order');
    return (
      <p className="inbox__list inbox__empty" data-testid="inbox-empty">
        {filtered ? t('inbox.emptyFiltered') : t('inbox.empty')}
      </p>
    );
  }
  return (
    <div className="inbox__list">
      <ul className="inbox__threads" aria-label={t('inbox.listLabel')}>
        {groups.map((group) => (
          <Thread key={group.key} group={group} inbox={inbox} />
        ))}
      </ul>
      {list.hasNextPage ? (
        <button type="button" className="button button--ghost" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {list.isFetchingNextPage ? t('common.loading') : t('inbox.more')}
        </button>
      ) : null}
    </div>
  );
}
