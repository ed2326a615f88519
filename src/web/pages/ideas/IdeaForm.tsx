/** Writing an idea: a title, notes, tags. Used to add one to a column and to edit one on its card. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTags } from '../../lib/tags';

export interface IdeaDraft {
  title: string;
  notes: string;
  tags: string[];
}

interface Props {
  initial?: IdeaDraft;
  submitLabel: string;
  busy: boolean;
  onSubmit(draft: IdeaDraft): void;
  onCancel?(): void;
}

export function IdeaForm({ initial, submitLabel, busy, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [notes, setNotes] = useState(initial?.notes ?? '');
  const [tags, setTags] = useState(initial?.tags.join(', ') ?? '');
  return (
    <form
      className="idea-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ title, notes, tags: parseTags(tags) });
      }}
    >
      <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder={t('ideas.titlePlaceholder')} aria-label={t('ideas.titleLabel')} required maxLength={200} data-testid="idea-title" />
      <textarea value={notes} onChange={(e) => setNotes(e.target.value)} rows={3} placeholder={t('ideas.notesPlaceholder')} aria-label={t('ideas.notesLabel')} data-testid="idea-notes" />
      <input value={tags} onChange={(e) => setTags(e.target.value)} placeholder={t('ideas.tagsPlaceholder')} aria-label={t('ideas.tagsLabel')} data-testid="idea-tags" />
      <div className="idea-form__actions">
        <button type="submit" className="button button--primary button--small" disabled={busy || !title.trim()} data-testid="idea-save">
          {submitLabel}
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
