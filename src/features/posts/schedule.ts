/**
 * When each publication of a post is due. A post is scheduled at one instant (`scheduledAt`: every publication goes
 * out then), or on the local clocks (`scheduledLocal {date, time}`): each publication goes out at that date and time
 * in its own time zone, the segment's for a segment's variant and the post's (the workspace's) for the default one.
 * "12:00 on 10 December" is 04:00 UTC in Singapore and 11:00 UTC in Oslo. parseSchedule reads which of the ways to say
 * when a request used (at most one) into the post's own due time.
 *
 * @example
 *   localInstant({ date: '2026-12-10', time: '12:00' }, 'Asia/Singapore')  // → 2026-12-10T04:00:00.000Z
 *   wallClock(new Date('2026-12-10T04:00:00Z'), 'Asia/Singapore')          // → '2026-12-10T12:00'
 */
import { invalid } from '../../core/errors.js';
import type { ScheduledLocal } from '../../db/schema.js';
import { localEpochMinutes } from '../audience/localTime.js';
import { wallClockToInstant } from '../engagement/business-time.js';

/** How a post is timed, as its publications need it. */
export interface Schedule {
  /** One instant for every publication (null: not scheduled yet, or "as soon as approved"). */
  at: Date | null;
  /** Local clocks: each publication at this date and time in its own zone (wins over `at`). */
  local: ScheduledLocal | null;
  /** The post's zone: the default publications' clock. */
  timeZone: string;
  /** Times Chorus chose per channel (its queue, its best time): every publication of the channel is due then. */
  byChannel?: ReadonlyMap<string, Date> | undefined;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Checks `{date: "YYYY-MM-DD", time: "HH:MM"}`; a 422 names the field at fault. */
export function checkScheduledLocal(local: ScheduledLocal): ScheduledLocal {
  const d = DATE.exec(local.date);
  const day = d ? new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]))) : null;
  if (!d || !day || day.getUTCDate() !== Number(d[3]) || day.getUTCMonth() !== Number(d[2]) - 1) {
    throw invalid('invalid_date', 'scheduledLocal.date must be a calendar date, "YYYY-MM-DD".', 'scheduledLocal.date');
  }
  if (!TIME.test(local.time)) throw invalid('invalid_date', 'scheduledLocal.time must be a time of day, "HH:MM" (24 h).', 'scheduledLocal.time');
  return local;
}

/** Minutes since 1970-01-01T00:00 on a wall clock showing `local`. */
function localMinutes(local: ScheduledLocal): number {
  const [y, mo, d] = local.date.split('-').map(Number) as [number, number, number];
  const [h, mi] = local.time.split(':').map(Number) as [number, number];
  return Date.UTC(y, mo - 1, d, h, mi) / 60_000;
}

/**
 * The instant the clock of `zone` shows `local`. A time skipped by a change to summer time is read as the same wall
 * time after it (02:30 → 03:30); one that occurs twice is its first occurrence.
 */
export function localInstant(local: ScheduledLocal, zone: string): Date {
  return new Date(wallClockToInstant(zone, localMinutes(local)));
}

/** An instant near `local` wherever it is (within a day): the moment to resolve a segment's zone and climate at. */
export function roughInstant(local: ScheduledLocal): Date {
  return new Date(localMinutes(local) * 60_000);
}

/** `at` on the clock of `zone`, "YYYY-MM-DDTHH:MM"; null for no date or an unknown zone. */
export function wallClock(at: Date | null, zone: string): string | null {
  if (!at) return null;
  const minutes = localEpochMinutes(zone, at.getTime());
  return minutes === null ? null : new Date(minutes * 60_000).toISOString().slice(0, 16);
}

/** The due instant of one publication timed in `zone` (on `channelId`, when Chorus chose that channel's time). */
export function dueIn(schedule: Schedule, zone: string, channelId?: string): Date | null {
  const chosen = channelId === undefined ? undefined : schedule.byChannel?.get(channelId);
  if (chosen) return chosen;
  return schedule.local ? localInstant(schedule.local, zone) : schedule.at;
}

// A little slack for clocks and slow forms: "now" typed a few seconds ago is still now.
export const PAST_TOLERANCE_MS = 5 * 60_000;

/** The ways to say when. `queue` and `bestTime` mirror queue/post-timing.ts's input: the queue imports this file, so it is not imported back. */
export interface ScheduleInput {
  queue?: boolean | undefined;
  bestTime?: { withinDays: number } | undefined;
  scheduledAt?: string | undefined;
  scheduledLocal?: ScheduledLocal | undefined;
  publishNow?: boolean | undefined;
}

/** `scheduledAt`, `scheduledLocal`, `publishNow`, `queue` and `bestTime` are ways to say when: at most one may be given. */
function checkOneSchedule(input: ScheduleInput): void {
  const given = (['scheduledAt', 'scheduledLocal', 'publishNow', 'queue', 'bestTime'] as const).filter((k) => input[k] !== undefined && input[k] !== false);
  if (given.length > 1) {
    throw invalid('schedule_conflict', `Give only one of ${given.join(' and ')}: a post goes out at one instant, on local clocks, now, in the queue or at the best time.`, given[1]);
  }
}

/**
 * The post's own due time: the instant, or the local date and time on the post's clock (the default publications'
 * due time; each segment's publications get theirs in plan.ts). Undefined: no schedule given.
 */
export function parseSchedule(input: ScheduleInput, timeZone: string): Date | null | undefined {
  checkOneSchedule(input);
  if (input.publishNow) return new Date();
  if (input.scheduledLocal) return localInstant(checkScheduledLocal(input.scheduledLocal), timeZone);
  if (input.scheduledAt === undefined) return undefined;
  const at = new Date(input.scheduledAt);
  if (Number.isNaN(at.getTime())) throw invalid('invalid_date', 'scheduledAt must be an ISO date-time.', 'scheduledAt');
  if (at.getTime() < Date.now() - PAST_TOLERANCE_MS) {
    throw invalid('date_in_past', 'scheduledAt is in the past; pick a later time or use publishNow.', 'scheduledAt');
  }
  return at;
}
