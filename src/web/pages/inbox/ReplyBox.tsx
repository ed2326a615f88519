/**
 * Answers the selected item from the account that received it. A saved reply fills the box with its variables
 * written out for this person; the text stays editable before sending. Direct messages are answered in the
 * network's app (the server says so).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inboxApi, type InboxItem } from '../../api-inbox';
import { Notice } from '../../components/Field';
import { errorText } from '../../lib/errors';
import { renderSavedReply } from './savedReply';
import type { Inbox } from './useInbox';

export function ReplyBox({ inbox, item }: { inbox: Inbox; item: InboxItem }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const saved = inbox.savedReplies.data?.savedReplies ?? [];

  const applySaved = (id: string) => {
    const reply = saved.find((r) => r.id === id);
    if (!reply) return;
    setText(renderSavedReply(reply.text, { authorName: item.author.name, authorHandle: item.author.handle, postUrl: item.post?.publicationUrl ?? item.url }));
    inbox.replyBox.current?.focus();
  };

  const send = async () => {
    setBusy(true);
    setError(null);
    setSent(false);
    try {
      await inboxApi.reply(inbox.workspaceId, item.id, text);
      setText('');
      setSent(true);
      inbox.refresh();
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
      {sent ? <Notice kind="success">{t('inbox.reply.sent')}</Notice> : null}
      {error ? <Notice kind="error">{errorText(error)}</Notice> : null}
    </form>
  );
}
