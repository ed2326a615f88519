import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AudienceTargeting } from '../connector.js';
import { createFacebookConnector } from './index.js';
import { FACEBOOK_DEFAULT_LIMITS, validateForFacebook } from './rules.js';
import { FACEBOOK_MAX_COUNTRIES, facebookTargeting, targetingParams } from './targeting.js';

const everyone: AudienceTargeting = { countries: null, regions: null, languages: null, ageMin: null, ageMax: null, genders: null, interests: null };
const rules = (audience: Partial<AudienceTargeting>) => facebookTargeting({ ...everyone, ...audience }).violations.map((v) => v.rule);
const countries = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)));

test('everyone: no parameters, nothing unsupported, nothing refused', () => {
  assert.deepEqual(facebookTargeting(everyone), { parameters: {}, unsupported: [], violations: [] });
});

test('countries and a minimum age restrict the post (`targeting`)', () => {
  const t = facebookTargeting({ ...everyone, countries: ['NO', 'SE'], ageMin: 18 });
  assert.deepEqual(t.parameters, { targeting: { geo_locations: { countries: ['NO', 'SE'] }, age_min: 18 } });
  assert.deepEqual(t.unsupported, []);
});

test('a maximum age and one gender are preferences (`feed_targeting`), said so in unsupported', () => {
  const t = facebookTargeting({ ...everyone, ageMin: 25, ageMax: 40, genders: ['female'] });
  assert.deepEqual(t.parameters, { targeting: { age_min: 25 }, feed_targeting: { age_max: 40, age_min: 25, genders: [2] } });
  assert.deepEqual(t.unsupported.map((u) => [u.facet, u.rule]), [['ageMax', 'targeting_preference_only'], ['genders', 'targeting_preference_only']]);
  assert.deepEqual(facebookTargeting({ ...everyone, genders: ['male'] }).parameters, { feed_targeting: { genders: [1] } });
  // Both genders is everyone: nothing to send.
  assert.deepEqual(facebookTargeting({ ...everyone, genders: ['male', 'female'] }).parameters, {});
});

test('regions become their countries; languages and named interests are unsupported with the reason', () => {
  const regions = facebookTargeting({ ...everyone, regions: ['US-CA', 'US-NY', 'FR-75'] });
  assert.deepEqual(regions.parameters, { targeting: { geo_locations: { countries: ['US', 'FR'] } } });
  assert.equal(regions.unsupported[0]?.rule, 'targeting_regions_as_countries');
  assert.match(regions.unsupported[0]?.reason ?? '', /regions' countries instead/);
  const withCountries = facebookTargeting({ ...everyone, countries: ['DE'], regions: ['US-CA'] });
  assert.deepEqual(withCountries.parameters, { targeting: { geo_locations: { countries: ['DE'] } } });
  const other = facebookTargeting({ ...everyone, languages: ['fr'], interests: ['cycling', '20531316728'] });
  assert.deepEqual(other.parameters, { feed_targeting: { interests: [20531316728] } });
  assert.deepEqual(other.unsupported.map((u) => [u.facet, u.rule]), [['languages', 'targeting_facet_unsupported'], ['interests', 'targeting_facet_unsupported']]);
});

test('too many countries is refused with the limit and the count, never cut', () => {
  assert.deepEqual(rules({ countries: countries(FACEBOOK_MAX_COUNTRIES) }), []);
  const t = facebookTargeting({ ...everyone, countries: countries(FACEBOOK_MAX_COUNTRIES + 5) });
  assert.deepEqual(t.violations.map((v) => [v.rule, v.field, v.params]), [['too_many_countries', 'audience.countries', { max: 25, count: 30 }]]);
  assert.match(t.violations[0]?.message ?? '', /at most 25 countries; this audience has 30/);
  assert.deepEqual(rules({ countries: ['no'] }), ['targeting_invalid']);
});

test('ages outside 13–65 and a maximum below the minimum are refused', () => {
  assert.deepEqual(rules({ ageMin: 13, ageMax: 65 }), []);
  assert.deepEqual(rules({ ageMin: 12 }), ['targeting_age_range']);
  assert.deepEqual(rules({ ageMax: 70 }), ['targeting_age_range']);
  assert.deepEqual(rules({ ageMin: 17.5 }), ['targeting_age_range']);
  assert.deepEqual(rules({ ageMin: 40, ageMax: 30 }), ['targeting_age_order']);
  const [range] = facebookTargeting({ ...everyone, ageMin: 12 }).violations;
  assert.deepEqual(range?.params, { min: 13, max: 65, age: 12 });
});

test('validate: audience violations join the content ones; a reply cannot be targeted', () => {
  const audience = { ...everyone, countries: countries(30) };
  assert.deepEqual(validateForFacebook({ text: 'Cold drinks', media: [], audience }, FACEBOOK_DEFAULT_LIMITS).map((v) => v.rule), ['too_many_countries']);
  assert.deepEqual(validateForFacebook({ text: 'Thanks', media: [], inReplyTo: '1_2', audience: everyone }, FACEBOOK_DEFAULT_LIMITS).map((v) => v.rule), ['targeting_reply']);
  assert.deepEqual(validateForFacebook({ text: 'For all', media: [] }, FACEBOOK_DEFAULT_LIMITS), []);
});

test('parameters travel as JSON text, the way Graph reads objects in a form', () => {
  assert.deepEqual(targetingParams(facebookTargeting({ ...everyone, countries: ['SG'] })), { targeting: '{"geo_locations":{"countries":["SG"]}}' });
  assert.deepEqual(targetingParams(null), {});
  assert.deepEqual(createFacebookConnector().nativeTargeting?.({ ...everyone, countries: ['SG'] }, {}).parameters, { targeting: { geo_locations: { countries: ['SG'] } } });
});
