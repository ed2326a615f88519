/**
 * The selected item: what it answers (our post's excerpt, a link to it on the network), the item itself, and for
 * editors the controls — assign, tag, done/reopen, like, hide, delete — then the reply box (contributors too: their
 * replies wait for approval) and the team's notes.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inboxApi, type InboxItem } from '../../api-inbox';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Notice } from '../../components/Field';
import { NetworkLogo } from '../../components/NetworkLogo';
import { errorText } from '../../lib/errors';
import { formatWhen } from '../../lib/dates';
import { InboxNotes } from './InboxNotes';
import { ReplyBox } from './ReplyBox';
import type { Inbox } from './useInbox';

function Controls({ inbox, item }: { inbox: Inbox; item: InboxItem }) {
  const { t } = useTranslation();
  const [tags, setTags] = useState(item.tags.join(', '));
  const [error, setError] = useState<unknown>(null);
  const run = (work: () => Promise<unknown>) => {
    setError(null);
    work().then(inbox.refresh, setError);
  };
  const ws = inbox.workspaceId;
  const saveTags = () => {
    const next = tags.split(',').map((tag) => tag.trim()).filter(Boolean);
    if (next.join(',') !== item.tags.join(',')) run(() => inbox.update(item.id, { tags: next }));
  };
  return (
    <div className="inbox__controls">
      <label>
        {t('inbox.assignee')}
        <select
          value={item.assignee?.id ?? ''}
          onChange={(e) => run(() => inbox.update(item.id, { assigneeId: e.target.value || null }))}
          data-testid="inbox-assign"
        >
          <option value="">{t('inbox.nobody')}</option>
          {inbox.members.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name || m.email}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('inbox.tags')}
        <input
          value={tags}
          onChange={(e) => setTags(e.target.value)}
          onBlur={saveTags}
          onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), saveTags())}
          placeholder={t('inbox.tagsHint')}
          data-testid="inbox-tags"
        />
      </label>
      <div className="inbox__buttons">
        {item.status === 'done' ? (
          <button type="button" className="button button--ghost" onClick={() => run(() => inbox.update(item.id, { status: 'open' }))} data-testid="inbox-reopen">
            {t('inbox.reopen')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => run(() => inbox.update(item.id, { status: 'done' }))} data-testid="inbox-done">
            {t('inbox.markDone')}
          </button>
        )}
        <button
          type="button"
          className="button button--ghost"
          aria-pressed={item.liked}
          onClick={() => run(() => inboxApi.like(ws, item.id, !item.liked))}
          data-testid="inbox-like"
        >
          {item.liked ? t('inbox.unlike') : t('inbox.like')}
        </button>
        <button type="button" className="button button--ghost" onClick={() => run(() => inboxApi.hide(ws, item.id, !item.hidden))}>
          {item.hidden ? t('inbox.show') : t('inbox.hide')}
        </button>
        <ConfirmButton
          label={t('inbox.delete')}
          ariaLabel={t('inbox.delete')}
          question={t('inbox.deleteQuestion')}
          yes={t('inbox.deleteYes')}
          onConfirm={() => run(() => inboxApi.remove(ws, item.id))}
        />
      </div>
      {error ? <Notice kind="error">{errorText(error)}</Notice> : null}
    </div>
  );
}

export function InboxDetail({ inbox, item }: { inbox: Inbox; item: InboxItem }) {
  const { t, i18n } = useTranslation();
  return (
    <aside className="inbox__detail" aria-label={t('inbox.detailLabel')} data-testid="inbox-detail">
      {item.post ? (
        <blockquote className="inbox__context">
          <span className="muted">{t('inbox.inReplyTo')}</span> {item.post.excerpt}
        </blockquote>
      ) : null}
      <div className="inbox__message">
        <NetworkLogo network={item.network} size={24} labelled />
        <div>
          <strong>{item.author.name || item.author.handle}</strong> <span className="muted">{item.author.handle}</span>
          <p>{item.text}</p>
          <p className="muted">
            {formatWhen(item.createdAt, i18n.language)}
            {item.url ? (
              <>
                {' · '}
                <a href={item.url} target="_blank" rel="noreferrer noopener">
                  {t('inbox.onNetwork')}
                </a>
              </>
            ) : null}
            {item.replyUrl ? (
              <>
                {' · '}
                <a href={item.replyUrl} target="_blank" rel="noreferrer noopener">
                  {t('inbox.ourReply')}
                </a>
              </>
            ) : null}
          </p>
        </div>
      </div>
      {inbox.editor ? <Controls inbox={inbox} item={item} /> : null}
      {inbox.canReply ? <ReplyBox inbox={inbox} item={item} /> : null}
      <InboxNotes inbox={inbox} item={item} />
    </aside>
  );
}
