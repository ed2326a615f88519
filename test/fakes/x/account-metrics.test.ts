/**
 * The X account's own figures (followers, following, posts from `public_metrics` of `GET /2/users/me`) read by the
 * connector from the strict fake, and stored by the daily round; a token without `users.read` stores nothing.
 * Run: node scripts/test.mjs test/fakes/x/account-metrics.test.ts
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../../src/db/testing.js';
import { connectChannel } from '../../../src/features/channels/service.js';
import { collectChannelMetrics } from '../../../src/features/metrics/jobs.js';
import { call } from '../../../src/testing/app.js';
import { createXConnector } from '../../../src/networks/x/index.js';
import { useAccountRound } from '../account-round.js';
import { channelContext, isNetworkError, rawCall } from '../contract.js';
import { useFake } from '../fixtures.js';
import { startFakeX, type FakeX } from './server.js';
import { useXTenant } from './tenant.js';

forEachDatabase('X account figures against the fake', (getDb) => {
  let fake: FakeX;
  useFake(async () => (fake = await startFakeX()));
  const connector = () => createXConnector({ apiUrl: fake.baseUrl });
  const round = useAccountRound(getDb, connector);

  it('reads followers, following and the post count from public_metrics; X has no account-level reach', async () => {
    const ann = fake.addUser('ann');
    Object.assign(fake.users.get(ann.id)!, { followers: 1234, following: 56 });
    fake.post(ann.id, 'First');
    fake.post(ann.id, 'Second');
    const figures = await connector().fetchAccountMetrics!(channelContext(ann.id, { accessToken: ann.token, username: 'ann' }));
    assert.deepEqual(figures, { followers: 1234, following: 56, posts: 2, impressions: null, reach: null });
  });

  it('the fake refuses what X refuses: a user field that does not exist, a token without users.read', async () => {
    const ann = fake.addUser('ann2');
    const bad = await rawCall<{ errors: { parameters: Record<string, unknown> }[] }>(fake.baseUrl, 'GET', '/2/users/me?user.fields=followers_count', ann.token);
    assert.equal(bad.status, 400);
    const noUsersRead = fake.addUser('tweetsonly', { scopes: ['tweet.read'] });
    assert.equal((await rawCall(fake.baseUrl, 'GET', '/2/users/me?user.fields=public_metrics', noUsersRead.token)).status, 403);
    await assert.rejects(connector().fetchAccountMetrics!(channelContext(noUsersRead.id, { accessToken: noUsersRead.token })), isNetworkError('rejected', /users.read/));
  });

  it('the daily round stores the day\'s figures; without the permission it stores nothing and goes on', async () => {
    const ben = fake.addUser('ben');
    Object.assign(fake.users.get(ben.id)!, { followers: 77, following: 3 });
    const channelId = await round.channel('x', ben.id, { accessToken: ben.token, username: 'ben' });
    const day = await round.run(channelId, new Date('2026-12-01T06:00:00Z'));
    assert.equal(day?.followers, 77);
    assert.equal(day?.following, 3);
    assert.equal(day?.impressions, null);

    const cut = fake.addUser('cut', { scopes: ['tweet.read'] });
    const refused = await round.channel('x', cut.id, { accessToken: cut.token, username: 'cut' });
    assert.equal(await round.run(refused, new Date('2026-12-01T06:00:00Z')), undefined);
  });
});

forEachDatabase('the account figures the analytics page draws, for a channel on the fake X', (getDb) => {
  const x = useXTenant(getDb);

  it('a channel connected through the fake: the round\'s reading is what the audience API answers for the day', async () => {
    const { fake, t, a } = x;
    const brand = fake.addUser('brandfigures');
    Object.assign(fake.users.get(brand.id)!, { followers: 640, following: 20 });
    const channelId = (await connectChannel(t.ctx, x.access(), 'x', { accessToken: brand.token })).channel.id;
    const at = Date.parse('2026-12-02T09:00:00Z');
    await collectChannelMetrics(t.ctx, channelId, at);
    const res = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/channels/${channelId}/account-metrics?from=2026-12-01&to=2026-12-03`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body.days.map((d: { day: string; followers: number | null }) => [d.day, d.followers]), [['2026-12-02', 640]]);
  });
});
