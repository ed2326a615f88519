/**
 * A segment's variant published on a Facebook Page against the strict fake Graph API: the targeting the fake received
 * and recorded, what it refuses, and a publication without audience left as it was.
 * Run: node scripts/test.mjs test/fakes/facebook
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AudienceTargeting, ChannelContext, MediaForNetwork } from '../../../src/networks/connector.js';
import { createFacebookConnector } from '../../../src/networks/facebook/index.js';
import { appSecretProof, GRAPH_API_VERSION } from '../../../src/networks/meta/index.js';
import { isNetworkError } from '../contract.js';
import { useFake } from '../fixtures.js';
import type { Page } from '../meta/model.js';
import { startFakeMeta, type FakeMeta } from '../meta/server.js';

let fake: FakeMeta;
let page: Page;
const everyone: AudienceTargeting = { countries: null, regions: null, languages: null, ageMin: null, ageMax: null, genders: null, interests: null };
const hot: AudienceTargeting = { ...everyone, countries: ['SG', 'MY', 'TH'], ageMin: 18, ageMax: 45, genders: ['female'] };
/** `n` distinct two-letter codes (AA, AB, …). */
const codes = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)));
const connector = () => createFacebookConnector({ apiUrl: fake.baseUrl, appSecret: fake.appSecret, appId: fake.appId });
const ctx = (): ChannelContext => ({ channelId: 'c1', credentials: { accessToken: page.token }, externalId: page.id, serviceUrl: null, onCredentialsChanged: async () => {} });
const file = (name: string, mimeType: string): MediaForNetwork => {
  const url = fake.hostFile(name, { mimeType, width: 1080, height: 1080, bytes: 2048 });
  return { id: name, mimeType, sizeBytes: 2048, width: 1080, height: 1080, altText: '', read: async () => Buffer.alloc(0), url };
};

