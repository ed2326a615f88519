/**
 * A segment's condition resolved for one moment, as a network could target it: "climate hot" becomes the countries
 * that are hot now, `country in` and `language in` become lists, the demographic leaves carry over. What a network's
 * targeting cannot express (a `not`, a `notIn`, a device, a local-time window, an "either … or" across kinds) is
 * listed with the reason, and left to timing: the variant goes out at the chosen local time in the segment's zone.
 *
 * Only the top level and the top-level `all` are read as "and"; every part narrows the audience. Countries from
 * several parts are intersected, from the branches of an `any` united.
 *
 * @example
 *   resolveSegment({ climate: 'hot' }, new Date('2026-01-15T12:00:00Z')).audience.countries  // → ['AE', 'AG', …, 'BR', …]
 */
import type { AudienceTargeting } from '../../networks/connector.js';
import { climateTable, type Climate, type ClimateOverrides, type ClimateTable } from './climate.js';
import type { Condition } from './conditions.js';
import { COUNTRY_CODES, timeZoneOf } from './countries.js';
import { climateNow } from './evaluate.js';
import { zoneOffsetMinutes } from './localTime.js';

export interface ResolveOptions {
  /** The segment's own IANA time zone, when it has one; otherwise the main zone of its countries. */
  timeZone?: string | null | undefined;
  /** The workspace's changes to the climate model (the same that its link rules use). */
  climate?: ClimateOverrides | undefined;
}

/** A part of the condition that no network targets natively: where it is, a stable code, and why in English. */
export interface TimingOnly {
  path: string;
  rule: 'excludes' | 'click_only' | 'local_time' | 'mixed_any';
  message: string;
}

export interface ZoneChoice {
  timeZone: string;
  rule: 'given' | 'single_zone' | 'most_common_offset' | 'no_country';
  message: string;
  params: Record<string, string | number>;
}

export interface ResolvedSegment {
  audience: AudienceTargeting;
  timingOnly: TimingOnly[];
  timeZone: string;
  timeZoneChoice: ZoneChoice;
  /** Each climate leaf and the countries it stands for now ("hot now → these countries"). */
  climates: Array<{ path: string; climates: Climate[]; countries: string[] }>;
}

type Facet = 'countries' | 'regions' | 'languages';
type Sets = Partial<Record<Facet, Set<string>>>;

interface State {
  nowMs: number;
  table: () => ClimateTable;
  sets: Sets;
  audience: AudienceTargeting;
  timingOnly: TimingOnly[];
  climates: ResolvedSegment['climates'];
}

const WHY = {
  excludes: 'Networks target the people to include, not those to leave out; everyone else the segment allows sees it.',
  click_only: 'Known only when someone clicks a link (link rules apply it there), never to a network choosing whom to show a post.',
  local_time: 'A local time is met by timing: the variant goes out at the chosen time in the segment\'s time zone.',
  mixed_any: 'A network\'s targeting applies all its facets together, so "either … or" across different kinds cannot be sent; the whole group is left to timing.',
} as const;

const intersect = (a: Set<string> | undefined, b: Set<string>) => (a ? new Set([...a].filter((x) => b.has(x))) : b);

function climateCountries(wanted: Climate[], state: State, path: string): Set<string> {
  const set = new Set(wanted);
  const table = state.table();
  const countries = [...COUNTRY_CODES].filter((c) => {
    const climate = climateNow(c, table, state.nowMs);
    return climate !== null && set.has(climate);
  }).sort();
  state.climates.push({ path, climates: wanted, countries });
  return new Set(countries);
}

/** The facet and values of a positive, natively expressible node; null when it is not one. */
function facetOf(node: Condition, path: string, state: State): { facet: Facet; values: Set<string> } | null {
  if ('country' in node && node.country.in) return { facet: 'countries', values: new Set(node.country.in) };
  if ('region' in node && node.region.in) return { facet: 'regions', values: new Set(node.region.in) };
  if ('language' in node && node.language.in) return { facet: 'languages', values: new Set(node.language.in) };
  if ('climate' in node) {
    const wanted = typeof node.climate === 'string' ? [node.climate] : node.climate.in;
    return { facet: 'countries', values: climateCountries(wanted, state, path) };
  }
  if ('any' in node) {
    const parts = node.any.map((child, i) => facetOf(child, `${path}.any.${i}`, state));
    const facet = parts[0]?.facet;
    if (!facet || parts.some((p) => p === null || p.facet !== facet)) return null;
    return { facet, values: new Set(parts.flatMap((p) => [...p!.values])) };
  }
  return null;
}

