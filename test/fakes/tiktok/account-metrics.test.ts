/**
 * The TikTok account's followers, following and video count (`/v2/user/info/`, `user.info.stats` fields) read by the
 * connector from the strict fake and stored by the daily round; a token without `user.info.stats` (a channel
 * connected before Chorus asked for it) stores nothing.
 * Run: node scripts/test.mjs test/fakes/tiktok/account-metrics.test.ts
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../../src/db/testing.js';
import { createTikTokConnector } from '../../../src/networks/tiktok/index.js';
import { TIKTOK_SCOPES } from '../../../src/networks/tiktok/oauth.js';
import { useAccountRound } from '../account-round.js';
import { channelContext, isNetworkError, rawCall } from '../contract.js';
import { useFake } from '../fixtures.js';
import { ALL_SCOPES, startFakeTikTok, type FakeTikTok } from './server.js';

const AT = new Date('2026-12-05T10:00:00Z');

forEachDatabase('TikTok account figures against the fake', (getDb) => {
  let fake: FakeTikTok;
  useFake(async () => (fake = await startFakeTikTok()));
  const connector = () => createTikTokConnector({ apiUrl: fake.baseUrl });
  const round = useAccountRound(getDb, connector);

  it('reads follower_count, following_count and video_count; Chorus asks for user.info.stats when connecting', async () => {
    assert.ok((TIKTOK_SCOPES as readonly string[]).includes('user.info.stats'));
    const ann = fake.addCreator('ann', { followers: 3100, following: 12 });
    const figures = await connector().fetchAccountMetrics!(channelContext(ann.id, { accessToken: ann.token, username: 'ann' }));
    assert.deepEqual(figures, { followers: 3100, following: 12, posts: 0, impressions: null, reach: null });
  });

  it('the fake refuses a field user info does not have', async () => {
    const ann = fake.addCreator('fields');
    assert.equal((await rawCall(fake.baseUrl, 'GET', '/v2/user/info/?fields=followers', ann.token)).status, 400);
  });

  it('the round stores the day; without user.info.stats it stores nothing and goes on', async () => {
    const ben = fake.addCreator('ben', { followers: 45 });
    const stored = await round.run(await round.channel('tiktok', ben.id, { accessToken: ben.token, username: 'ben' }), AT);
    assert.deepEqual([stored?.followers, stored?.posts], [45, 0]);

    const old = fake.addCreator('old', { followers: 8, scopes: ALL_SCOPES.filter((s) => s !== 'user.info.stats') });
    await assert.rejects(connector().fetchAccountMetrics!(channelContext(old.id, { accessToken: old.token })), isNetworkError('auth', /permission/));
    assert.equal(await round.run(await round.channel('tiktok', old.id, { accessToken: old.token, username: 'old' }), AT), undefined);
  });
});
