/**
 * Answers the selected item from the account that received it. A saved reply fills the box with its variables
 * written out for this person; the text stays editable before sending. Direct messages are answered in the
 * network's app (the server says so).
 *
 * A reply is queued and sent by the server's reply job (a contributor's first waits for an editor's approval), so the
 * box lists the item's replies with where each stands, asking again every few seconds while one is on its way; when
 * one is sent, the list is refreshed to show the item answered.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inboxApi, type InboxItem, type InboxReply } from '../../api-inbox';
import { Notice } from '../../components/Field';
import { errorText } from '../../lib/errors';
import { renderSavedReply } from './savedReply';
import type { Inbox } from './useInbox';

/** How often the replies are asked for while one is waiting to go out (the job usually sends within a poll or two). */
const IN_FLIGHT_POLL_MS = 2000;
const inFlight = (r: InboxReply) => r.status === 'queued' || r.status === 'sending';

export function ReplyBox({ inbox, item }: { inbox: Inbox; item: InboxItem }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const saved = inbox.savedReplies.data?.savedReplies ?? [];
  const ws = inbox.workspaceId;
  const replies = useQuery({
    queryKey: ['inbox-replies', ws, item.id],
    queryFn: () => inboxApi.replies(ws, item.id),
    refetchInterval: (query) => (query.state.data?.replies.some(inFlight) ? IN_FLIGHT_POLL_MS : false),
  });
  const list = replies.data?.replies ?? [];
  const { refresh } = inbox;

  // A reply that went out since the last look: the list shows the item answered.
  const sentCount = list.filter((r) => r.status === 'sent').length;
  const seenSent = useRef<number | null>(null);
  useEffect(() => {
    if (!replies.data) return;
    if (seenSent.current !== null && sentCount > seenSent.current) refresh();
    seenSent.current = sentCount;
  }, [replies.data, sentCount, refresh]);

  const applySaved = (id: string) => {
    const reply = saved.find((r) => r.id === id);
    if (!reply) return;
    setText(renderSavedReply(reply.text, { authorName: item.author.name, authorHandle: item.author.handle, postUrl: item.post?.publicationUrl ?? item.url }));
    inbox.replyBox.current?.focus();
  };

  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      await inboxApi.reply(ws, item.id, text);
      setText('');
      await replies.refetch();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="inbox__reply" onSubmit={(e) => (e.preventDefault(), void send())}>
      <div className="inbox__reply-head">
        <label htmlFor="inbox-reply">{t('inbox.reply.label')}</label>
        {saved.length > 0 ? (
          <select value="" onChange={(e) => applySaved(e.target.value)} aria-label={t('inbox.reply.saved')} data-testid="inbox-saved-picker">
            <option value="">{t('inbox.reply.saved')}</option>
            {saved.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        ) : null}
      </div>
      <textarea id="inbox-reply" ref={inbox.replyBox} rows={4} value={text} onChange={(e) => setText(e.target.value)} data-testid="inbox-reply" />
      <div className="inbox__buttons">
        <button type="submit" className="button" disabled={busy || text.trim() === ''} data-testid="inbox-send">
          {busy ? t('common.working') : t('inbox.reply.send')}
        </button>
      </div>
      {error ? <Notice kind="error">{errorText(error)}</Notice> : null}
      {list.length > 0 ? (
        <ul className="inbox__replies" aria-label={t('inbox.reply.listLabel')} data-testid="inbox-replies">
          {list.map((r) => (
            <ReplyState key={r.id} reply={r} />
          ))}
        </ul>
      ) : null}
    </form>
  );
}

/** One reply and where it stands, in the person's words; a failure says why (translated when the code is known). */
function ReplyState({ reply }: { reply: InboxReply }) {
  const { t, i18n } = useTranslation();
  const why = reply.errorCode && i18n.exists(`inbox.reply.errors.${reply.errorCode}`) ? t(`inbox.reply.errors.${reply.errorCode}`) : reply.error;
  return (
    <li className={`inbox__reply-state inbox__reply-state--${reply.status}`} data-status={reply.status}>
      <p className="inbox__reply-text">{reply.text}</p>
      <p className={reply.status === 'failed' || reply.status === 'rejected' ? 'field__error' : 'muted'}>
        {reply.status === 'sent' ? t('inbox.reply.sent') : t(`inbox.reply.state.${reply.status}`)}
        {reply.status === 'sent' && reply.url ? (
          <>
            {' '}
            <a href={reply.url} target="_blank" rel="noreferrer noopener">
              {t('inbox.ourReply')}
            </a>
          </>
        ) : null}
        {(reply.status === 'failed' || reply.status === 'rejected') && why ? ` ${why}` : null}
      </p>
    </li>
  );
}
