/** "Move to…": the keyboard's way to drag a post, a date and time where the person is. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../api';
import { localInputToUtcIso, utcIsoToLocalInput } from '../../lib/dates';

export function MoveForm({ post, onMove, onClose }: { post: Post; onMove: (at: Date) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(post.scheduledAt ? utcIsoToLocalInput(post.scheduledAt) : '');
  const iso = localInputToUtcIso(value);
  const text = post.text.trim() || t('calendar.noText');
  return (
    <form
      className="card move-form"
      aria-label={t('calendar.moveTo', { text })}
      onSubmit={(e) => {
        e.preventDefault();
        if (!iso) return;
        onMove(new Date(iso));
        onClose();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <label className="move-form__field">
        <span>{t('calendar.moveLabel', { text: text.length > 60 ? `${text.slice(0, 60)}…` : text })}</span>
        <input type="datetime-local" value={value} onChange={(e) => setValue(e.target.value)} required autoFocus />
      </label>
      <div className="move-form__actions">
        <button type="submit" className="button button--primary" disabled={!iso}>
          {t('calendar.move')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('calendar.cancel')}
        </button>
      </div>
    </form>
  );
}
