/**
 * One idea on the board: title, notes, tags; drag it to another column or use "Move to" (keyboards and phones);
 * edit it, delete it, or turn it into a draft post that opens in the composer.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Idea, IdeaStage } from '../../api-ideas';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Link } from '../../router';
import { STAGES } from './board';
import { IdeaForm, type IdeaDraft } from './IdeaForm';

interface Props {
  idea: Idea;
  editable: boolean;
  busy: boolean;
  onMove(stage: IdeaStage): void;
  onSave(draft: IdeaDraft): Promise<boolean>;
  onDelete(): void;
  onPost(): void;
  onDragStart(): void;
}

export function IdeaCard({ idea, editable, busy, onMove, onSave, onDelete, onPost, onDragStart }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <li className="idea-card idea-card--editing">
        <IdeaForm initial={idea} submitLabel={t('ideas.save')} busy={busy} onCancel={() => setEditing(false)} onSubmit={async (d) => (await onSave(d)) && setEditing(false)} />
      </li>
    );
  }
  return (
    <li
      className="idea-card"
      draggable={editable}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', idea.id);
        e.dataTransfer.effectAllowed = 'move';
        onDragStart();
      }}
      data-testid="idea-card"
      data-idea={idea.id}
    >
      <h3 className="idea-card__title">{idea.title}</h3>
      {idea.notes ? <p className="idea-card__notes">{idea.notes}</p> : null}
      {idea.tags.length || idea.mediaIds.length ? (
        <p className="idea-card__tags">
          {idea.tags.map((tag) => (
            <span key={tag} className="badge badge--tag">
              #{tag}
            </span>
          ))}
          {idea.mediaIds.length ? <span className="badge">{t('ideas.pictures', { count: idea.mediaIds.length })}</span> : null}
        </p>
      ) : null}
      <div className="idea-card__actions">
        {idea.postId ? (
          <Link to={`/compose?post=${idea.postId}`} className="button button--secondary button--small" data-testid="idea-open-post">
            {t('ideas.openPost')}
          </Link>
        ) : editable ? (
          <button type="button" className="button button--primary button--small" onClick={onPost} disabled={busy} data-testid="idea-to-post">
            {t('ideas.toPost')}
          </button>
        ) : null}
        {editable ? (
          <>
            <select value={idea.stage} onChange={(e) => onMove(e.target.value as IdeaStage)} aria-label={t('ideas.moveTo', { title: idea.title })} data-testid="idea-move">
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {t(`ideas.stage.${s}`)}
                </option>
              ))}
            </select>
            <button type="button" className="button button--ghost button--small" onClick={() => setEditing(true)}>
              {t('ideas.edit')}
            </button>
            <ConfirmButton label={t('ideas.delete')} ariaLabel={t('ideas.deleteIdea', { title: idea.title })} question={t('ideas.deleteQuestion')} yes={t('ideas.deleteYes')} onConfirm={onDelete} />
          </>
        ) : null}
      </div>
    </li>
  );
}
