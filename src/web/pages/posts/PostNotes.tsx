/**
 * The team's notes on a post: oldest first, each @mention of a member highlighted; editors write new ones, with an
 * autocomplete of the workspace's members after "@", and edit or delete their own. Mentioned members are notified
 * (the bell in the top bar, and by email when the server sends it).
 */
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { collabApi, type NoteMember, type PostNote } from '../../api-collab';
import { useApiQuery } from '../../api/queries';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Notice } from '../../components/Field';
import { errorText } from '../../lib/errors';
import { mentionAtCaret, mentionSuggestions, notePieces } from './noteText';

interface Props {
  workspaceId: string;
  postId: string;
  canWrite: boolean;
}

export function PostNotes({ workspaceId, postId, canWrite }: Props) {
  const { t, i18n } = useTranslation();
  const notes = useApiQuery(['post-notes', workspaceId, postId], () => collabApi.notes(workspaceId, postId));
  const [error, setError] = useState<unknown>(null);
  const format = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  async function run(action: () => Promise<unknown>): Promise<boolean> {
    setError(null);
    try {
      await action();
      notes.reload();
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  }

  const members = notes.data?.members ?? [];
  return (
    <section className="post-notes" aria-labelledby="post-notes-title" data-testid="post-notes">
      <h2 id="post-notes-title">{t('collab.notes.title')}</h2>
      {notes.error ? <Notice kind="error">{errorText(notes.error)}</Notice> : null}
      {error ? <Notice kind="error">{errorText(error)}</Notice> : null}
      {notes.data && notes.data.notes.length === 0 ? <p className="empty card">{t('collab.notes.empty')}</p> : null}
      <ul className="post-notes__list">
        {(notes.data?.notes ?? []).map((note) => (
          <NoteItem
            key={note.id}
            note={note}
            members={members}
            when={format(note.createdAt)}
            onEdit={(text) => run(() => collabApi.editNote(workspaceId, postId, note.id, text))}
            onDelete={() => void run(() => collabApi.deleteNote(workspaceId, postId, note.id))}
          />
        ))}
      </ul>
      {canWrite ? <NoteForm members={members} onSave={(text) => run(() => collabApi.addNote(workspaceId, postId, text))} /> : null}
    </section>
  );
}

function NoteItem({ note, members, when, onEdit, onDelete }: { note: PostNote; members: NoteMember[]; when: string; onEdit(text: string): Promise<boolean>; onDelete(): void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const author = note.author ? note.author.name || note.author.email : t('collab.someone');
  return (
    <li className="post-note card" data-testid="post-note">
      <p className="post-note__meta muted">
        <strong>{author}</strong> · {when}
      </p>
      {editing ? (
        <NoteForm
          members={members}
          initial={note.text}
          onSave={async (text) => {
            const saved = await onEdit(text);
            if (saved) setEditing(false);
            return saved;
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <p className="post-note__text">
          {notePieces(note.text, note.mentions).map((piece, i) =>
            piece.mention ? (
              <mark key={i} className="mention" data-testid="note-mention">
                {piece.text}
              </mark>
            ) : (
              <span key={i}>{piece.text}</span>
            ),
          )}
        </p>
      )}
      {note.mine && !editing ? (
        <div className="post-note__actions">
          <button type="button" className="button button--ghost button--small" onClick={() => setEditing(true)}>
            {t('collab.notes.edit')}
          </button>
          <ConfirmButton label={t('collab.notes.delete')} ariaLabel={t('collab.notes.delete')} question={t('collab.notes.confirmDelete')} yes={t('collab.notes.deleteYes')} onConfirm={onDelete} />
        </div>
      ) : null}
    </li>
  );
}

interface FormProps {
  members: NoteMember[];
  initial?: string;
  onSave(text: string): Promise<boolean>;
  onCancel?(): void;
}

/** A note's text box: typing "@" offers the members whose name or address starts with what follows. */
function NoteForm({ members, initial = '', onSave, onCancel }: FormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const typing = mentionAtCaret(text, caret);
  const suggestions = typing ? mentionSuggestions(members, typing.query) : [];

  function pick(member: NoteMember) {
    if (!typing) return;
    const inserted = `@${member.handle} `;
    const next = text.slice(0, typing.start) + inserted + text.slice(caret);
    const at = typing.start + inserted.length;
    setText(next);
    setCaret(at);
    requestAnimationFrame(() => box.current?.setSelectionRange(at, at));
    box.current?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (suggestions.length === 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length);
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      pick(suggestions[Math.min(active, suggestions.length - 1)]!);
    } else if (e.key === 'Escape') {
      setCaret(-1);
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    const saved = await onSave(text);
    setBusy(false);
    if (saved && !onCancel) setText('');
  }

  return (
    <form className="note-form" onSubmit={(e) => void submit(e)} data-testid="note-form">
      <textarea
        ref={box}
        value={text}
        rows={3}
        maxLength={5000}
        placeholder={t('collab.notes.placeholder')}
        aria-label={t('collab.notes.label')}
        aria-autocomplete="list"
        aria-expanded={suggestions.length > 0}
        onChange={(e) => {
          setText(e.target.value);
          setCaret(e.target.selectionStart);
          setActive(0);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
        data-testid="note-text"
      />
      {suggestions.length > 0 ? (
        <ul className="mention-suggestions" role="listbox" aria-label={t('collab.notes.suggestions')} data-testid="mention-suggestions">
          {suggestions.map((m, i) => (
            <li key={m.userId} role="option" aria-selected={i === active}>
              <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => pick(m)}>
                <strong>@{m.handle}</strong> {m.name && m.handle !== m.email ? <span className="muted">{m.email}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="note-form__actions">
        <button type="submit" className="button button--small" disabled={busy || !text.trim()} data-testid="note-save">
          {initial ? t('collab.notes.save') : t('collab.notes.add')}
        </button>
        {onCancel ? (
          <button type="button" className="button button--ghost button--small" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
