import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AudienceTargeting } from '../connector.js';
import { createLinkedInConnector } from './index.js';
import { targetEntitiesFor } from './audience.js';
import { LINKEDIN_DEFAULT_LIMITS, validateForLinkedIn } from './rules.js';
import { audienceUpperBound, LINKEDIN_COUNTRY_GEO, linkedinTargeting, type FollowerStatistics } from './targeting.js';

const everyone: AudienceTargeting = { countries: null, regions: null, languages: null, ageMin: null, ageMax: null, genders: null, interests: null };
const page = (audience: Partial<AudienceTargeting>) => linkedinTargeting({ ...everyone, ...audience }, 'organization');
const org = 'urn:li:organization:1';

test('everyone: nothing to target, nothing refused', () => {
  assert.deepEqual(page({}), { parameters: {}, unsupported: [], violations: [] });
});

test('countries become geo URNs, languages LinkedIn interface locales', () => {
  const t = page({ countries: ['SG', 'NO'], languages: ['en', 'nb', 'zh'] });
  assert.deepEqual(t.parameters, {
    targetEntities: [
      {
        geoLocations: ['urn:li:geo:102454443', 'urn:li:geo:103819153'],
        interfaceLocales: [{ country: 'US', language: 'en' }, { country: 'NO', language: 'no' }, { country: 'CN', language: 'zh' }, { country: 'TW', language: 'zh' }],
      },
    ],
  });
  assert.deepEqual(t.violations, []);
  assert.equal(Object.keys(LINKEDIN_COUNTRY_GEO).length, 40);
  assert.ok(Object.values(LINKEDIN_COUNTRY_GEO).every((id) => /^\d{9}$/.test(id)));
});

test('a country or language without a known id is refused, never dropped', () => {
  const t = page({ countries: ['NO', 'IS', 'KE'], languages: ['sw'] });
  assert.deepEqual(t.violations.map((v) => [v.rule, v.field, v.params]), [
    ['targeting_no_known_country', 'audience.countries', { countries: 'IS, KE' }],
    ['targeting_no_known_language', 'audience.languages', { languages: 'sw' }],
  ]);
  assert.match(t.violations[0]?.message ?? '', /no LinkedIn geo id for IS, KE; it targets 40 countries/);
});

test('a member cannot target; ages, genders and interests are unsupported with their reason; regions go by country', () => {
  const member = linkedinTargeting({ ...everyone, countries: ['US'] }, 'person');
  assert.deepEqual(member.violations.map((v) => v.rule), ['targeting_organization_only']);
  const t = page({ regions: ['US-CA', 'US-NY'], ageMin: 25, ageMax: 40, genders: ['female'], interests: ['cycling'] });
  assert.deepEqual(t.parameters, { targetEntities: [{ geoLocations: ['urn:li:geo:103644278'] }] });
  assert.deepEqual(t.unsupported.map((u) => [u.facet, u.rule]), [
    ['regions', 'targeting_regions_as_countries'],
    ['ageMin', 'targeting_facet_unsupported'],
    ['ageMax', 'targeting_facet_unsupported'],
    ['genders', 'targeting_facet_unsupported'],
    ['interests', 'targeting_facet_unsupported'],
  ]);
  assert.match(t.unsupported[3]?.reason ?? '', /by gender/);
});

test('the upper bound of an audience: smallest matching facet per entity, summed; unknown when nothing is measurable', () => {
  const f = (n: number) => ({ organicFollowerCount: n, paidFollowerCount: 1 });
  const stats: FollowerStatistics = {
    followerCountsByGeoCountry: [{ geo: 'urn:li:geo:103819153', followerCounts: f(199) }, { geo: 'urn:li:geo:102454443', followerCounts: f(799) }],
    followerCountsBySeniority: [{ seniority: 'urn:li:seniority:4', followerCounts: f(99) }],
    followerCountsByIndustry: [],
  };
  assert.equal(audienceUpperBound([{ geoLocations: ['urn:li:geo:103819153'] }], stats), 200);
  assert.equal(audienceUpperBound([{ geoLocations: ['urn:li:geo:103819153', 'urn:li:geo:102454443'] }], stats), 1000);
  assert.equal(audienceUpperBound([{ geoLocations: ['urn:li:geo:102454443'], seniorities: ['urn:li:seniority:4'] }], stats), 100);
  assert.equal(audienceUpperBound([{ geoLocations: ['urn:li:geo:103819153'] }, { seniorities: ['urn:li:seniority:4'] }], stats), 300);
  // Industries reported empty: nothing known about them, so they do not bound.
  assert.equal(audienceUpperBound([{ industries: ['urn:li:industry:4'] }], stats), null);
  assert.equal(audienceUpperBound([{ interfaceLocales: [{ country: 'US', language: 'en' }] }], stats), null);
});

test('audience and options: each option entity gets the audience facets; refusals throw with the rule', () => {
  const audience = { ...everyone, countries: ['FR'] };
  const options = { targetEntities: [{ seniorities: ['urn:li:seniority:4'], geoLocations: ['urn:li:geo:103644278'] }] };
  assert.deepEqual(targetEntitiesFor(org, { text: 't', media: [], audience, options }), [{ seniorities: ['urn:li:seniority:4'], geoLocations: ['urn:li:geo:105015875'] }]);
  assert.deepEqual(targetEntitiesFor(org, { text: 't', media: [], audience }), [{ geoLocations: ['urn:li:geo:105015875'] }]);
  assert.equal(targetEntitiesFor(org, { text: 't', media: [] }), null);
  assert.throws(() => targetEntitiesFor('urn:li:person:a', { text: 't', media: [], audience }), (e: unknown) => (e as { details: { rule?: string } }).details.rule === 'targeting_organization_only');
  assert.throws(() => targetEntitiesFor(org, { text: 't', media: [], audience: { ...everyone, countries: ['IS'] } }), /no LinkedIn geo id for IS/);
});

test('validate and nativeTargeting read the author connect stored', () => {
  const audience = { ...everyone, countries: ['US'] };
  const content = { text: 'Hi', media: [], audience };
  assert.deepEqual(validateForLinkedIn(content, { ...LINKEDIN_DEFAULT_LIMITS, linkedinAuthor: 'organization' }), []);
  assert.deepEqual(validateForLinkedIn(content, { ...LINKEDIN_DEFAULT_LIMITS, linkedinAuthor: 'person' }).map((v) => v.rule), ['targeting_organization_only']);
  assert.deepEqual(validateForLinkedIn({ ...content, inReplyTo: 'urn:li:share:1' }, LINKEDIN_DEFAULT_LIMITS).map((v) => v.rule), ['targeting_reply']);
  const connector = createLinkedInConnector();
  assert.deepEqual(connector.nativeTargeting?.(audience, { limits: { linkedinAuthor: 'person' } }).violations.map((v) => v.rule), ['targeting_organization_only']);
  assert.deepEqual(connector.nativeTargeting?.(audience, { linkedinAuthor: 'organization' }).parameters, { targetEntities: [{ geoLocations: ['urn:li:geo:103644278'] }] });
});
