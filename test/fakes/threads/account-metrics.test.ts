/**
 * The Threads account's follower count (user insights `followers_count`) read by the connector from the strict fake
 * and stored by the daily round; a token without `threads_manage_insights` stores nothing.
 * Run: node scripts/test.mjs test/fakes/threads/account-metrics.test.ts
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../../src/db/testing.js';
import { createThreadsConnector } from '../../../src/networks/threads/index.js';
import { THREADS_SCOPES } from '../../../src/networks/threads/oauth.js';
import { useAccountRound } from '../account-round.js';
import { channelContext, isNetworkError, rawCall } from '../contract.js';
import { useFake } from '../fixtures.js';
import { startFakeThreads, type FakeThreads } from './server.js';

const later = () => new Date(Date.now() + 30 * 86_400_000).toISOString();

forEachDatabase('Threads account figures against the fake', (getDb) => {
  let fake: FakeThreads;
  useFake(async () => (fake = await startFakeThreads()));
  const connector = () => createThreadsConnector({ apiUrl: fake.baseUrl });
  const round = useAccountRound(getDb, connector);
  const user = (name: string, followers: number, scopes?: string[]) => {
    const made = fake.addUser(name, scopes);
    Object.assign(fake.users.get(made.id)!, { followers, profileViews: [12, 30] });
    return made;
  };

  it('reads followers_count from threads_insights; profile views are not the account\'s impressions', async () => {
    const ann = user('ann', 512);
    const figures = await connector().fetchAccountMetrics!(channelContext(ann.id, { accessToken: ann.token, expiresAt: later() }));
    assert.deepEqual(figures, { followers: 512, following: null, posts: null, impressions: null, reach: null });
  });

  it('the fake refuses unknown metrics, demographics without a breakdown, and dates before the insights epoch', async () => {
    const ann = user('ann2', 1);
    const at = (query: string) => rawCall(fake.baseUrl, 'GET', `/v1.0/${ann.id}/threads_insights?${query}`, ann.token);
    assert.equal((await at('metric=impressions')).status, 400);
    assert.equal((await at('metric=follower_demographics')).status, 400);
    assert.equal((await at('metric=views&since=1600000000')).status, 400);
    const views = await at('metric=views,followers_count');
    assert.equal(views.status, 200);
  });

  it('the round stores the day\'s followers; without threads_manage_insights it stores nothing and goes on', async () => {
    const ben = user('ben', 64);
    const stored = await round.run(await round.channel('threads', ben.id, { accessToken: ben.token, expiresAt: later() }), new Date('2026-12-03T05:00:00Z'));
    assert.equal(stored?.followers, 64);

    const cut = user('cut', 9, THREADS_SCOPES.filter((s) => s !== 'threads_manage_insights'));
    const ctx = channelContext(cut.id, { accessToken: cut.token, expiresAt: later() });
    await assert.rejects(connector().fetchAccountMetrics!(ctx), isNetworkError('auth'));
    assert.equal(await round.run(await round.channel('threads', cut.id, { accessToken: cut.token, expiresAt: later() }), new Date('2026-12-03T05:00:00Z')), undefined);
  });
});
