/**
 * A post on the calendar: its time, the start of its text and its networks' logos, in its status colour (held is
 * orange). A post held for one account while it still goes out on another gets an orange mark as well. A post that
 * can move is dragged to another day or hour, or moved with its "Move to…" button (from the keyboard too).
 */
import { useTranslation } from 'react-i18next';
import type { Post } from '../../api';
import { Link } from '../../router';
import { NetworkLogo } from '../../components/NetworkLogo';
import { POST_DRAG_TYPE } from './DropCell';

export function PostChip({ post, at, onMoveRequest, moving = false }: { post: Post; at: Date | null; onMoveRequest?: () => void; moving?: boolean }) {
  const { t, i18n } = useTranslation();
  const time = at ? new Intl.DateTimeFormat(i18n.language, { hour: 'numeric', minute: '2-digit' }).format(at) : null;
  const networks = [...new Set(post.publications.map((p) => p.network))];
  const text = post.text.trim() || t('calendar.noText');
  const partlyHeld = post.status !== 'held' && post.publications.some((p) => p.status === 'held');
  const title = `${t(`status.${post.status}`)}${partlyHeld ? ` · ${t('calendar.partlyHeld')}` : ''} — ${text}`;
  const draggable = Boolean(onMoveRequest);
  const chip = (
    <Link
      to={`/posts/${post.id}`}
      className={`chip status-${post.status}${moving ? ' chip--moving' : ''}`}
      title={title}
      data-testid="post-chip"
      draggable={draggable}
      onDragStart={
        draggable
          ? (e) => {
              e.dataTransfer.setData(POST_DRAG_TYPE, post.id);
              e.dataTransfer.effectAllowed = 'move';
            }
          : undefined
      }
    >
      {time ? <span className="chip__time">{time}</span> : null}
      <span className="chip__text">{text}</span>
      <span className="chip__networks">
        {partlyHeld ? <span className="chip__held" aria-hidden="true">!</span> : null}
        {networks.map((n) => (
          <NetworkLogo key={n} network={n} size={14} />
        ))}
      </span>
      <span className="visually-hidden">
        {t(`status.${post.status}`)}
        {partlyHeld ? ` · ${t('calendar.partlyHeld')}` : null}
        {networks.length > 0 ? ` · ${networks.map((n) => t(`networks.${n}`, { defaultValue: n })).join(', ')}` : null}
      </span>
    </Link>
  );
  if (!onMoveRequest) return chip;
  return (
    <div className="chip-row">
      {chip}
      <button type="button" className="chip__move" onClick={onMoveRequest} aria-label={t('calendar.moveTo', { text })} title={t('calendar.moveTo', { text })}>
        ⇄
      </button>
    </div>
  );
}
