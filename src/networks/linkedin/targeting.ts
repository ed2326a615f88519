/**
 * A segment's audience as a LinkedIn organization post's `distribution.targetEntities` (Posts API,
 * learn.microsoft.com/linkedin/marketing/community-management/shares/posts-api: a TargetEntity holds `geoLocations`
 * geo URNs, `interfaceLocales` {country, language}, `industries`, `seniorities`, `staffCountRanges`, and more). Only an
 * organization may target; a member's post goes to whoever may see it.
 *
 * What a segment can say and LinkedIn cannot: ages, genders and interests (no such organic facets), regions (their
 * geo URNs are not in Chorus's table: the post goes to the regions' countries). Industries, seniorities and company
 * sizes have no segment facet; they come from the composer's `options.targetEntities` and are kept beside the audience.
 *
 * LinkedIn refuses an audience under 300 members (posts-api, targetEntities). The only documented count a page can
 * read is its followers by facet (organizationalEntityFollowerStatistics, lifetime: learn.microsoft.com/linkedin/
 * marketing/community-management/organizations/follower-statistics), so `audienceUpperBound` gives the most followers
 * an audience can have: for one target entity, the smallest of its facets' matching follower counts. Below 300 the
 * audience is surely too small and Chorus refuses it up front; above, LinkedIn has the last word.
 *
 * @example
 * const t = linkedinTargeting({ ...everyone, countries: ['NO'], languages: ['nb'] }, 'organization');
 * // t.parameters: { targetEntities: [{ geoLocations: ['urn:li:geo:103819153'], interfaceLocales: [{ country: 'NO', language: 'no' }] }] }
 */
import { z } from 'zod';
import type { AudienceTargeting, NativeTargeting, Violation } from '../connector.js';

/** LinkedIn's documented minimum targeted audience (posts-api, distribution.targetEntities). */
export const LINKEDIN_MIN_AUDIENCE = 300;

/**
 * Country geo URNs: LinkedIn's geo entities (learn.microsoft.com/linkedin/shared/references/v2/standardized-data/
 * locations/geo, looked up with `GET /rest/geo/{id}` or the geo typeahead). These are the country-level ids, the same
 * ones linkedin.com puts in its own search links (`geoId=103819153` is Norway). A country missing here is refused
 * (`targeting_no_known_country`) rather than sent without its restriction.
 */
export const LINKEDIN_COUNTRY_GEO: Readonly<Record<string, string>> = {
  AR: '100446943', AT: '103883259', AU: '101452733', BE: '100565514', BR: '106057199', CA: '101174742', CH: '106693272',
  CL: '104621616', CN: '102890883', DE: '101282230', DK: '104514075', ES: '105646813', FI: '100456013', FR: '105015875',
  GB: '101165590', GR: '104677530', HK: '103291313', ID: '102478259', IE: '104738515', IL: '101620260', IN: '102713980',
  IT: '103350119', JP: '101355337', KR: '105149562', MX: '103323778', MY: '106808692', NL: '102890719', NO: '103819153',
  NZ: '105490917', PH: '103121230', PL: '105072130', PT: '100364837', SE: '105117694', SG: '102454443', TH: '105146118',
  TR: '102105699', AE: '104305776', US: '103644278', VN: '104195383', ZA: '104035573',
};

/**
 * The interface locales LinkedIn is offered in (learn.microsoft.com/linkedin/shared/references/reference-tables/
 * language-codes), by ISO 639-1 language. LinkedIn writes Indonesian `in` and Norwegian `no`; Chinese has two.
 */
export const LINKEDIN_LANGUAGE_LOCALES: Readonly<Record<string, Array<{ country: string; language: string }>>> = {
  ar: [{ country: 'AE', language: 'ar' }], cs: [{ country: 'CZ', language: 'cs' }], da: [{ country: 'DK', language: 'da' }],
  de: [{ country: 'DE', language: 'de' }], en: [{ country: 'US', language: 'en' }], es: [{ country: 'ES', language: 'es' }],
  fr: [{ country: 'FR', language: 'fr' }], hi: [{ country: 'IN', language: 'hi' }], id: [{ country: 'ID', language: 'in' }],
  it: [{ country: 'IT', language: 'it' }], ja: [{ country: 'JP', language: 'ja' }], ko: [{ country: 'KR', language: 'ko' }],
  ms: [{ country: 'MY', language: 'ms' }], nl: [{ country: 'NL', language: 'nl' }], no: [{ country: 'NO', language: 'no' }],
  nb: [{ country: 'NO', language: 'no' }], pl: [{ country: 'PL', language: 'pl' }], pt: [{ country: 'BR', language: 'pt' }],
  ro: [{ country: 'RO', language: 'ro' }], ru: [{ country: 'RU', language: 'ru' }], sv: [{ country: 'SE', language: 'sv' }],
  th: [{ country: 'TH', language: 'th' }], tl: [{ country: 'PH', language: 'tl' }], tr: [{ country: 'TR', language: 'tr' }],
  uk: [{ country: 'UA', language: 'uk' }], zh: [{ country: 'CN', language: 'zh' }, { country: 'TW', language: 'zh' }],
};

const FIELD = 'audience';
const UNSUPPORTED: Array<[keyof AudienceTargeting, string]> = [
  ['ageMin', 'LinkedIn does not target organic posts by age.'],
  ['ageMax', 'LinkedIn does not target organic posts by age.'],
  ['genders', 'LinkedIn does not target organic posts by gender.'],
  ['interests', 'LinkedIn has no interest facet for organic posts; use industries in the LinkedIn options instead.'],
];

