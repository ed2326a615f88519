/**
 * The fake LinkedIn's organic targeting, from the docs and not from the connector: a post's
 * `distribution.targetEntities` (…/shares/posts-api: organization authors only, the documented facets, URN and locale
 * shapes, an audience of at least 300 members) and a page's lifetime follower statistics by facet
 * (…/community-management/organizations/follower-statistics), which is also what the fake counts an audience with.
 *
 * @example
 * const refused = checkTargetEntities(s, author, dist.targetEntities ?? []);
 * if (refused) return refused;
 */
import type { Caller, FakeState } from './handlers.js';
import { denied } from './handlers.js';
import { restError, schemaError, type Followers } from './model.js';
import type { FakeResponse } from './server.js';

const MIN_AUDIENCE = 300;
const FACETS = ['geoLocations', 'interfaceLocales', 'industries', 'seniorities', 'staffCountRanges', 'degrees', 'fieldsOfStudy', 'jobFunctions', 'schools'];
const URN_OF: Record<string, RegExp> = {
  geoLocations: /^urn:li:geo:\d+$/,
  industries: /^urn:li:industry:\d+$/,
  seniorities: /^urn:li:seniority:\d+$/,
  degrees: /^urn:li:degree:\d+$/,
  fieldsOfStudy: /^urn:li:fieldOfStudy:\d+$/,
  jobFunctions: /^urn:li:function:\d+$/,
  schools: /^urn:li:school:\d+$/,
};
const STAFF_COUNT_RANGES = ['SIZE_1', 'SIZE_2_TO_10', 'SIZE_11_TO_50', 'SIZE_51_TO_200', 'SIZE_201_TO_500', 'SIZE_501_TO_1000', 'SIZE_1001_TO_5000', 'SIZE_5001_TO_10000', 'SIZE_10001_OR_MORE'];

/** Followers facet → the entity facet it counts. */
const COUNTED: Array<[keyof Followers, string]> = [
  ['byGeoCountry', 'geoLocations'],
  ['bySeniority', 'seniorities'],
  ['byIndustry', 'industries'],
  ['byStaffCountRange', 'staffCountRanges'],
];

/** A refusal for the first thing wrong with `targets`, or null when LinkedIn would take them. */
export function checkTargetEntities(s: FakeState, author: string, targets: unknown): FakeResponse | null {
  if (!Array.isArray(targets)) return schemaError(['/distribution/targetEntities :: expected an array']);
  if (targets.length === 0) return null;
  if (!author.startsWith('urn:li:organization:')) return restError(422, 'UNPROCESSABLE_ENTITY', 'Target entities are only supported for posts authored by an organization');
  for (const [i, target] of targets.entries()) {
    const at = `/distribution/targetEntities/${i}`;
    if (!target || typeof target !== 'object' || Array.isArray(target)) return schemaError([`${at} :: expected a record`]);
    for (const [facet, values] of Object.entries(target as Record<string, unknown>)) {
      if (!FACETS.includes(facet)) return schemaError([`${at}/${facet} :: unrecognized field found but not allowed`]);
      if (!Array.isArray(values) || values.length === 0) return schemaError([`${at}/${facet} :: expected a non-empty array`]);
      const bad = values.findIndex((v) => !validValue(facet, v));
      if (bad >= 0) return schemaError([`${at}/${facet}/${bad} :: ${JSON.stringify(values[bad])} is not a valid ${facet} value`]);
    }
  }
  const org = s.organizations.get(author.replace('urn:li:organization:', ''));
  const reach = org?.followers ? audienceOf(org.followers, targets as Array<Record<string, unknown[]>>) : null;
  if (reach !== null && reach < MIN_AUDIENCE) {
    return restError(422, 'UNPROCESSABLE_ENTITY', `The targeted audience is too small: it must be at least ${MIN_AUDIENCE} members`);
  }
  return null;
}

function validValue(facet: string, value: unknown): boolean {
  if (facet === 'staffCountRanges') return typeof value === 'string' && STAFF_COUNT_RANGES.includes(value);
  if (facet === 'interfaceLocales') {
    const locale = value as { country?: unknown; language?: unknown } | null;
    return Boolean(locale) && typeof locale === 'object' && /^[A-Z]{2}$/.test(String(locale?.country)) && /^[a-z]{2}$/.test(String(locale?.language)) && Object.keys(locale as object).length === 2;
  }
  return typeof value === 'string' && (URN_OF[facet]?.test(value) ?? false);
}

/**
 * Followers an audience reaches, as the fake models it: the members counted under every facet the entity names are
 * assumed to be the same people as far as possible (the smallest facet), summed over entities. A facet the page has
 * no breakdown for does not count; with none, the fake has no number and takes the audience.
 */
function audienceOf(followers: Followers, targets: Array<Record<string, unknown[]>>): number | null {
  let total = 0;
  for (const target of targets) {
    const sizes = COUNTED.filter(([by, facet]) => target[facet] && followers[by]).map(([by, facet]) => (target[facet] ?? []).reduce<number>((n, v) => n + (followers[by]?.[String(v)] ?? 0), 0));
    if (sizes.length === 0) return null;
    total += Math.min(...sizes);
  }
  return total;
}

/** `GET /rest/organizationalEntityFollowerStatistics?q=organizationalEntity&organizationalEntity={encoded urn}` (lifetime). */
export function followerStatistics(s: FakeState, caller: Caller, rawQuery: string, query: URLSearchParams): FakeResponse {
  if (query.get('q') !== 'organizationalEntity') return restError(400, 'ILLEGAL_ARGUMENT', 'Invalid query parameters passed to request');
  if (/organizationalEntity=urn:/.test(rawQuery)) return restError(400, 'ILLEGAL_ARGUMENT', 'Syntax exception in query parameters: URNs must be encoded');
  const urn = query.get('organizationalEntity') ?? '';
  const org = s.organizations.get(urn.replace('urn:li:organization:', ''));
  if (!org || !caller.token.scopes.includes('rw_organization_admin') || !org.admins.has(caller.member.id)) return denied('organizationalEntityFollowerStatistics.FINDER-organizationalEntity');
  const f = org.followers ?? {};
  const rows = (counts: Record<string, number> | undefined, key: string) =>
    Object.entries(counts ?? {}).map(([value, n]) => ({ [key]: value, followerCounts: { organicFollowerCount: n, paidFollowerCount: 0 } }));
  return {
    status: 200,
    body: {
      paging: { count: 10, start: 0, links: [] },
      elements: [
        {
          organizationalEntity: urn,
          followerCountsByGeoCountry: rows(f.byGeoCountry, 'geo'),
          followerCountsBySeniority: rows(f.bySeniority, 'seniority'),
          followerCountsByIndustry: rows(f.byIndustry, 'industry'),
          followerCountsByStaffCountRange: rows(f.byStaffCountRange, 'staffCountRange'),
          followerCountsByFunction: [],
          followerCountsByGeo: [],
          followerCountsByAssociationType: [],
        },
      ],
    },
  };
}
