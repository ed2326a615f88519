/** On a phone: the days that have posts, each with its posts, instead of a grid too narrow to read. */
import { useTranslation } from 'react-i18next';
import type { Post } from '../../api';
import { dayKey } from '../../lib/dates';
import { agendaDays } from './grid';
import { PostList, type PostListProps } from './PostList';

export function AgendaList({ days, byDay, view, ...list }: PostListProps & { days: Date[]; byDay: Map<string, Post[]>; view: string }) {
  const { t, i18n } = useTranslation();
  const dayFormat = new Intl.DateTimeFormat(i18n.language, { weekday: 'long', day: 'numeric', month: 'long' });
  const agenda = agendaDays(days, byDay);
  return (
    <div className={`agenda calendar--${view}`} data-testid="calendar">
      {agenda.length === 0 ? <p className="muted">{t('calendar.agendaEmpty')}</p> : null}
      {agenda.map(({ day, posts }) => (
        <section key={dayKey(day)} className="agenda__day" aria-label={dayFormat.format(day)}>
          <h2 className="agenda__date">{dayFormat.format(day)}</h2>
          <PostList posts={posts} {...list} />
        </section>
      ))}
    </div>
  );
}
