import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { NetworkError } from '../../networks/connector.js';
import { NetworkRegistry } from '../../networks/registry.js';
import { call, type TestApp } from '../../testing/app.js';
import { createTenantApp, setupTenant, type Tenant } from '../../testing/scenario.js';
import { InboxNetwork } from '../../../test/fakes/inbox-network.js';
import { collectChannelMetrics } from '../metrics/jobs.js';

const DAY = 86_400_000;

forEachDatabase('account figures per day', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  const inbox = new InboxNetwork();
  const figures = (token: string, channelId: string, query = '', ws = a.workspaceId) =>
    call(t.app, token, 'GET', `/api/v1/workspaces/${ws}/channels/${channelId}/account-metrics${query}`);

  before(async () => {
    ({ app: t, tenant: a } = await createTenantApp(getDb(), { networks: new NetworkRegistry().register(inbox.connector('bluesky', { account: true })) }));
    b = await setupTenant(t.app, { owner: { token: a.token } });
  });
  after(async () => t?.close());

  it('the metrics round reads the account once a day, a later reading replacing the day; the API draws the days and the change', async () => {
    const day1 = Date.parse('2026-12-01T08:00:00Z');
    inbox.account = { followers: 100, following: 10, posts: 5, impressions: null, reach: null };
    await collectChannelMetrics(t.ctx, a.channelId, day1);
    inbox.account = { followers: 999, following: 10, posts: 5, impressions: null, reach: null };
    await collectChannelMetrics(t.ctx, a.channelId, day1 + 3600_000);
    inbox.account = { followers: 130, following: 11, posts: 6, impressions: 800, reach: 500 };
    await collectChannelMetrics(t.ctx, a.channelId, day1 + DAY + 3600_000);
    // A failing read is logged and waits: the posts' metrics of the round still go on.
    inbox.accountFailures = [new NetworkError('transient', 'down')];
    assert.equal((await collectChannelMetrics(t.ctx, a.channelId, day1 + 2 * DAY)).kind, 'collected');

    const res = await figures(a.token, a.channelId, '?from=2026-12-01&to=2026-12-03');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body.days.map((d: { day: string; followers: number }) => [d.day, d.followers]), [['2026-12-01', 100], ['2026-12-02', 130]], 'one reading a day: the second of day 1 was not due');
    assert.equal(res.body.days[1].reach, 500);
    assert.equal(res.body.followersChange, 30);
  });

  it('bad ranges are 422; another workspace\'s channel is 404', async () => {
    assert.equal((await figures(a.token, a.channelId, '?from=2026-12-05&to=2026-12-01')).body.error.code, 'invalid_range');
    assert.equal((await figures(a.token, a.channelId, '?from=2020-01-01&to=2026-12-01')).status, 422);
    assert.equal((await figures(a.token, a.channelId, '?from=yesterday')).status, 400);
    assert.equal((await figures(b.token, a.channelId, '', b.workspaceId)).status, 404);
    assert.equal((await figures(a.token, b.channelId)).status, 404);
  });
});
