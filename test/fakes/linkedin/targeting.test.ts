/**
 * A segment's variant on a LinkedIn organization page against the strict fake: the targetEntities it received, the
 * 300-member minimum checked through the page's follower statistics, and what LinkedIn refuses.
 * Run: node scripts/test.mjs test/fakes/linkedin
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AudienceTargeting, NetworkError } from '../../../src/networks/connector.js';
import { createLinkedInConnector } from '../../../src/networks/linkedin/index.js';
import { channelContext, isNetworkError, rawCall } from '../contract.js';
import { useFake } from '../fixtures.js';
import { startFakeLinkedIn, type FakeLinkedIn } from './server.js';

let fake: FakeLinkedIn;
let ann: { id: string; urn: string; token: string };
let org: { id: string; urn: string };
const SG = 'urn:li:geo:102454443';
const NO = 'urn:li:geo:103819153';
const everyone: AudienceTargeting = { countries: null, regions: null, languages: null, ageMin: null, ageMax: null, genders: null, interests: null };
const connector = () => createLinkedInConnector({ apiUrl: fake.baseUrl });
const ctx = (author: string) => channelContext(author, { accessToken: ann.token });
const distributionOf = (urn: string) => fake.posts.get(urn)?.body['distribution'] as { targetEntities: unknown[] };
const ruleOf = (e: unknown) => (e as NetworkError).details.rule;
const postBody = (author: string, targetEntities: unknown) => ({
  author,
  commentary: 'raw',
  visibility: 'PUBLIC',
  distribution: { feedDistribution: 'MAIN_FEED', targetEntities, thirdPartyDistributionChannels: [] },
  lifecycleState: 'PUBLISHED',
});
async function rawPost(author: string, targetEntities: unknown): Promise<{ status: number; body: { message?: string; code?: string } }> {
  const response = await fetch(`${fake.baseUrl}/rest/posts`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ann.token}`, 'linkedin-version': '202609', 'x-restli-protocol-version': '2.0.0', 'content-type': 'application/json' },
    body: JSON.stringify(postBody(author, targetEntities)),
  });
  return { status: response.status, body: (await response.json().catch(() => ({}))) as { message?: string; code?: string } };
}

describe('LinkedIn organization page targeting against the documented API (fake)', () => {
  useFake(
    async () => (fake = await startFakeLinkedIn()),
    () => {
      ann = fake.addMember('Ann Lee');
      org = fake.addOrganization('Fizz Drinks', 'fizz', [ann.id], {
        byGeoCountry: { [SG]: 1200, [NO]: 150 },
        bySeniority: { 'urn:li:seniority:4': 900, 'urn:li:seniority:8': 40 },
      });
    },
  );

  test('a page post for a segment sends its geo URNs and interface locales; the fake records them', async () => {
    const ref = await connector().publish(ctx(org.urn), { text: 'Ice cold, right now.', media: [], audience: { ...everyone, countries: ['SG'], languages: ['en'] } }, 'hot');
    assert.deepEqual(distributionOf(ref.externalId).targetEntities, [{ geoLocations: [SG], interfaceLocales: [{ country: 'US', language: 'en' }] }]);
    const asked = fake.requests.find((r) => r.path.startsWith('/rest/organizationalEntityFollowerStatistics'));
    assert.equal(asked?.path, `/rest/organizationalEntityFollowerStatistics?q=organizationalEntity&organizationalEntity=${encodeURIComponent(org.urn)}`);
  });

  test('options add industries, seniorities and sizes beside the audience', async () => {
    const options = { targetEntities: [{ seniorities: ['urn:li:seniority:4'], staffCountRanges: ['SIZE_11_TO_50'] }] };
    const ref = await connector().publish(ctx(org.urn), { text: 'For managers in Singapore', media: [], options, audience: { ...everyone, countries: ['SG'] } }, 'mix');
    assert.deepEqual(distributionOf(ref.externalId).targetEntities, [{ seniorities: ['urn:li:seniority:4'], staffCountRanges: ['SIZE_11_TO_50'], geoLocations: [SG] }]);
  });

  test('an audience under 300 followers is refused up front with audience_too_small, and nothing is posted', async () => {
    const before = fake.posts.size;
    await assert.rejects(connector().publish(ctx(org.urn), { text: 'Summer days', media: [], audience: { ...everyone, countries: ['NO'] } }, 'cold'), (e: unknown) => {
      assert.ok(isNetworkError('rejected', /At most 150 followers of this page match this audience; LinkedIn needs at least 300/)(e));
      assert.equal(ruleOf(e), 'audience_too_small');
      return true;
    });
    const options = { targetEntities: [{ seniorities: ['urn:li:seniority:8'] }] };
    await assert.rejects(connector().publish(ctx(org.urn), { text: 'CXOs in Singapore', media: [], options, audience: { ...everyone, countries: ['SG'] } }, 'cxo'), /At most 40 followers/);
    assert.equal(fake.posts.size, before);
  });

  test('without follower statistics the count is unknown: the post goes and LinkedIn judges', async () => {
    const bare = fake.addOrganization('New Page', 'new-page', [ann.id]);
    const ref = await connector().publish(ctx(bare.urn), { text: 'Hello Norway', media: [], audience: { ...everyone, countries: ['NO'] } }, 'new');
    assert.deepEqual(distributionOf(ref.externalId).targetEntities, [{ geoLocations: [NO] }]);
  });

  test('a member, an unknown country and a targeted comment are refused before LinkedIn is asked', async () => {
    const start = fake.requests.length;
    await assert.rejects(connector().publish(ctx(ann.urn), { text: 'Mine', media: [], audience: { ...everyone, countries: ['SG'] } }, 'm'), (e: unknown) => ruleOf(e) === 'targeting_organization_only');
    await assert.rejects(connector().publish(ctx(org.urn), { text: 'Iceland', media: [], audience: { ...everyone, countries: ['IS'] } }, 'is'), (e: unknown) => ruleOf(e) === 'targeting_no_known_country');
    await assert.rejects(connector().reply(ctx(org.urn), 'urn:li:share:1', { text: 'Thanks', media: [], audience: everyone }, 'r'), (e: unknown) => ruleOf(e) === 'targeting_reply');
    assert.equal(fake.requests.length, start);
  });

  test('without an audience the distribution is unchanged and no statistics are read', async () => {
    const start = fake.requests.length;
    const ref = await connector().publish(ctx(org.urn), { text: 'For everyone', media: [] }, 'all');
    assert.deepEqual(distributionOf(ref.externalId), { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] });
    assert.equal(fake.requests.slice(start).some((r) => r.path.includes('FollowerStatistics')), false);
  });

  test('the fake refuses what LinkedIn refuses: member authors, unknown facets, bad shapes, too small an audience', async () => {
    const expect = async (author: string, targets: unknown, status: number, pattern: RegExp) => {
      const answer = await rawPost(author, targets);
      assert.equal(answer.status, status, JSON.stringify(answer.body));
      assert.match(answer.body.message ?? '', pattern);
    };
    await expect(ann.urn, [{ geoLocations: [SG] }], 422, /only supported for posts authored by an organization/);
    await expect(org.urn, [{ ages: ['18'] }], 422, /\/ages :: unrecognized field/);
    await expect(org.urn, [{ geoLocations: ['SG'] }], 422, /"SG" is not a valid geoLocations value/);
    await expect(org.urn, [{ geoLocations: [] }], 422, /non-empty array/);
    await expect(org.urn, [{ interfaceLocales: [{ locale: 'en_US' }] }], 422, /not a valid interfaceLocales value/);
    await expect(org.urn, [{ staffCountRanges: ['SIZE_9'] }], 422, /not a valid staffCountRanges value/);
    await expect(org.urn, { geoLocations: [SG] }, 422, /expected an array/);
    await expect(org.urn, [{ geoLocations: [NO] }], 422, /at least 300 members/);
    assert.equal((await rawPost(org.urn, [{ geoLocations: [NO, SG] }])).status, 201);
    const stats = await rawCall(fake.baseUrl, 'GET', `/rest/organizationalEntityFollowerStatistics?q=organizationalEntity&organizationalEntity=${org.urn}`, ann.token);
    assert.equal(stats.status, 400, 'the fake wants the URN encoded');
  });
});
