/**
 * The week as an hour grid: a column per day, a row per hour (0–23), opened scrolled to the working hours. A post
 * sits in its hour; dropped on another day's hour it goes there, its minutes kept.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../api';
import { dayKey, sameDay } from '../../lib/dates';
import { DropCell } from './DropCell';
import { cellKey, WORKING_HOURS_START } from './grid';
import { PostList, type PostListProps } from './PostList';

const HOURS = Array.from({ length: 24 }, (_, h) => h);

export function WeekGrid({
  days,
  byCell,
  onDropPost,
  ...list
}: PostListProps & {
  days: Date[];
  byCell: Map<string, Post[]>;
  onDropPost: ((postId: string, day: Date, hour: number) => void) | undefined;
}) {
  const { i18n } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const dayFormat = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', day: 'numeric' });
  const hourFormat = new Intl.DateTimeFormat(i18n.language, { hour: 'numeric' });
  const today = new Date();

  useEffect(() => {
    const box = scroller.current;
    const row = box?.querySelector<HTMLElement>(`[data-hour="${WORKING_HOURS_START}"]`);
    const header = box?.querySelector<HTMLElement>('.week-grid__day');
    if (box && row) box.scrollTop += row.getBoundingClientRect().top - box.getBoundingClientRect().top - (header?.offsetHeight ?? 0);
  }, []);

  return (
    <div className="week-grid calendar--week" data-testid="calendar" ref={scroller}>
      <div className="week-grid__corner" aria-hidden="true" />
      {days.map((day) => (
        <div key={dayKey(day)} className={`week-grid__day${sameDay(day, today) ? ' week-grid__day--today' : ''}`}>
          {dayFormat.format(day)}
        </div>
      ))}
      {HOURS.map((hour) => [
        <div key={`h${hour}`} className="week-grid__hour" data-hour={hour}>
          {hourFormat.format(new Date(2000, 0, 1, hour))}
        </div>,
        ...days.map((day) => {
          const at = new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour);
          return (
            <DropCell
              key={`${dayKey(day)}-${hour}`}
              data-cell={cellKey(at)}
              className="week-grid__cell"
              onDropPost={onDropPost && ((postId) => onDropPost(postId, day, hour))}
            >
              <PostList posts={byCell.get(cellKey(at)) ?? []} {...list} />
            </DropCell>
          );
        }),
      ])}
    </div>
  );
}
