/**
 * A segment's audience as a Facebook Page post's organic targeting. Graph takes two objects on a Page post:
 * - `targeting` restricts: people outside it cannot see the post. Meta's Live Video guide shows it with `age_min` and
 *   `geo_locations.countries` (https://developers.facebook.com/documentation/live-video-api/audience-targeting), and
 *   the Business SDK generated from Graph v25 still lists `targeting` on `POST /{page-id}/feed`, `/photos` and
 *   `/videos` (facebook-python-business-sdk, facebook_business/adobjects/page.py: create_feed, create_photo,
 *   create_video).
 * - `feed_targeting` prefers: people in it are more likely to see the post in their feed, others may still see it.
 *   The current reference documents its fields on the Page's video_reels edge
 *   (https://developers.facebook.com/docs/graph-api/reference/page/video_reels/): `geo_locations` {countries,
 *   regions[{key}], cities[{key}], zips[{key}]}, `locales` (ad locale keys), `age_min` (13 or higher), `age_max`,
 *   `genders` (1 male, 2 female), `interests` (ids of Pages whose fans to prefer), plus education and relationship
 *   fields, with `interested_in` marked deprecated.
 * What the stored copy of the Page feed reference (…/graph-api/reference/page/feed) no longer shows: a parameter
 * table for `targeting` and `feed_targeting` on `/feed` itself; the SDK is the evidence that Graph still accepts them.
 * Ages outside 13–65 are refused by Graph's targeting (https://developers.facebook.com/docs/marketing-api/audiences/
 * reference/targeting-restrictions: minimum 13, maximum 65).
 *
 * @example
 * const { parameters, violations } = facebookTargeting({ ...everyone, countries: ['NO', 'SE'], ageMin: 18 });
 * // parameters: { targeting: { geo_locations: { countries: ['NO', 'SE'] }, age_min: 18 } }
 */
import type { AudienceTargeting, NativeTargeting, Violation } from '../connector.js';

/** Graph's targeting age range (targeting-restrictions: "Minimum age … 13", "Maximum age … 65"). */
export const FACEBOOK_MIN_AGE = 13;
export const FACEBOOK_MAX_AGE = 65;
/**
 * Countries one Page post may be restricted to. The reference states no maximum for organic posts (the targeting
 * restrictions page counts regions, 200, and cities, 250, but not countries), so Chorus sets its own: a segment that
 * resolves to more countries than this ("hot now" in July is most of the northern hemisphere) is nearly everyone,
 * and Chorus refuses it rather than cutting the list, which would silently leave countries out. Split the segment,
 * or publish the variant without a country restriction.
 */
export const FACEBOOK_MAX_COUNTRIES = 25;

const FIELD = 'audience';

/** Pure: the parameters to send and what Facebook cannot do with `audience`. */
export function facebookTargeting(audience: AudienceTargeting): NativeTargeting {
  const violations = [...countryViolations(audience.countries), ...ageViolations(audience)];
  const unsupported: NativeTargeting['unsupported'] = [];
  const restrict: Record<string, unknown> = {};
  const prefer: Record<string, unknown> = {};

  const countries = audience.countries ?? regionCountries(audience.regions);
  if (audience.regions?.length) {
    unsupported.push({
      facet: 'regions',
      rule: 'targeting_regions_as_countries',
      reason: audience.countries
        ? 'Facebook names regions by its own numeric keys, which Chorus does not look up: the post is restricted to the countries only.'
        : 'Facebook names regions by its own numeric keys, which Chorus does not look up: the post is restricted to the regions\' countries instead.',
    });
  }
  if (countries?.length) restrict['geo_locations'] = { countries };
  if (audience.ageMin !== null) restrict['age_min'] = audience.ageMin;

  if (audience.ageMax !== null) {
    prefer['age_max'] = audience.ageMax;
    if (audience.ageMin !== null) prefer['age_min'] = audience.ageMin;
    unsupported.push({ facet: 'ageMax', rule: 'targeting_preference_only', reason: 'Facebook cannot hide a Page post from older people; a maximum age only makes the post more likely to be shown to younger ones.' });
  }
  const genders = [...new Set(audience.genders ?? [])];
  if (genders.length === 1) {
    prefer['genders'] = genders.map((g) => (g === 'male' ? 1 : 2));
    unsupported.push({ facet: 'genders', rule: 'targeting_preference_only', reason: 'Facebook cannot hide a Page post by gender; it only shows it more often to the gender chosen.' });
  }
  if (audience.languages?.length) {
    unsupported.push({ facet: 'languages', rule: 'targeting_facet_unsupported', reason: 'Facebook targets languages by its own ad locale keys, which Chorus does not look up: the post goes to every language.' });
  }
  const interests = audience.interests ?? [];
  const pageIds = interests.filter((i) => /^\d+$/.test(i));
  if (pageIds.length > 0) prefer['interests'] = pageIds.map(Number);
  if (pageIds.length < interests.length) {
    unsupported.push({ facet: 'interests', rule: 'targeting_facet_unsupported', reason: 'Facebook targets the fans of Pages by Page id; interests given by name are left out.' });
  }

  const parameters: Record<string, unknown> = {};
  if (Object.keys(restrict).length > 0) parameters['targeting'] = restrict;
  if (Object.keys(prefer).length > 0) parameters['feed_targeting'] = prefer;
  return { parameters, unsupported, violations };
}

