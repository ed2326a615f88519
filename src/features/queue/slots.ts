/**
 * Choosing a publication's time from a channel's week, pure: the next free queue slot, or the best free hour of the
 * best-time estimate within a window. Slots are wall-clock times on the channel's audience clock; each is turned into
 * an instant on the day it falls with schedule.ts's rule (a time skipped by summer time is read after the change,
 * 02:30 → 03:30; one that occurs twice is its first occurrence), so "Monday 09:00" is 09:00 in winter and in summer.
 * A slot is taken when another publication of the channel is already due within that minute.
 *
 * @example
 *   nextQueueSlot([{ weekday: 2, time: '09:00' }], 'Europe/Paris', new Date('2027-03-22T12:00:00Z'), new Set());
 *   // → { at: 2027-03-23T08:00:00.000Z, slot: { weekday: 2, time: '09:00' } }
 */
import { invalid } from '../../core/errors.js';
import { epochDay, isoWeekday, localEpochMinutes } from '../audience/localTime.js';
import type { Slot } from '../best-times/estimate.js';
import { localInstant } from '../posts/schedule.js';

/** A weekly slot: ISO weekday (1 = Monday … 7 = Sunday) and "HH:MM" on the audience clock. */
export interface QueueSlot {
  weekday: number;
  time: string;
}

/** A time chosen for a channel, and the slot it comes from. */
export interface ChosenTime {
  at: Date;
  slot: QueueSlot;
}

/** The most slots a channel's week may hold: 100 is more than 14 a day, every day. */
export const MAX_SLOTS = 100;
/** How far the queue looks for a free slot: a year of weeks. Past that the queue is full. */
export const QUEUE_HORIZON_DAYS = 371;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 86_400_000;

/** Checks and sorts a week of slots (weekday, then time), repeated slots kept once; a 422 names the field at fault. */
export function checkSlots(slots: readonly QueueSlot[]): QueueSlot[] {
  if (slots.length > MAX_SLOTS) throw invalid('too_many_slots', `A queue holds at most ${MAX_SLOTS} slots a week; remove ${slots.length - MAX_SLOTS}.`, 'slots');
  slots.forEach((s, i) => {
    if (!Number.isInteger(s.weekday) || s.weekday < 1 || s.weekday > 7) {
      throw invalid('invalid_slot', 'weekday must be 1 (Monday) to 7 (Sunday).', `slots[${i}].weekday`);
    }
    if (!TIME.test(s.time)) throw invalid('invalid_slot', 'time must be a time of day, "HH:MM" (24 h).', `slots[${i}].time`);
  });
  const unique = new Map(slots.map((s) => [`${s.weekday} ${s.time}`, { weekday: s.weekday, time: s.time }]));
  return [...unique.values()].sort((a, b) => a.weekday - b.weekday || a.time.localeCompare(b.time));
}

const minuteOf = (at: Date): number => Math.floor(at.getTime() / 60_000);

/** Epoch minutes of the publications already due, for `taken` below. */
export function takenMinutes(dueTimes: readonly Date[]): Set<number> {
  return new Set(dueTimes.map(minuteOf));
}

/** The local date ("YYYY-MM-DD") and ISO weekday of day `day` (days since 1970-01-01 on the wall clock). */
function localDay(day: number): { date: string; weekday: number } {
  return { date: new Date(day * DAY_MS).toISOString().slice(0, 10), weekday: isoWeekday(day) };
}

/** The local day `now` falls on in `zone` (days since 1970-01-01). */
function today(zone: string, now: Date): number {
  return epochDay(localEpochMinutes(zone, now.getTime()) ?? minuteOf(now));
}

/**
 * The slots of one local day as instants, earliest first: sorted by instant, not by wall time, because on the day
 * clocks go forward 02:30 becomes 03:30 and comes after a 03:00 slot.
 */
function dayCandidates(slots: readonly QueueSlot[], zone: string, day: number): ChosenTime[] {
  const { date, weekday } = localDay(day);
  return slots
    .filter((s) => s.weekday === weekday)
    .map((slot) => ({ at: localInstant({ date, time: slot.time }, zone), slot }))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The channel's next free slot strictly after `now`; null when every slot of the next year is taken (or none). */
export function nextQueueSlot(slots: readonly QueueSlot[], zone: string, now: Date, taken: ReadonlySet<number>): ChosenTime | null {
  if (slots.length === 0) return null;
  const first = today(zone, now);
  for (let day = first; day <= first + QUEUE_HORIZON_DAYS; day++) {
    const free = dayCandidates(slots, zone, day).find((c) => c.at.getTime() > now.getTime() && !taken.has(minuteOf(c.at)));
    if (free) return free;
  }
  return null;
}

/** A best-time pick: the time, its slot on the hour, and the estimate behind it. */
export interface BestChoice extends ChosenTime {
  score: number;
  posts: number;
}

/**
 * The highest-scoring free hour within `withinDays` of `now`: `estimates` best first (best-times/estimate.ts, in
 * `zone`), each tried at the top of its hour on every day of the window, earliest first. Null: the window is full.
 */
export function bestFreeSlot(estimates: readonly Slot[], zone: string, now: Date, withinDays: number, taken: ReadonlySet<number>): BestChoice | null {
  const end = now.getTime() + withinDays * DAY_MS;
  const first = today(zone, now);
  for (const estimate of estimates) {
    const slot = { weekday: estimate.weekday, time: `${String(estimate.hour).padStart(2, '0')}:00` };
    for (let day = first; day <= first + withinDays + 1; day++) {
      const [c] = dayCandidates([slot], zone, day);
      if (!c || c.at.getTime() <= now.getTime() || taken.has(minuteOf(c.at))) continue;
      if (c.at.getTime() > end) break;
      return { ...c, score: estimate.score, posts: estimate.posts };
    }
  }
  return null;
}
