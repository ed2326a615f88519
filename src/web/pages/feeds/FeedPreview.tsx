/** What a feed's next read would post: each entry with the text it would get, and which ones go out next. */
import { useTranslation } from 'react-i18next';
import type { FeedCheck } from '../../api-feeds';
import { Notice } from '../../components/Field';

export function FeedPreview({ check }: { check: FeedCheck }) {
  const { t } = useTranslation();
  if (check.status === 'error') return <Notice kind="error">{check.error}</Notice>;
  return (
    <div className="feed-preview" data-testid="feed-preview">
      <p className="muted">{check.firstRead ? t('feeds.preview.firstRead') : t('feeds.preview.remaining', { count: check.remainingToday })}</p>
      {check.entries.length === 0 ? <p className="muted">{t('feeds.preview.empty')}</p> : null}
      <ul className="feed-preview__list">
        {check.entries.map((e) => (
          <li key={e.key} className={`feed-preview__entry${e.willPost ? ' feed-preview__entry--next' : ''}`} data-testid="feed-preview-entry" data-will-post={e.willPost}>
            <span className="feed-preview__badge">{e.willPost ? t('feeds.preview.next') : e.seen ? t('feeds.preview.seen') : t('feeds.preview.later')}</span>
            <p className="feed-preview__text">{e.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