/** A POST straight to the fake, with the Page token and its proof. */
async function rawPost(path: string, form: Record<string, string>): Promise<{ status: number; error?: { code: number; message: string } }> {
  const url = new URL(`${fake.baseUrl}/${GRAPH_API_VERSION}${path}`);
  url.searchParams.set('appsecret_proof', appSecretProof(page.token, fake.appSecret));
  const response = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${page.token}` }, body: new URLSearchParams(form) });
  return { status: response.status, ...((await response.json()) as { error?: { code: number; message: string } }) };
}

describe('Facebook Page targeting against the documented Graph API (fake)', () => {
  useFake(
    async () => (fake = await startFakeMeta()),
    () => ({ page } = fake.addPageWithOwner('Fizz Drinks')),
  );

  test('a text post for a segment carries targeting and feed_targeting; the fake records both', async () => {
    const ref = await connector().publish(ctx(), { text: 'Ice cold, right now.', media: [], audience: hot }, 'p1');
    const post = fake.state.posts.get(ref.externalId);
    assert.deepEqual(post?.targeting, { geo_locations: { countries: ['SG', 'MY', 'TH'] }, age_min: 18 });
    assert.deepEqual(post?.feedTargeting, { age_max: 45, age_min: 18, genders: [2] });
    const sent = fake.requests.filter((r) => r.method === 'POST' && r.path.includes(`/${page.id}/feed`)).at(-1);
    assert.equal(sent?.body['targeting'], '{"geo_locations":{"countries":["SG","MY","TH"]},"age_min":18}');
  });

  test('a photo, several photos and a video carry the targeting on the call that makes the visible post', async () => {
    const audience = { ...everyone, countries: ['NO'] };
    const photo = await connector().publish(ctx(), { text: 'Summer in a can', media: [file('a.jpg', 'image/jpeg')], audience }, 'ph');
    assert.deepEqual(fake.state.posts.get(photo.externalId)?.targeting, { geo_locations: { countries: ['NO'] } });
    const album = await connector().publish(ctx(), { text: 'Two cans', media: [file('b.jpg', 'image/jpeg'), file('c.jpg', 'image/jpeg')], audience }, 'al');
    assert.deepEqual(fake.state.posts.get(album.externalId)?.targeting, { geo_locations: { countries: ['NO'] } });
    const unpublished = fake.requests.filter((r) => r.path.includes('/photos') && r.body['published'] === 'false');
    assert.ok(unpublished.length === 2 && unpublished.every((r) => r.body['targeting'] === undefined));
    const video = await connector().publish(ctx(), { text: 'Clip', media: [file('v.mp4', 'video/mp4')], audience }, 'vi');
    assert.deepEqual(fake.state.videos.get(video.externalId)?.targeting, { geo_locations: { countries: ['NO'] } });
  });

  test('without an audience nothing about targeting is sent', async () => {
    const ref = await connector().publish(ctx(), { text: 'For everyone', media: [] }, 'all');
    const post = fake.state.posts.get(ref.externalId);
    assert.equal(post?.targeting, null);
    assert.equal(post?.feedTargeting, null);
    const sent = fake.requests.filter((r) => r.method === 'POST' && r.path.includes('/feed')).at(-1);
    assert.deepEqual(Object.keys(sent?.body ?? {}).sort(), ['message']);
  });

  test('an audience Facebook cannot target is refused before any call, with its rule', async () => {
    const before = fake.requests.length;
    await assert.rejects(connector().publish(ctx(), { text: 'Too wide', media: [], audience: { ...everyone, countries: codes(30) } }, 'w'), (e: unknown) => {
      assert.ok(isNetworkError('rejected', /at most 25 countries; this audience has 30/)(e));
      assert.equal((e as { details: { rule?: string } }).details.rule, 'too_many_countries');
      return true;
    });
    await assert.rejects(connector().publish(ctx(), { text: 'Kids', media: [], audience: { ...everyone, ageMin: 10 } }, 'k'), isNetworkError('rejected', /from 13 to 65/));
    await assert.rejects(connector().reply(ctx(), `${page.id}_1`, { text: 'Thanks', media: [], audience: everyone }, 'r'), isNetworkError('rejected', /Facebook cannot target it/));
    assert.equal(fake.requests.length, before, 'nothing reached Graph');
  });

  test('the fake refuses what Graph refuses: unknown keys, bad shapes, too many countries, targeted comments', async () => {
    const feed = `/${page.id}/feed`;
    const refused = async (form: Record<string, string>, pattern: RegExp) => {
      const answer = await rawPost(feed, { message: 'x', ...form });
      assert.equal(answer.status, 400);
      assert.equal(answer.error?.code, 100);
      assert.match(answer.error?.message ?? '', pattern);
    };
    await refused({ targeting: '{"countries":["US"]}' }, /targeting\[countries\] is not a valid targeting field/);
    await refused({ targeting: 'not json' }, /must be a JSON object/);
    await refused({ targeting: '{"geo_locations":{"countries":"US"}}' }, /two-letter country codes/);
    await refused({ targeting: '{"geo_locations":{"planets":["Mars"]}}' }, /not a valid location type/);
    await refused({ targeting: JSON.stringify({ geo_locations: { countries: codes(30) } }) }, /at most 25 countries, got 30/);
    await refused({ targeting: '{"age_min":12}' }, /from 13 to 65/);
    await refused({ feed_targeting: '{"genders":[3]}' }, /1 \(male\) and\/or 2 \(female\)/);
    await refused({ feed_targeting: '{"interested_in":[1]}' }, /deprecated/);
    await refused({ feed_targeting: '{"age_min":40,"age_max":30}' }, /greater than or equal/);
    const ok = await rawPost(feed, { message: 'fine', feed_targeting: '{"geo_locations":{"countries":["US"]},"locales":["6"],"interests":[123]}' });
    assert.equal(ok.status, 200);
    const post = await connector().publish(ctx(), { text: 'Base', media: [] }, 'b');
    const comment = await rawPost(`/${post.externalId}/comments`, { message: 'hi', targeting: '{"age_min":18}' });
    assert.match(comment.error?.message ?? '', /not supported when creating a comment/);
  });
});
