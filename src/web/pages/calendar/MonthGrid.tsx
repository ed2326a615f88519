/** The month as a grid of days; a post dropped on a day keeps its time of day. */
import { useTranslation } from 'react-i18next';
import type { Post } from '../../api';
import { Link } from '../../router';
import { dayKey, sameDay } from '../../lib/dates';
import { DropCell } from './DropCell';
import { PostList, type PostListProps } from './PostList';

export function MonthGrid({
  days,
  month,
  byDay,
  mayCompose,
  onDropPost,
  ...list
}: PostListProps & {
  days: Date[];
  /** The month shown (0–11): days of the weeks around it are greyed. */
  month: number;
  byDay: Map<string, Post[]>;
  mayCompose: boolean;
  onDropPost: ((postId: string, day: Date) => void) | undefined;
}) {
  const { t, i18n } = useTranslation();
  const weekdayFormat = new Intl.DateTimeFormat(i18n.language, { weekday: 'short' });
  const today = new Date();
  return (
    <div className="calendar calendar--month" data-testid="calendar">
      {days.slice(0, 7).map((day) => (
        <div key={`h${day.getDay()}`} className="calendar__weekday" aria-hidden="true">
          {weekdayFormat.format(day)}
        </div>
      ))}
      {days.map((day) => {
        const outside = day.getMonth() !== month;
        return (
          <DropCell
            key={dayKey(day)}
            data-day={dayKey(day)}
            className={`calendar__day${outside ? ' calendar__day--outside' : ''}${sameDay(day, today) ? ' calendar__day--today' : ''}`}
            onDropPost={onDropPost && ((postId) => onDropPost(postId, day))}
          >
            <div className="calendar__date">
              <span className="calendar__weekday-inline">{weekdayFormat.format(day)} </span>
              {day.getDate()}
              {mayCompose ? (
                <Link to={`/compose?date=${dayKey(day)}`} className="calendar__add" aria-label={t('calendar.addOn', { date: day.toLocaleDateString(i18n.language) })}>
                  +
                </Link>
              ) : null}
            </div>
            <PostList posts={byDay.get(dayKey(day)) ?? []} {...list} />
          </DropCell>
        );
      })}
    </div>
  );
}
