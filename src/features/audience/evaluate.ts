/**
 * Turning a condition into a predicate. `compile` does the work once (sets for lists, minutes for time windows, a
 * climate table per workspace) so that the predicate on the redirect path allocates nothing: it reads the visitor,
 * looks up a few sets and numbers, and returns.
 */
import { climateTable, type Climate, type ClimateOverrides, type ClimateTable } from './climate.js';
import type { Condition, ListMatch, LocalTimeWindow, QueryMatch, Visitor } from './conditions.js';
import { timeZoneOf } from './countries.js';
import { epochDay, isoWeekday, localEpochMinutes, minuteOfDay, monthOfDay } from './localTime.js';

/** A compiled condition. `now` is a Date or milliseconds since the epoch. */
export type Predicate = (visitor: Visitor, now: Date | number) => boolean;

export interface EvaluateOptions {
  /** the workspace's changes to the climate model */
  climate?: ClimateOverrides | undefined;
}

const ms = (now: Date | number) => (typeof now === 'number' ? now : now.getTime());

/** Local minutes since the epoch for a visitor (null when the country, or its zone, is unknown). */
function visitorMinutes(visitor: Visitor, nowMs: number): number | null {
  if (visitor.country === null) return null;
  const zone = timeZoneOf(visitor.country);
  return zone === null ? null : localEpochMinutes(zone, nowMs);
}

function listPredicate<T>(match: ListMatch<T>, read: (v: Visitor) => T | null): Predicate {
  const positive = match.in !== undefined;
  const set = new Set<T>(match.in ?? match.notIn ?? []);
  return (v) => {
    const value = read(v);
    return value !== null && set.has(value) === positive;
  };
}

function languagePredicate(match: ListMatch<string> & { top?: number | undefined }): Predicate {
  const positive = match.in !== undefined;
  const set = new Set(match.in ?? match.notIn ?? []);
  const top = match.top ?? 1;
  return (v) => {
    const n = Math.min(top, v.languages.length);
    if (n === 0) return false;
    for (let i = 0; i < n; i++) if (set.has(v.languages[i]!)) return positive;
    return !positive;
  };
}

/**
 * The climate of `country` at `nowMs` in its own local month, or null for a country the table lacks. The one reading
 * of "climate now" that link rules (below) and segments (resolve.ts) share.
 */
export function climateNow(country: string, table: ClimateTable, nowMs: number): Climate | null {
  const months = table.get(country);
  if (!months) return null;
  const zone = timeZoneOf(country);
  // For a country without a time zone (Bouvet Island) the UTC month is close enough.
  const local = (zone === null ? null : localEpochMinutes(zone, nowMs)) ?? Math.floor(nowMs / 60_000);
  return months[monthOfDay(epochDay(local)) - 1]!;
}

function climatePredicate(wanted: Climate | { in: Climate[] }, table: ClimateTable): Predicate {
  const set = new Set<Climate>(typeof wanted === 'string' ? [wanted] : wanted.in);
  return (v, now) => {
    if (v.country === null) return false;
    const climate = climateNow(v.country, table, ms(now));
    return climate !== null && set.has(climate);
  };
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function localTimePredicate(window: LocalTimeWindow): Predicate {
  const from = minutesOf(window.from);
  const to = minutesOf(window.to);
  const wraps = to <= from;
  const days = window.days ? new Set(window.days) : null;
  return (v, now) => {
    const local = visitorMinutes(v, ms(now));
    if (local === null) return false;
    const minute = minuteOfDay(local);
    let day = epochDay(local);
    if (wraps) {
      if (minute >= from) {
        // evening part: the window started today
      } else if (minute < to) {
        day -= 1; // after midnight: the window started yesterday
      } else {
        return false;
      }
    } else if (minute < from || minute >= to) {
      return false;
    }
    return days === null || days.has(isoWeekday(day));
  };
}

function queryPredicate(q: QueryMatch): Predicate {
  const { param } = q;
  if (q.present !== undefined) {
    const present = q.present;
    return (v) => Object.hasOwn(v.query, param) === present;
  }
  const set = new Set(q.oneOf ?? [q.equals ?? '']);
  return (v) => Object.hasOwn(v.query, param) && set.has(v.query[param]!);
}

const always: Predicate = () => true;

function build(c: Condition, table: () => ClimateTable): Predicate {
  if ('country' in c) return listPredicate(c.country, (v) => v.country);
  if ('region' in c) return listPredicate(c.region, (v) => v.region);
  if ('language' in c) return languagePredicate(c.language);
  if ('device' in c) return listPredicate(c.device, (v) => v.device);
  if ('os' in c) return listPredicate(c.os, (v) => v.os);
  if ('browser' in c) return listPredicate(c.browser, (v) => v.browser);
  if ('climate' in c) return climatePredicate(c.climate, table());
  if ('localTime' in c) return localTimePredicate(c.localTime);
  if ('query' in c) return queryPredicate(c.query);
  // Whom a network shows a post to; never known of a click, so they never exclude one (conditions.ts keeps them
  // where "true" cannot turn into an exclusion: alone or in the top-level `all`).
  if ('ageMin' in c || 'ageMax' in c || 'genders' in c || 'interests' in c) return always;
  if ('not' in c) {
    const inner = build(c.not, table);
    return (v, now) => !inner(v, now);
  }
  if ('all' in c) {
    const parts = c.all.map((p) => build(p, table));
    return (v, now) => {
      for (const p of parts) if (!p(v, now)) return false;
      return true;
    };
  }
  const parts = c.any.map((p) => build(p, table));
  return (v, now) => {
    for (const p of parts) if (p(v, now)) return true;
    return false;
  };
}

/**
 * Compiles a validated condition (see `Condition` / `parseCondition`) into a predicate; compile once per rule set
 * and keep it with the cached link. Example:
 * `compile({ climate: 'hot' })(visitor, Date.now())` → true for a visitor from Brazil in January.
 */
export function compile(condition: Condition, options?: EvaluateOptions): Predicate {
  let table: ClimateTable | undefined;
  return build(condition, () => (table ??= climateTable(options?.climate)));
}

const compiled = new WeakMap<object, Predicate>();

/**
 * Whether `visitor` matches `condition` at `now`. Compiles on first use and remembers the predicate per condition
 * object (without workspace options), so calling it again with the same object is as cheap as `compile`'s result.
 * Example: `evaluate({ country: { in: ['FR'] } }, visitor, new Date())`.
 */
export function evaluate(condition: Condition, visitor: Visitor, now: Date | number, options?: EvaluateOptions): boolean {
  if (options?.climate) return compile(condition, options)(visitor, now);
  let predicate = compiled.get(condition);
  if (!predicate) compiled.set(condition, (predicate = compile(condition)));
  return predicate(visitor, now);
}
