/**
 * Business time: how much of the span between two instants fell inside a workspace's opening hours, on its own
 * wall clock. The team figures measure first-reply time and time to done with it, so a comment posted on Friday
 * evening and answered on Monday at 09:10 counts ten minutes, not sixty hours.
 *
 * Opening hours are wall-clock intervals per ISO weekday (1 = Monday … 7 = Sunday), several a day allowed, a day
 * without any being closed. Each interval's ends are turned into instants on the day they fall, so a day on which the
 * clocks change is as long as it really was (an interval 00:00–24:00 lasts 23 hours on the day clocks go forward).
 *
 * @example
 *   const hours = defaultBusinessHours('Europe/Paris');
 *   businessMs(hours, new Date('2026-03-27T16:00:00Z'), new Date('2026-03-30T08:30:00Z')); // 60 + 30 min, in ms
 */
import { epochDay, isoWeekday, localEpochMinutes, zoneOffsetMinutes } from '../audience/localTime.js';

export interface BusinessInterval {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Wall-clock "HH:MM", 00:00 to 23:59. */
  start: string;
  /** Wall-clock "HH:MM" after `start`; "24:00" is the end of the day. */
  end: string;
}

export interface BusinessHours {
  timeZone: string;
  days: BusinessInterval[];
}

/** What is wrong with some business hours, for a person: the field at fault and a sentence naming the day. */
export interface BusinessHoursProblem {
  field: string;
  message: string;
}

