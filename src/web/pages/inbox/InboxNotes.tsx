/** The team's internal notes on an item, oldest first, with who wrote each and when; editors add one. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inboxApi, type InboxItem } from '../../api-inbox';
import { useApiQuery } from '../../api/queries';
import { Notice } from '../../components/Field';
import { errorText } from '../../lib/errors';
import { formatWhen } from '../../lib/dates';
import type { Inbox } from './useInbox';

export function InboxNotes({ inbox, item }: { inbox: Inbox; item: InboxItem }) {
  const { t, i18n } = useTranslation();
  const notes = useApiQuery(['inbox-notes', inbox.workspaceId, item.id], () => inboxApi.notes(inbox.workspaceId, item.id));
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const add = async () => {
    setError(null);
    try {
      await inboxApi.addNote(inbox.workspaceId, item.id, text);
      setText('');
      notes.reload();
      inbox.refresh();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="inbox__notes" aria-label={t('inbox.notes.title')}>
      <h2>{t('inbox.notes.title')}</h2>
      <p className="muted">{t('inbox.notes.private')}</p>
      {notes.data?.notes.length === 0 ? <p className="muted">{t('inbox.notes.none')}</p> : null}
      <ul>
        {notes.data?.notes.map((note) => (
          <li key={note.id}>
            <p>{note.text}</p>
            <p className="muted">
              {note.author?.name ?? t('inbox.notes.formerMember')} · {formatWhen(note.createdAt, i18n.language)}
            </p>
          </li>
        ))}
      </ul>
      {inbox.editor ? (
        <form onSubmit={(e) => (e.preventDefault(), void add())}>
          <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} aria-label={t('inbox.notes.add')} data-testid="inbox-note" />
          <button type="submit" className="button button--ghost" disabled={text.trim() === ''}>
            {t('inbox.notes.add')}
          </button>
        </form>
      ) : null}
      {error ? <Notice kind="error">{errorText(error)}</Notice> : null}
    </section>
  );
}
