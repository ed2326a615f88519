/**
 * A post on the calendar: its time, the start of its text and its networks, in its status colour (held is orange).
 * A post held for one account while it still goes out on another gets an orange mark as well.
 */
import { useTranslation } from 'react-i18next';
import type { Post } from '../../api';
import { Link } from '../../router';

export function PostChip({ post, at }: { post: Post; at: Date | null }) {
  const { t, i18n } = useTranslation();
  const time = at ? new Intl.DateTimeFormat(i18n.language, { hour: 'numeric', minute: '2-digit' }).format(at) : null;
  const networks = [...new Set(post.publications.map((p) => p.network))];
  const text = post.text.trim() || t('calendar.noText');
  const partlyHeld = post.status !== 'held' && post.publications.some((p) => p.status === 'held');
  const title = `${t(`status.${post.status}`)}${partlyHeld ? ` · ${t('calendar.partlyHeld')}` : ''} — ${text}`;
  return (
    <Link
      to={`/posts/${post.id}`}
      className={`chip status-${post.status}`}
      title={title}
      data-testid="post-chip"
    >
      {time ? <span className="chip__time">{time}</span> : null}
      <span className="chip__text">{text}</span>
      <span className="chip__networks" aria-hidden="true">
        {partlyHeld ? <span className="chip__held">!</span> : null}
        {networks.map((n) => (
          <span key={n} className={`network-dot network-dot--${n}`} />
        ))}
      </span>
      <span className="visually-hidden">
        {t(`status.${post.status}`)}
        {partlyHeld ? ` · ${t('calendar.partlyHeld')}` : null}
      </span>
    </Link>
  );
}