function timingOnly(state: State, path: string, rule: TimingOnly['rule']) {
  state.timingOnly.push({ path, rule, message: WHY[rule] });
}

/** One "and" part of the condition: narrows a facet, sets a demographic, or is left to timing with the reason. */
function readPart(node: Condition, path: string, state: State): void {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  const key = Object.keys(node)[0]!;
  const facet = 'all' in node ? null : facetOf(node, at(key), state);
  if ('all' in node) node.all.forEach((child, i) => readPart(child, at(`all.${i}`), state));
  else if ('ageMin' in node) state.audience.ageMin = node.ageMin;
  else if ('ageMax' in node) state.audience.ageMax = node.ageMax;
  else if ('genders' in node) state.audience.genders = [...node.genders];
  else if ('interests' in node) state.audience.interests = [...node.interests];
  else if (facet) state.sets[facet.facet] = intersect(state.sets[facet.facet], facet.values);
  else if ('not' in node || 'country' in node || 'region' in node || 'language' in node) timingOnly(state, at(key), 'excludes');
  else if ('localTime' in node) timingOnly(state, at(key), 'local_time');
  else if ('any' in node) timingOnly(state, at(key), 'mixed_any');
  else timingOnly(state, at(key), 'click_only');
}

const offsetLabel = (minutes: number) => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
};

/** Counts, most first, ties by name: the deterministic "most common" of a list. */
function mostCommon<T extends string | number>(items: T[]): { value: T; count: number } {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  const [value, count] = [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))[0]!;
  return { value, count };
}

/**
 * The segment's time zone: the one given, else its countries' main zone (countries.ts). Countries across several
 * zones get the UTC offset most of them share at `nowMs`, and within it the zone most of them use, and the choice
 * says so.
 */
export function chooseTimeZone(countries: string[] | null, nowMs: number, given?: string | null): ZoneChoice {
  if (given) return { timeZone: given, rule: 'given', message: `The segment's own time zone, ${given}.`, params: { timeZone: given } };
  const zones = (countries ?? []).flatMap((c) => timeZoneOf(c) ?? []);
  if (zones.length === 0) {
    const message = 'The segment names no country, so its time zone is UTC; give it one to send at local times.';
    return { timeZone: 'UTC', rule: 'no_country', message, params: {} };
  }
  const distinct = new Set(zones);
  if (distinct.size === 1) {
    const timeZone = zones[0]!;
    return { timeZone, rule: 'single_zone', message: `The time zone of its countries, ${timeZone}.`, params: { timeZone } };
  }
  const offsetOf = (zone: string) => zoneOffsetMinutes(zone, nowMs) ?? 0;
  const offsets = new Set(zones.map(offsetOf));
  const offset = mostCommon(zones.map(offsetOf));
  const timeZone = mostCommon(zones.filter((z) => offsetOf(z) === offset.value)).value;
  const params = { countries: zones.length, offsets: offsets.size, offset: offsetLabel(offset.value), sharing: offset.count, timeZone };
  const message =
    `Its ${zones.length} countries span ${offsets.size} UTC offsets (${distinct.size} zones); the most common, ` +
    `${params.offset} (${offset.count} countries), is used, as ${timeZone}. Give the segment a time zone to choose another.`;
  return { timeZone, rule: 'most_common_offset', message, params };
}

/**
 * Resolves `condition` (validated: see `parseCondition`) at `now` into network-neutral targeting, what is left to
 * timing and why, and the segment's time zone. `countries: []` means no country matches now (e.g. "cold" in a
 * tropical list), which is different from `null`, unrestricted.
 */
export function resolveSegment(condition: Condition, now: Date | number, options: ResolveOptions = {}): ResolvedSegment {
  const nowMs = typeof now === 'number' ? now : now.getTime();
  let table: ClimateTable | undefined;
  const state: State = {
    nowMs,
    table: () => (table ??= climateTable(options.climate)),
    sets: {},
    audience: { countries: null, regions: null, languages: null, ageMin: null, ageMax: null, genders: null, interests: null },
    timingOnly: [],
    climates: [],
  };
  readPart(condition, '', state);
  const sorted = (set: Set<string> | undefined) => (set ? [...set].sort() : null);
  const audience = { ...state.audience, countries: sorted(state.sets.countries), regions: sorted(state.sets.regions), languages: sorted(state.sets.languages) };
  const timeZoneChoice = chooseTimeZone(audience.countries, nowMs, options.timeZone);
  return { audience, timingOnly: state.timingOnly, timeZone: timeZoneChoice.timeZone, timeZoneChoice, climates: state.climates };
}
