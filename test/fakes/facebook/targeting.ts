/**
 * How the fake Graph API reads a Page post's `targeting` and `feed_targeting`, written from Meta's pages and not from
 * the connector: `targeting` (restriction) with `age_min`, `age_max` and `geo_locations` as the Live Video audience
 * guide shows it (https://developers.facebook.com/documentation/live-video-api/audience-targeting), `feed_targeting`
 * (preference) with the fields the Page video_reels reference lists
 * (https://developers.facebook.com/docs/graph-api/reference/page/video_reels/), ages within 13–65
 * (…/marketing-api/audiences/reference/targeting-restrictions). Countries are capped at 25 per post, the cap Chorus
 * documents for Page posts; anything else (an unknown key, a wrong shape, a deprecated field) is refused with
 * Graph's `(#100)` parameter error.
 *
 * @example
 * const read = readPostTargeting(params);
 * if ('status' in read) return read;          // Graph's error answer
 * post.targeting = read.targeting;
 */
import { invalidParam, type FakeResponse } from '../meta/model.js';

export interface PostTargeting {
  targeting: Record<string, unknown> | null;
  feedTargeting: Record<string, unknown> | null;
}

const MAX_COUNTRIES = 25;
const TARGETING_KEYS = ['geo_locations', 'age_min', 'age_max'];
const FEED_TARGETING_KEYS = ['geo_locations', 'locales', 'age_min', 'age_max', 'genders', 'college_years', 'education_statuses', 'relationship_statuses', 'interests'];
const GEO_KEYS = ['countries', 'regions', 'cities', 'zips'];

type Problem = string | null;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIntList = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => Number.isInteger(x));

/** The two parameters as sent (JSON text in a form field), or Graph's error for the first thing wrong. */
export function readPostTargeting(params: URLSearchParams): PostTargeting | FakeResponse {
  const out: PostTargeting = { targeting: null, feedTargeting: null };
  for (const [name, keys] of [['targeting', TARGETING_KEYS], ['feed_targeting', FEED_TARGETING_KEYS]] as const) {
    const raw = params.get(name);
    if (raw === null) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return invalidParam(`param ${name} must be a JSON object`);
    }
    const problem = checkSpec(name, value, keys);
    if (problem) return invalidParam(problem);
    if (name === 'targeting') out.targeting = value as Record<string, unknown>;
    else out.feedTargeting = value as Record<string, unknown>;
  }
  return out;
}

/** Comments have no audience parameters: they are seen by whoever sees the post. */
export function refuseCommentTargeting(params: URLSearchParams): FakeResponse | null {
  const name = ['targeting', 'feed_targeting'].find((n) => params.has(n));
  return name ? invalidParam(`Param ${name} is not supported when creating a comment`) : null;
}

function checkSpec(name: string, value: unknown, keys: readonly string[]): Problem {
  if (!isObject(value)) return `param ${name} must be a JSON object`;
  if (name === 'feed_targeting' && 'interested_in' in value) return 'feed_targeting[interested_in] is deprecated';
  const unknown = Object.keys(value).find((k) => !keys.includes(k));
  if (unknown) return `param ${name}[${unknown}] is not a valid targeting field`;
  return checkAges(name, value) ?? checkGeo(name, value['geo_locations']) ?? checkLists(name, value);
}

function checkAges(name: string, spec: Record<string, unknown>): Problem {
  for (const key of ['age_min', 'age_max']) {
    const age = spec[key];
    if (age === undefined) continue;
    if (!Number.isInteger(age) || (age as number) < 13 || (age as number) > 65) return `${name}[${key}] must be an integer from 13 to 65`;
  }
  if (typeof spec['age_min'] === 'number' && typeof spec['age_max'] === 'number' && spec['age_min'] > spec['age_max']) {
    return `${name}[age_max] must be greater than or equal to ${name}[age_min]`;
  }
  return null;
}

function checkGeo(name: string, geo: unknown): Problem {
  if (geo === undefined) return null;
  if (!isObject(geo)) return `${name}[geo_locations] must be an object`;
  const unknown = Object.keys(geo).find((k) => !GEO_KEYS.includes(k));
  if (unknown) return `${name}[geo_locations][${unknown}] is not a valid location type`;
  const countries = geo['countries'];
  if (countries !== undefined) {
    if (!Array.isArray(countries) || countries.length === 0 || !countries.every((c) => typeof c === 'string' && /^[A-Z]{2}$/.test(c))) {
      return `${name}[geo_locations][countries] must be a non-empty array of two-letter country codes`;
    }
    if (countries.length > MAX_COUNTRIES) return `${name}[geo_locations][countries] can target at most ${MAX_COUNTRIES} countries, got ${countries.length}`;
  }
  for (const key of ['regions', 'cities', 'zips']) {
    const list = geo[key];
    if (list !== undefined && (!Array.isArray(list) || !list.every((x) => isObject(x) && x['key'] !== undefined))) return `${name}[geo_locations][${key}] must be an array of { key }`;
  }
  return null;
}

function checkLists(name: string, spec: Record<string, unknown>): Problem {
  const genders = spec['genders'];
  if (genders !== undefined && (!isIntList(genders) || genders.length === 0 || genders.some((g) => g !== 1 && g !== 2))) return `${name}[genders] must list 1 (male) and/or 2 (female)`;
  for (const key of ['interests', 'college_years', 'education_statuses', 'relationship_statuses']) {
    if (spec[key] !== undefined && !isIntList(spec[key])) return `${name}[${key}] must be an array of integers`;
  }
  const locales = spec['locales'];
  if (locales !== undefined && (!Array.isArray(locales) || !locales.every((l) => /^\d+$/.test(String(l))))) return `${name}[locales] must list ad locale keys`;
  return null;
}