/** Pure: the target entity for `audience` on a page (`author` as connect stored it; unknown is not refused). */
export function linkedinTargeting(audience: AudienceTargeting, author: 'person' | 'organization' | undefined): NativeTargeting {
  const violations: Violation[] = [];
  const unsupported: NativeTargeting['unsupported'] = [];
  const entity: Record<string, unknown> = {};
  if (author === 'person') {
    violations.push({ rule: 'targeting_organization_only', field: FIELD, message: 'LinkedIn audience targeting is only available for posts by an organization page, not by a member.' });
  }
  let countries = audience.countries;
  if (audience.regions?.length) {
    unsupported.push({ facet: 'regions', rule: 'targeting_regions_as_countries', reason: 'Chorus has no LinkedIn geo ids for regions: the post goes to their countries.' });
    countries ??= [...new Set(audience.regions.map((r) => r.split('-')[0] ?? ''))];
  }
  if (countries?.length) {
    const unknown = countries.filter((c) => !LINKEDIN_COUNTRY_GEO[c]);
    if (unknown.length > 0) {
      violations.push({
        rule: 'targeting_no_known_country',
        field: `${FIELD}.countries`,
        message: `Chorus knows no LinkedIn geo id for ${unknown.join(', ')}; it targets ${Object.keys(LINKEDIN_COUNTRY_GEO).length} countries. Remove them from the segment, or publish this variant without targeting.`,
        params: { countries: unknown.join(', ') },
      });
    }
    entity['geoLocations'] = [...new Set(countries.flatMap((c) => (LINKEDIN_COUNTRY_GEO[c] ? [`urn:li:geo:${LINKEDIN_COUNTRY_GEO[c]}`] : [])))];
  }
  if (audience.languages?.length) {
    const unknown = audience.languages.filter((l) => !LINKEDIN_LANGUAGE_LOCALES[l]);
    if (unknown.length > 0) {
      violations.push({ rule: 'targeting_no_known_language', field: `${FIELD}.languages`, message: `LinkedIn has no interface language for ${unknown.join(', ')}.`, params: { languages: unknown.join(', ') } });
    }
    const locales = audience.languages.flatMap((l) => LINKEDIN_LANGUAGE_LOCALES[l] ?? []);
    entity['interfaceLocales'] = locales.filter((x, i) => locales.findIndex((y) => y.country === x.country && y.language === x.language) === i);
  }
  for (const [facet, reason] of UNSUPPORTED) {
    const value = audience[facet];
    if (value !== null && (!Array.isArray(value) || value.length > 0)) unsupported.push({ facet, rule: 'targeting_facet_unsupported', reason });
  }
  const nonEmpty = Object.values(entity).some((v) => Array.isArray(v) && v.length > 0);
  return { parameters: nonEmpty ? { targetEntities: [entity] } : {}, unsupported, violations };
}

const counts = z.object({ organicFollowerCount: z.number().optional(), paidFollowerCount: z.number().optional() }).partial();
/** One bucket of a breakdown: the facet's value under its own key (`geo`, `seniority`…) and its follower counts. */
const bucket = z.array(z.object({ followerCounts: counts }).passthrough()).optional();

/** `GET /rest/organizationalEntityFollowerStatistics?q=organizationalEntity` without time intervals: lifetime, by facet. */
export const followerStatisticsSchema = z.object({
  elements: z.array(
    z.object({
      followerCountsByGeoCountry: bucket,
      followerCountsBySeniority: bucket,
      followerCountsByIndustry: bucket,
      followerCountsByStaffCountRange: bucket,
    }),
  ),
});
export type FollowerStatistics = z.infer<typeof followerStatisticsSchema>['elements'][number];

/** Target facet → the follower breakdown that counts it and the key naming a bucket. */
const BREAKDOWNS = [
  ['geoLocations', 'followerCountsByGeoCountry', 'geo'],
  ['seniorities', 'followerCountsBySeniority', 'seniority'],
  ['industries', 'followerCountsByIndustry', 'industry'],
  ['staffCountRanges', 'followerCountsByStaffCountRange', 'staffCountRange'],
] as const;

/**
 * The most followers `entities` can reach: per entity the smallest matching count among its measurable facets, summed
 * over entities. Null when an entity has no measurable facet (only locales, or a breakdown LinkedIn left empty).
 */
export function audienceUpperBound(entities: Array<Record<string, unknown>>, stats: FollowerStatistics): number | null {
  let total = 0;
  for (const entity of entities) {
    let bound: number | null = null;
    for (const [facet, breakdown, key] of BREAKDOWNS) {
      const wanted = entity[facet];
      const buckets = stats[breakdown] ?? [];
      if (!Array.isArray(wanted) || buckets.length === 0) continue;
      const matching = buckets.filter((b) => wanted.includes(b[key])).reduce((sum, b) => sum + (b.followerCounts.organicFollowerCount ?? 0) + (b.followerCounts.paidFollowerCount ?? 0), 0);
      bound = bound === null ? matching : Math.min(bound, matching);
    }
    if (bound === null) return null;
    total += bound;
  }
  return total;
}

export function audienceTooSmall(bound: number): Violation {
  return {
    rule: 'audience_too_small',
    field: FIELD,
    message: `At most ${bound} followers of this page match this audience; LinkedIn needs at least ${LINKEDIN_MIN_AUDIENCE}. Widen the segment (more countries, languages or facets).`,
    params: { count: bound, min: LINKEDIN_MIN_AUDIENCE },
  };
}
