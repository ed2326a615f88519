/**
 * The fake's Profile Stats and rate limits refuse what developers.snap.com documents as refused
 * (Public-Profile-API/Metrics, Ads-API/rate-limits), so the connector cannot pass against a looser fake.
 * Run: node scripts/test.mjs test/fakes/snapchat/stats.test.ts
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useFake } from '../fixtures.js';
import { startFakeSnapchat, type FakeSnapchat } from './server.js';

let fake: FakeSnapchat;
let ann: { id: string; token: string; profileId: string };

useFake(async () => {
  fake = await startFakeSnapchat({ perSecond: 1000 });
  ann = fake.addUser('ann');
  return fake;
});

const stats = async (query: string, token = ann.token) => {
  const response = await fetch(`${fake.baseUrl}/v1/public_profiles/${ann.profileId}/stats${query}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};
const day = (daysAgo: number) => `${new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10)}T00:00:00`;

test('Profile Stats: PROFILE by default, LIFETIME by default, every field of the asset type when none is asked', async () => {
  const answer = await stats('');
  assert.equal(answer.status, 200);
  assert.deepEqual(answer.body['assets'], [
    { asset_id: ann.profileId, timeseries: [{ start_time: new Date(0).toISOString(), end_time: (answer.body['assets'] as { timeseries: { end_time: string }[] }[])[0]?.timeseries[0]?.end_time, fields: [{ field: { field_name: 'SUBSCRIBERS' }, stats: [{ dimension_breakdown: 'DEFAULT', value: '0' }] }] }] },
  ]);
  assert.equal((await stats('?assetType=SPOTLIGHT&fields=VIEWS,SHARES')).status, 200);
});

test('Profile Stats refuses an unknown asset type, a field the asset type lacks, and a bad granularity', async () => {
  const refused = async (query: string, pattern: RegExp) => {
    const answer = await stats(query);
    assert.equal(answer.status, 400, query);
    assert.equal(answer.body['request_status'], 'ERROR');
    assert.match(String(answer.body['debug_message']), pattern);
  };
  await refused('?assetType=REEL', /assetType/);
  await refused('?assetType=STORY&fields=VIEWS,FAVORITES', /FAVORITES not available for asset type STORY/);
  await refused('?assetType=SPOTLIGHT&fields=SCREENSHOTS', /SCREENSHOTS not available/);
  await refused('?granularity=HOUR', /granularity/);
});

test('Profile Stats: DAY and TOTAL need a window of the past 90 days, end after start', async () => {
  assert.equal((await stats('?assetType=STORY&granularity=DAY')).status, 400);
  assert.equal((await stats(`?assetType=STORY&granularity=DAY&startTime=${day(3)}&endTime=${day(1)}`)).status, 200);
  assert.equal((await stats(`?assetType=STORY&granularity=TOTAL&startTime=${day(1)}&endTime=${day(3)}`)).status, 400);
  assert.equal((await stats(`?assetType=STORY&granularity=DAY&startTime=${day(120)}&endTime=${day(1)}`)).status, 400);
  assert.equal((await stats(`?assetType=STORY&granularity=DAY&startTime=${day(3).replace('T00', 'T05')}&endTime=${day(1)}`)).status, 400);
});

test('stats are per profile: there is no per-post stats path', async () => {
  const response = await fetch(`${fake.baseUrl}/v1/public_profiles/${ann.profileId}/spotlights/abc/stats`, { headers: { authorization: `Bearer ${ann.token}` } });
  assert.equal(response.status, 404);
});

test('rate limits: 10 requests a second per token and 20 per app by default, then 429', async () => {
  const strict = await startFakeSnapchat();
  try {
    const users = [strict.addUser('a'), strict.addUser('b'), strict.addUser('c')];
    const call = (u: { token: string; profileId: string }) =>
      fetch(`${strict.baseUrl}/v1/public_profiles/${u.profileId}/stats`, { headers: { authorization: `Bearer ${u.token}` } }).then((r) => r.status);
    const [a, b, c] = users as [(typeof users)[number], (typeof users)[number], (typeof users)[number]];
    // Sent together, so the whole test fits in one one-second window even on a busy machine.
    const first = await Promise.all(Array.from({ length: 11 }, () => call(a)));
    assert.deepEqual([first.filter((s) => s === 200).length, first.filter((s) => s === 429).length], [10, 1]);
    // b's own ten pass (a's refused call did not count): the app is now at 20, so c is refused although its token is fresh.
    const second = await Promise.all(Array.from({ length: 10 }, () => call(b)));
    assert.equal(second.filter((s) => s === 200).length, 10);
    assert.equal(await call(c), 429);
  } finally {
    await strict.stop();
  }
});
