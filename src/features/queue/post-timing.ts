/**
 * What the posts feature needs from the queue: reading `queue` / `bestTime` from a post's body, and the per-channel
 * due times of a post already timed by Chorus (kept when the post is edited without a new time).
 */
import { invalid } from '../../core/errors.js';
import type { DueReason } from '../../db/schema.js';
import type { AutoTiming, ChannelTime } from './service.js';

export interface AutoTimingInput {
  queue?: boolean | undefined;
  bestTime?: { withinDays: number } | undefined;
}

export const MAX_BEST_TIME_DAYS = 28;

/** `{queue: true}` or `{bestTime: {withinDays}}` (1–28 days); null when neither is asked. */
export function autoTimingOf(input: AutoTimingInput): AutoTiming | null {
  if (input.queue) return { kind: 'queue' };
  if (!input.bestTime) return null;
  const days = input.bestTime.withinDays;
  if (!Number.isInteger(days) || days < 1 || days > MAX_BEST_TIME_DAYS) {
    throw invalid('invalid_best_time_window', `bestTime.withinDays must be a whole number of days from 1 to ${MAX_BEST_TIME_DAYS}.`, 'bestTime.withinDays');
  }
  return { kind: 'bestTime', withinDays: days };
}

/** The earliest of the channels' times: the post's own scheduledAt. */
export function earliestTime(times: ReadonlyMap<string, ChannelTime>): Date | null {
  let first: Date | null = null;
  for (const { at } of times.values()) if (!first || at.getTime() < first.getTime()) first = at;
  return first;
}

/** The times Chorus chose earlier, per channel, from the publications not yet out (those with a due reason). */
export function keptTimes(pubs: readonly { channel_id: string; status: string; scheduled_at: Date | null; due_reason: DueReason | null }[]): Map<string, ChannelTime> {
  const out = new Map<string, ChannelTime>();
  for (const p of pubs) {
    if (p.status !== 'published' && p.scheduled_at && p.due_reason) out.set(p.channel_id, { at: p.scheduled_at, reason: p.due_reason });
  }
  return out;
}

/** The due instants alone, as a post's schedule carries them. */
export function timesByChannel(times: ReadonlyMap<string, ChannelTime> | undefined): Map<string, Date> | undefined {
  return times && new Map([...times].map(([id, t]) => [id, t.at]));
}
