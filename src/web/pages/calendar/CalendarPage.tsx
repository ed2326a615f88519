/**
 * Posts on a month or week calendar, in the person's time zone, each coloured by status. The view and the date
 * shown are in the URL (`#/calendar?view=week&date=2025-03-10`) so a reload or a shared link keeps them. Admins find
 * the "Pause all publishing" switch here, beside what it would hold.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Post } from '../../api';
import { useWorkspace } from '../../session';
import { Link, navigate, useRoute } from '../../router';
import { useApiQuery } from '../../api/queries';
import { can } from '../../lib/roles';
import { errorText } from '../../lib/errors';
import { addDays, dayKey, firstDayOfWeek, monthGrid, parseDayKey, sameDay, startOfDay, userTimeZone, weekDays } from '../../lib/dates';
import { Notice } from '../../components/Field';
import { StatusLegend } from '../../components/StatusBadge';
import { PausePublishingControl } from '../../components/PublishingPause';
import { PostChip } from './PostChip';

type View = 'month' | 'week';

/** Where a post sits on the calendar: its scheduled time, else when it went out, else when it was written. */
export function postDate(post: Post): Date {
  const published = post.publications.find((p) => p.publishedAt)?.publishedAt;
  return new Date(post.scheduledAt ?? published ?? post.createdAt);
}

export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const { query } = useRoute();
  const view: View = query.get('view') === 'week' ? 'week' : 'month';
  const anchor = parseDayKey(query.get('date')) ?? startOfDay(new Date());
  const firstDay = firstDayOfWeek(i18n.language);
  const days = view === 'month' ? monthGrid(anchor, firstDay) : weekDays(anchor, firstDay);
  const from = days[0]!;
  const to = addDays(days[days.length - 1]!, 1);

  const posts = useApiQuery(['posts', workspace.id, from.toISOString(), to.toISOString()], () =>
    api.listPosts(workspace.id, { from: from.toISOString(), to: to.toISOString() }),
  );
  const drafts = useApiQuery(['posts', workspace.id, 'draft'], () => api.listPosts(workspace.id, { status: 'draft' }));
  const undatedDrafts = (drafts.data?.posts ?? []).filter((p) => !p.scheduledAt);

  const byDay = useMemo(() => {
    const map = new Map<string, Post[]>();
    for (const post of posts.data?.posts ?? []) {
      const key = dayKey(postDate(post));
      map.set(key, [...(map.get(key) ?? []), post]);
    }
    for (const list of map.values()) list.sort((a, b) => postDate(a).getTime() - postDate(b).getTime());
    return map;
  }, [posts.data]);

  const go = (next: { view?: View; date?: Date }) =>
    navigate(`/calendar?view=${next.view ?? view}&date=${dayKey(next.date ?? anchor)}`);
  const step = (direction: 1 | -1) =>
    go({
      date: view === 'month' ? new Date(anchor.getFullYear(), anchor.getMonth() + direction, 1) : addDays(anchor, 7 * direction),
    });

  const locale = i18n.language;
  const title =
    view === 'month'
      ? new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(anchor)
      : t('calendar.weekOf', { date: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(days[0]!) });
  const weekdayFormat = new Intl.DateTimeFormat(locale, { weekday: 'short' });
  const today = new Date();
  const mayCompose = can.compose(workspace.role);

  return (
    <section className="page page--wide">
      <header className="page__header page__header--row">
        <div>
          <h1 className="calendar__title">{title}</h1>
          <p className="muted">{t('calendar.timeZone', { zone: userTimeZone() })}</p>
        </div>
        <div className="toolbar">
          <div className="segmented" role="group" aria-label={t('calendar.view')}>
            <button type="button" aria-pressed={view === 'month'} onClick={() => go({ view: 'month' })}>
              {t('calendar.month')}
            </button>
            <button type="button" aria-pressed={view === 'week'} onClick={() => go({ view: 'week' })}>
              {t('calendar.week')}
            </button>
          </div>
          <div className="segmented" role="group" aria-label={t('calendar.navigate')}>
            <button type="button" onClick={() => step(-1)} aria-label={t('calendar.previous')}>
              ‹
            </button>
            <button type="button" onClick={() => go({ date: startOfDay(new Date()) })}>
              {t('calendar.today')}
            </button>
            <button type="button" onClick={() => step(1)} aria-label={t('calendar.next')}>
              ›
            </button>
          </div>
          {mayCompose ? (
            <Link to="/compose" className="button button--primary">
              {t('calendar.newPost')}
            </Link>
          ) : null}
        </div>
      </header>
      <div className="publishing-pause__bar">
        <PausePublishingControl workspaceId={workspace.id} role={workspace.role} />
      </div>
      <StatusLegend />
      {posts.error ? <Notice kind="error">{errorText(posts.error)}</Notice> : null}

      <div className={`calendar calendar--${view}`} data-testid="calendar" aria-busy={posts.loading}>
        {days.slice(0, 7).map((day) => (
          <div key={`h${day.getDay()}`} className="calendar__weekday" aria-hidden="true">
            {weekdayFormat.format(day)}
          </div>
        ))}
        {days.map((day) => {
          const list = byDay.get(dayKey(day)) ?? [];
          const outside = view === 'month' && day.getMonth() !== anchor.getMonth();
          return (
            <div
              key={dayKey(day)}
              className={`calendar__day${outside ? ' calendar__day--outside' : ''}${sameDay(day, today) ? ' calendar__day--today' : ''}`}
            >
              <div className="calendar__date">
                <span className="calendar__weekday-inline">{weekdayFormat.format(day)} </span>
                {day.getDate()}
                {mayCompose ? (
                  <Link to={`/compose?date=${dayKey(day)}`} className="calendar__add" aria-label={t('calendar.addOn', { date: day.toLocaleDateString(locale) })}>
                    +
                  </Link>
                ) : null}
              </div>
              <ul className="calendar__posts">
                {list.map((post) => (
                  <li key={post.id}>
                    <PostChip post={post} at={postDate(post)} />
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>

      {undatedDrafts.length > 0 ? (
        <section className="card drafts">
          <h2>{t('calendar.drafts')}</h2>
          <ul className="drafts__list">
            {undatedDrafts.map((post) => (
              <li key={post.id}>
                <PostChip post={post} at={null} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