const MINUTE = 60_000;
const DAY_MINUTES = 1440;
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Monday to Friday, 09:00 to 17:00, in `timeZone` (the workspace's zone; UTC when it has none this runtime knows). */
export function defaultBusinessHours(timeZone?: string | null): BusinessHours {
  const zone = timeZone && isKnownZone(timeZone) ? timeZone : 'UTC';
  return { timeZone: zone, days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' })) };
}

export function isKnownZone(zone: string): boolean {
  return zone.length > 0 && zoneOffsetMinutes(zone, 0) !== null;
}

/** Minutes since midnight of "HH:MM" (00:00–24:00), or null when it is not such a time. */
export function clockMinutes(value: string): number | null {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(value);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= DAY_MINUTES ? minutes : null;
}

/** Every problem of some business hours (empty when they are usable): unknown zone, bad times, overlaps. */
export function validateBusinessHours(hours: BusinessHours): BusinessHoursProblem[] {
  const problems: BusinessHoursProblem[] = [];
  if (!isKnownZone(hours.timeZone)) {
    problems.push({ field: 'timeZone', message: `"${hours.timeZone}" is not a time zone Chorus knows; use an IANA name such as Europe/Paris.` });
  }
  const parsed: Array<{ index: number; weekday: number; start: number; end: number }> = [];
  hours.days.forEach((interval, index) => {
    const day = WEEKDAY_NAMES[interval.weekday - 1];
    if (!day || !Number.isInteger(interval.weekday)) {
      problems.push({ field: `days.${index}.weekday`, message: `Weekday ${interval.weekday} does not exist: use 1 (Monday) to 7 (Sunday).` });
      return;
    }
    const start = clockMinutes(interval.start);
    const end = clockMinutes(interval.end);
    if (start === null || start === DAY_MINUTES) {
      problems.push({ field: `days.${index}.start`, message: `${day}: "${interval.start}" is not a time; write it as 09:00.` });
    } else if (end === null) {
      problems.push({ field: `days.${index}.end`, message: `${day}: "${interval.end}" is not a time; write it as 17:30 (24:00 for midnight).` });
    } else if (end <= start) {
      problems.push({ field: `days.${index}.end`, message: `${day}: the hours end at ${interval.end}, which is not after they start at ${interval.start}.` });
    } else {
      parsed.push({ index, weekday: interval.weekday, start, end });
    }
  });
  parsed.sort((a, b) => a.weekday - b.weekday || a.start - b.start);
  for (let i = 1; i < parsed.length; i++) {
    const before = parsed[i - 1]!;
    const current = parsed[i]!;
    if (before.weekday === current.weekday && current.start < before.end) {
      const day = WEEKDAY_NAMES[current.weekday - 1]!;
      const said = (p: typeof before) => `${hours.days[p.index]!.start}–${hours.days[p.index]!.end}`;
      problems.push({ field: `days.${current.index}.start`, message: `${day}: ${said(current)} overlaps ${said(before)}; merge them or move one.` });
    }
  }
  return problems;
}

/**
 * The instant at which the wall clock of `zone` shows `localMinutes` (minutes since 1970-01-01 on that clock).
 * A time that occurs twice (clocks going back) is its first occurrence; a time that does not occur (clocks going
 * forward) is read with the offset before the change, i.e. as the same wall time after it (02:30 → 03:30).
 */
export function wallClockToInstant(zone: string, localMinutes: number): number {
  const localMs = localMinutes * MINUTE;
  // Any change of offset near this wall time is within a day of it on either side.
  const offsets = new Set<number>();
  for (const probe of [localMs - 86_400_000, localMs, localMs + 86_400_000]) offsets.add(zoneOffsetMinutes(zone, probe) ?? 0);
  let best: number | null = null;
  for (const offset of offsets) {
    const instant = localMs - offset * MINUTE;
    if ((zoneOffsetMinutes(zone, instant) ?? 0) === offset && (best === null || instant < best)) best = instant;
  }
  if (best !== null) return best;
  const before = zoneOffsetMinutes(zone, localMs - 86_400_000) ?? 0;
  return localMs - before * MINUTE;
}

/**
 * The opening intervals between two instants, as instants, with running totals: built once for a report, then each
 * item's business time is two binary searches however long ago it arrived.
 */
export class BusinessCalendar {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Open milliseconds before interval i. */
  private readonly before: number[] = [];

  constructor(hours: BusinessHours, fromMs: number, toMs: number) {
    const byWeekday = new Map<number, Array<[number, number]>>();
    for (const interval of hours.days) {
      const start = clockMinutes(interval.start);
      const end = clockMinutes(interval.end);
      if (start === null || end === null || end <= start) continue;
      byWeekday.set(interval.weekday, [...(byWeekday.get(interval.weekday) ?? []), [start, end]]);
    }
    for (const list of byWeekday.values()) list.sort((a, b) => a[0] - b[0]);
    const firstDay = epochDay(localEpochMinutes(hours.timeZone, fromMs) ?? Math.floor(fromMs / MINUTE)) - 1;
    const lastDay = epochDay(localEpochMinutes(hours.timeZone, toMs) ?? Math.floor(toMs / MINUTE)) + 1;
    let total = 0;
    for (let day = firstDay; day <= lastDay; day++) {
      for (const [start, end] of byWeekday.get(isoWeekday(day)) ?? []) {
        const s = wallClockToInstant(hours.timeZone, day * DAY_MINUTES + start);
        const e = wallClockToInstant(hours.timeZone, day * DAY_MINUTES + end);
        if (e <= s) continue;
        this.starts.push(s);
        this.ends.push(e);
        this.before.push(total);
        total += e - s;
      }
    }
  }

  /** Open milliseconds from the calendar's beginning up to `t`. */
  private openUntil(t: number): number {
    // The last interval starting at or before t.
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= t) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0) return 0;
    return this.before[found]! + Math.min(t, this.ends[found]!) - this.starts[found]!;
  }

  /** Business milliseconds between two instants inside the calendar's span (0 when `to` is not after `from`). */
  between(from: number, to: number): number {
    return to <= from ? 0 : this.openUntil(to) - this.openUntil(from);
  }
}

/** Business milliseconds between two instants, in the hours' own zone. */
export function businessMs(hours: BusinessHours, from: Date | number, to: Date | number): number {
  const a = typeof from === 'number' ? from : from.getTime();
  const b = typeof to === 'number' ? to : to.getTime();
  if (b <= a) return 0;
  return new BusinessCalendar(hours, a, b).between(a, b);
}

/**
 * The p-th percentile (0–100) of some values by linear interpolation between the nearest ranks (the median of
 * 1, 2, 3, 10 is 2.5); null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const rank = (Math.min(Math.max(p, 0), 100) / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}
