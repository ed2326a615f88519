/**
 * `#/inbox`: where a community manager answers people. A filter bar, the items threaded under the post each one
 * answers (with that post's metrics), and beside them the selected item: its context, reply box with saved
 * replies, assignment, tags, done, and the team's notes. j/k move through the list, r replies, e marks done. Items
 * arriving while it is open appear at once, highlighted, and are announced.
 */
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Field';
import { errorText } from '../../lib/errors';
import { Link } from '../../router';
import { InboxDetail } from './InboxDetail';
import { InboxFilterBar } from './InboxFilterBar';
import { InboxList } from './InboxList';
import { SavedRepliesManager } from './SavedRepliesManager';
import { useInbox } from './useInbox';
import { useInboxCounts } from './useInboxCount';
import './inbox.css';

export function InboxPage() {
  const { t } = useTranslation();
  const inbox = useInbox();
  const counts = useInboxCounts(inbox.workspaceId, inbox.stream);
  return (
    <section className="page inbox" data-testid="inbox" data-stream={inbox.stream}>
      <header className="page__header">
        <h1>{t('inbox.title')}</h1>
        <p className="muted">{t('inbox.intro')}</p>
        {counts ? (
          <p className="inbox__counts" data-testid="inbox-counts">
            {t('inbox.counts', { open: counts.open, mine: counts.assignedToMe, done: counts.doneToday })}
          </p>
        ) : null}
        {/* Always in the page, so a screen reader hears it change: "2 new items" when items arrive live. */}
        <p className="inbox__news" aria-live="polite" data-testid="inbox-news">
          {inbox.newCount > 0 ? t('inbox.newItems', { count: inbox.newCount }) : ''}
        </p>
        <p className="muted inbox__keys">{t('inbox.keys')}</p>
        <p>
          <Link to="/inbox/figures" data-testid="inbox-figures-link">
            {t('inbox.figuresLink')}
          </Link>
        </p>
      </header>
      <InboxFilterBar inbox={inbox} />
      {inbox.list.error ? <Notice kind="error">{errorText(inbox.list.error)}</Notice> : null}
      {inbox.shortcutError ? <Notice kind="error">{errorText(inbox.shortcutError)}</Notice> : null}
      <div className="inbox__panes">
        <InboxList inbox={inbox} />
        {inbox.selected ? (
          <InboxDetail key={inbox.selected.id} inbox={inbox} item={inbox.selected} />
        ) : (
          <aside className="inbox__detail inbox__detail--empty muted">{t('inbox.pick')}</aside>
        )}
      </div>
      {inbox.editor ? <SavedRepliesManager inbox={inbox} /> : null}
    </section>
  );
}