/** `US-CA`, `US-NY`, `FR-75` → `US`, `FR`; null when there are no regions. */
function regionCountries(regions: string[] | null): string[] | null {
  if (!regions?.length) return null;
  return [...new Set(regions.map((r) => r.split('-')[0] ?? '').filter((c) => /^[A-Z]{2}$/.test(c)))];
}

function countryViolations(countries: string[] | null): Violation[] {
  if (!countries) return [];
  const violations: Violation[] = [];
  const bad = countries.filter((c) => !/^[A-Z]{2}$/.test(c));
  if (bad.length > 0) {
    violations.push({ rule: 'targeting_invalid', field: `${FIELD}.countries`, message: `${bad.join(', ')} is not a two-letter country code (ISO 3166-1, e.g. NO).`, params: { values: bad.join(', ') } });
  }
  const count = new Set(countries).size;
  if (count > FACEBOOK_MAX_COUNTRIES) {
    violations.push({
      rule: 'too_many_countries',
      field: `${FIELD}.countries`,
      message: `Chorus restricts a Facebook post to at most ${FACEBOOK_MAX_COUNTRIES} countries; this audience has ${count}. Split the segment, or publish this variant to every country.`,
      params: { max: FACEBOOK_MAX_COUNTRIES, count },
    });
  }
  return violations;
}

function ageViolations(audience: AudienceTargeting): Violation[] {
  const violations: Violation[] = [];
  const range = { min: FACEBOOK_MIN_AGE, max: FACEBOOK_MAX_AGE };
  for (const [facet, age] of [['ageMin', audience.ageMin], ['ageMax', audience.ageMax]] as const) {
    if (age === null) continue;
    if (!Number.isInteger(age) || age < FACEBOOK_MIN_AGE || age > FACEBOOK_MAX_AGE) {
      violations.push({ rule: 'targeting_age_range', field: `${FIELD}.${facet}`, message: `Facebook targets ages from ${FACEBOOK_MIN_AGE} to ${FACEBOOK_MAX_AGE}; ${age} is outside.`, params: { ...range, age } });
    }
  }
  if (audience.ageMin !== null && audience.ageMax !== null && audience.ageMin > audience.ageMax) {
    violations.push({ rule: 'targeting_age_order', field: `${FIELD}.ageMax`, message: `The maximum age (${audience.ageMax}) is below the minimum age (${audience.ageMin}).`, params: { ageMin: audience.ageMin, ageMax: audience.ageMax } });
  }
  return violations;
}

/** A comment has no audience of its own: it is seen by whoever sees the post it answers. */
export function replyTargetingViolation(): Violation {
  return { rule: 'targeting_reply', field: FIELD, message: 'A reply is seen by everyone who sees the post it answers; Facebook cannot target it. Remove the segment from the reply.' };
}

/**
 * Graph reads every POST parameter as a string; objects travel as JSON text (the Business SDK encodes `Object`
 * parameters the same way).
 */
export function targetingParams(targeting: NativeTargeting | null): Record<string, string> {
  if (!targeting) return {};
  return Object.fromEntries(Object.entries(targeting.parameters).map(([k, v]) => [k, JSON.stringify(v)]));
}
