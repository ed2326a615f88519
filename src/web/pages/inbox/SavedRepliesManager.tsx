/**
 * The workspace's saved replies (editors and above): add, edit, delete. Their text may use {{first_name}},
 * {{post_url}} and {{author_handle}}; the server refuses any other variable, naming it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inboxApi, type SavedReply } from '../../api-inbox';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Notice } from '../../components/Field';
import { errorText } from '../../lib/errors';
import type { Inbox } from './useInbox';

// The variables are shown as written in a saved reply, not filled in by the translation.
const VARIABLES = { first_name: '{{first_name}}', post_url: '{{post_url}}', author_handle: '{{author_handle}}' };

function SavedReplyForm({ inbox, reply, onDone }: { inbox: Inbox; reply?: SavedReply; onDone: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(reply?.name ?? '');
  const [text, setText] = useState(reply?.text ?? '');
  const [error, setError] = useState<unknown>(null);
  const save = async () => {
    setError(null);
    try {
      const ws = inbox.workspaceId;
      await (reply ? inboxApi.updateSavedReply(ws, reply.id, { name, text }) : inboxApi.createSavedReply(ws, { name, text }));
      inbox.savedReplies.reload();
      onDone();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form className="inbox__saved-form" onSubmit={(e) => (e.preventDefault(), void save())} data-testid="saved-reply-form">
      <label>
        {t('inbox.saved.name')}
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} required data-testid="saved-reply-name" />
      </label>
      <label>
        {t('inbox.saved.text')}
        <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} required data-testid="saved-reply-text" />
      </label>
      <p className="muted">{t('inbox.saved.variables', VARIABLES)}</p>
      <div className="inbox__buttons">
        <button type="submit" className="button" data-testid="saved-reply-save">
          {t('inbox.saved.save')}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
      {error ? <Notice kind="error">{errorText(error)}</Notice> : null}
    </form>
  );
}

export function SavedRepliesManager({ inbox }: { inbox: Inbox }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const replies = inbox.savedReplies.data?.savedReplies ?? [];
  const remove = (id: string) =>
    inboxApi.deleteSavedReply(inbox.workspaceId, id).then(inbox.savedReplies.reload, setError);
  return (
    <details className="inbox__saved" data-testid="saved-replies">
      <summary>{t('inbox.saved.title', { count: replies.length })}</summary>
      {replies.length === 0 ? <p className="muted">{t('inbox.saved.none')}</p> : null}
      <ul>
        {replies.map((reply) =>
          editing === reply.id ? (
            <li key={reply.id}>
              <SavedReplyForm inbox={inbox} reply={reply} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <li key={reply.id} className="inbox__saved-item">
              <strong>{reply.name}</strong> <span className="muted">{reply.text}</span>
              <button type="button" className="button button--ghost" onClick={() => setEditing(reply.id)}>
                {t('inbox.saved.edit')}
              </button>
              <ConfirmButton
                label={t('inbox.saved.delete')}
                ariaLabel={t('inbox.saved.deleteNamed', { name: reply.name })}
                question={t('inbox.saved.deleteQuestion')}
                yes={t('inbox.saved.delete')}
                onConfirm={() => void remove(reply.id)}
              />
            </li>
          ),
        )}
      </ul>
      {editing === 'new' ? (
        <SavedReplyForm inbox={inbox} onDone={() => setEditing(null)} />
      ) : (
        <button type="button" className="button button--ghost" onClick={() => setEditing('new')} data-testid="saved-reply-new">
          {t('inbox.saved.new')}
        </button>
      )}
      {error ? <Notice kind="error">{errorText(error)}</Notice> : null}
    </details>
  );
}
