/**
 * The Pinterest account's followers, following and Pin count (`/v5/user_account`) and yesterday's impressions
 * (`/v5/user_account/analytics`) read by the connector from the strict fake and stored by the daily round; a token
 * without `user_accounts:read` stores nothing.
 * Run: node scripts/test.mjs test/fakes/pinterest/account-metrics.test.ts
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../../src/db/testing.js';
import { createPinterestConnector } from '../../../src/networks/pinterest/index.js';
import { useAccountRound } from '../account-round.js';
import { channelContext, isNetworkError, rawCall } from '../contract.js';
import { useFake } from '../fixtures.js';
import { CHORUS_SCOPES, startFakePinterest, type FakePinterest } from './server.js';

const AT = new Date();

forEachDatabase('Pinterest account figures against the fake', (getDb) => {
  let fake: FakePinterest;
  useFake(async () => (fake = await startFakePinterest()));
  const connector = () => createPinterestConnector({ apiUrl: fake.baseUrl });
  const round = useAccountRound(getDb, connector);
  const user = (name: string, figures: { followers: number; following?: number; dailyImpressions?: number }, scopes?: string[]) => {
    const made = fake.addUser(name, { scopes });
    Object.assign(fake.users.get(made.id)!, figures);
    return made;
  };

  it('reads follower_count, following_count, pin_count and the impressions of yesterday (a READY day)', async () => {
    const ann = user('ann', { followers: 910, following: 33, dailyImpressions: 4800 });
    const figures = await connector().fetchAccountMetrics!(channelContext(ann.id, { accessToken: ann.token, username: 'ann' }));
    assert.deepEqual(figures, { followers: 910, following: 33, posts: 0, impressions: 4800, reach: null });
  });

  it('the fake refuses analytics without dates, too far back, or with an unknown metric', async () => {
    const ann = user('dates', { followers: 1 });
    const at = (query: string) => rawCall(fake.baseUrl, 'GET', `/v5/user_account/analytics?${query}`, ann.token);
    assert.equal((await at('metric_types=IMPRESSION')).status, 400);
    assert.equal((await at('start_date=2020-01-01&end_date=2020-01-02')).status, 400);
    const today = new Date().toISOString().slice(0, 10);
    assert.equal((await at(`start_date=${today}&end_date=${today}&metric_types=REACH`)).status, 400);
  });

  it('the round stores the day; without user_accounts:read it stores nothing and goes on', async () => {
    const ben = user('ben', { followers: 21, dailyImpressions: 300 });
    const stored = await round.run(await round.channel('pinterest', ben.id, { accessToken: ben.token, username: 'ben' }), AT);
    assert.deepEqual([stored?.followers, stored?.impressions], [21, 300]);

    const cut = user('cut', { followers: 5 }, CHORUS_SCOPES.filter((s) => s !== 'user_accounts:read'));
    await assert.rejects(connector().fetchAccountMetrics!(channelContext(cut.id, { accessToken: cut.token })), isNetworkError('rejected', /scope/i));
    assert.equal(await round.run(await round.channel('pinterest', cut.id, { accessToken: cut.token, username: 'cut' }), AT), undefined);
  });
});
