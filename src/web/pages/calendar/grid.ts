/**
 * Where posts sit on the calendar and where a dropped post goes, in the browser's time zone. Pure, so the rules are
 * tested without a browser: a post moved to another day keeps its time of day (on the wall clock, so 09:00 stays
 * 09:00 across a change to summer time), and one dropped on an hour of the week keeps its minutes.
 *
 * @example
 *   moveTarget(new Date(2026, 2, 27, 9, 30), new Date(2026, 2, 30));      // → 30 March 09:30 local
 *   moveTarget(new Date(2026, 2, 27, 9, 30), new Date(2026, 2, 30), 14);  // → 30 March 14:30 local
 */
import type { Post } from '../../api';
import { dayKey } from '../../lib/dates';

/** The hours the week view opens on (it scrolls from 0 to 23). */
export const WORKING_HOURS_START = 8;

/** Where a post sits: its scheduled time, else when it went out, else when it was written. */
export function postDate(post: Post): Date {
  const published = post.publications.find((p) => p.publishedAt)?.publishedAt;
  return new Date(post.scheduledAt ?? published ?? post.createdAt);
}

/**
 * The instant a post at `original` is moved to when dropped on `day` (its time of day kept) or on an `hour` of
 * `day` (its minutes kept). A wall time skipped by summer time moves forward as the browser reads it (02:30 → 03:30).
 */
export function moveTarget(original: Date, day: Date, hour?: number): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour ?? original.getHours(), original.getMinutes());
}

/** The key of a week cell: its day and its hour. */
export function cellKey(at: Date): string {
  return `${dayKey(at)}T${String(at.getHours()).padStart(2, '0')}`;
}

/** Posts by `keyOf` (a day, or a day's hour), each list in time order. */
export function placePosts(posts: readonly Post[], keyOf: (at: Date) => string, dateOf: (post: Post) => Date = postDate): Map<string, Post[]> {
  const map = new Map<string, Post[]>();
  for (const post of posts) {
    const key = keyOf(dateOf(post));
    map.set(key, [...(map.get(key) ?? []), post]);
  }
  for (const list of map.values()) list.sort((a, b) => dateOf(a).getTime() - dateOf(b).getTime());
  return map;
}

/**
 * Only a scheduled post (or a failed one, to try again later) moves by dragging: a published one would not be
 * unpublished, and a new date would send a draft or a post waiting for approval out on its way.
 */
export function isMovable(post: Post): boolean {
  return post.scheduledAt !== null && (post.status === 'scheduled' || post.status === 'failed');
}

/**
 * What the calendar is narrowed to, kept in the URL beside the view and date. Each filter is one key; a new one
 * (a campaign) is one more entry in `CALENDAR_FILTERS` and one more test in `matchesFilters`.
 */
export const CALENDAR_FILTERS = ['channel', 'campaign', 'status'] as const;
export type CalendarFilter = (typeof CALENDAR_FILTERS)[number];
export type CalendarFilters = Partial<Record<CalendarFilter, string>>;

export function readFilters(query: URLSearchParams): CalendarFilters {
  const out: CalendarFilters = {};
  for (const key of CALENDAR_FILTERS) {
    const value = query.get(key);
    if (value) out[key] = value;
  }
  return out;
}

/** `view=…&date=…` plus the filters set, for the calendar's URL. */
export function calendarQuery(view: string, date: Date, filters: CalendarFilters): string {
  const params = new URLSearchParams({ view, date: dayKey(date) });
  for (const key of CALENDAR_FILTERS) if (filters[key]) params.set(key, filters[key]);
  return params.toString();
}

export function matchesFilters(post: Post, filters: CalendarFilters): boolean {
  if (filters.channel && !post.publications.some((p) => p.channelId === filters.channel)) return false;
  if (filters.campaign && post.campaignId !== filters.campaign) return false;
  if (filters.status && post.status !== filters.status) return false;
  return true;
}

/** The days of `days` that have posts, with them: the agenda a phone shows instead of the month grid. */
export function agendaDays(days: readonly Date[], byDay: Map<string, Post[]>): Array<{ day: Date; posts: Post[] }> {
  return days.flatMap((day) => {
    const posts = byDay.get(dayKey(day));
    return posts?.length ? [{ day, posts }] : [];
  });
}
