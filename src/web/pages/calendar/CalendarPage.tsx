/**
 * Posts on a month or week calendar, in the person's time zone, each coloured by status and marked with its networks.
 * The view, the date shown and the filters are in the URL (`#/calendar?view=week&date=2025-03-10&channel=…`) so a
 * reload or a shared link keeps them. A scheduled post is dragged to another day (month) or hour (week), or moved
 * with "Move to…"; the server checks the move and a refusal puts the post back with its reason. A phone gets an
 * agenda of the days with posts instead of the grid. Admins find the "Pause all publishing" switch here.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Post } from '../../api';
import { useWorkspace } from '../../session';
import { navigate, useRoute } from '../../router';
import { useApiQuery } from '../../api/queries';
import { can } from '../../lib/roles';
import { errorText } from '../../lib/errors';
import { addDays, dayKey, firstDayOfWeek, monthGrid, parseDayKey, startOfDay, weekDays } from '../../lib/dates';
import { Notice } from '../../components/Field';
import { StatusLegend } from '../../components/StatusBadge';
import { PausePublishingControl } from '../../components/PublishingPause';
import { AgendaList } from './AgendaList';
import { CalendarHeader, type View } from './CalendarHeader';
import { CalendarFilters } from './CalendarFilters';
import { campaignsApi } from '../../api-campaigns';
import { calendarQuery, cellKey, matchesFilters, moveTarget, placePosts, postDate, readFilters, type CalendarFilters as Filters } from './grid';
import { MonthGrid } from './MonthGrid';
import { MoveForm } from './MoveForm';
import { PostChip } from './PostChip';
import { useMovePost } from './useMovePost';
import { useNarrow } from './useNarrow';
import { WeekGrid } from './WeekGrid';
import './calendar.css';

export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const { query } = useRoute();
  const narrow = useNarrow();
  const view: View = query.get('view') === 'week' ? 'week' : 'month';
  const anchor = parseDayKey(query.get('date')) ?? startOfDay(new Date());
  const filters = readFilters(query);
  const days = view === 'month' ? monthGrid(anchor, firstDayOfWeek(i18n.language)) : weekDays(anchor, firstDayOfWeek(i18n.language));
  const from = days[0]!;
  const to = addDays(days[days.length - 1]!, 1);

  const posts = useApiQuery(['posts', workspace.id, from.toISOString(), to.toISOString()], () =>
    api.listPosts(workspace.id, { from: from.toISOString(), to: to.toISOString() }),
  );
  const drafts = useApiQuery(['posts', workspace.id, 'draft'], () => api.listPosts(workspace.id, { status: 'draft' }));
  const channels = useApiQuery(['channels', workspace.id], () => api.listChannels(workspace.id));
  const campaigns = useApiQuery(['campaigns', workspace.id, false], () => campaignsApi.list(workspace.id));
  const undatedDrafts = (drafts.data?.posts ?? []).filter((p) => !p.scheduledAt && matchesFilters(p, filters));
  const { moving, move, notice, dismiss } = useMovePost(workspace.id);
  const [moveForm, setMoveForm] = useState<Post | null>(null);

  const shown = (posts.data?.posts ?? []).filter((p) => matchesFilters(p, filters));
  const dateOf = (post: Post) => moving.get(post.id) ?? postDate(post);
  const byDay = placePosts(shown, dayKey, dateOf);
  const byCell = placePosts(shown, cellKey, dateOf);

  const go = (next: { view?: View; date?: Date; filters?: Filters }) =>
    navigate(`/calendar?${calendarQuery(next.view ?? view, next.date ?? anchor, next.filters ?? filters)}`);
  const step = (direction: 1 | -1) =>
    go({ date: view === 'month' ? new Date(anchor.getFullYear(), anchor.getMonth() + direction, 1) : addDays(anchor, 7 * direction) });

  const mayCompose = can.compose(workspace.role);
  const find = (postId: string) => shown.find((p) => p.id === postId);
  const dropOnDay = (postId: string, day: Date, hour?: number) => {
    const post = find(postId);
    if (post?.scheduledAt) void move(post, moveTarget(new Date(post.scheduledAt), day, hour));
  };
  const list = { dateOf, moving, onMoveRequest: mayCompose ? setMoveForm : undefined };

  const locale = i18n.language;
  const title =
    view === 'month'
      ? new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(anchor)
      : t('calendar.weekOf', { date: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(days[0]!) });

  return (
    <section className="page page--wide">
      <CalendarHeader title={title} view={view} mayCompose={mayCompose} onView={(next) => go({ view: next })} onStep={step} onToday={() => go({ date: startOfDay(new Date()) })} />
      <div className="publishing-pause__bar">
        <PausePublishingControl workspaceId={workspace.id} role={workspace.role} />
      </div>
      <div className="calendar-bar">
        <StatusLegend />
        <CalendarFilters filters={filters} channels={channels.data?.channels ?? []} campaigns={campaigns.data?.campaigns ?? []} onChange={(next) => go({ filters: next })} />
      </div>
      {posts.error ? <Notice kind="error">{errorText(posts.error)}</Notice> : null}
      {notice ? (
        <div className="calendar-notice">
          <Notice kind={notice.kind}>{notice.text}</Notice>
          <button type="button" className="link-button" onClick={dismiss}>
            {t('calendar.dismiss')}
          </button>
        </div>
      ) : null}
      {moveForm ? <MoveForm post={moveForm} onMove={(at) => void move(moveForm, at)} onClose={() => setMoveForm(null)} /> : null}
      {mayCompose && !narrow ? <p className="muted calendar-hint">{t('calendar.dragHint')}</p> : null}

      <div aria-busy={posts.loading}>
        {narrow ? (
          <AgendaList days={days} byDay={byDay} view={view} {...list} />
        ) : view === 'month' ? (
          <MonthGrid days={days} month={anchor.getMonth()} byDay={byDay} mayCompose={mayCompose} onDropPost={mayCompose ? dropOnDay : undefined} {...list} />
        ) : (
          <WeekGrid days={days} byCell={byCell} onDropPost={mayCompose ? dropOnDay : undefined} {...list} />
        )}
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
