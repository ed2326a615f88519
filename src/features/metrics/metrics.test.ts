import assert from 'node:assert/strict';
import { after, before, it, test } from 'node:test';
import { call, type TestApp } from '../../testing/app.js';
import { setupTenant, createTenantApp, type Tenant } from '../../testing/scenario.js';
import { forEachDatabase } from '../../db/testing.js';
import { NetworkError } from '../../networks/connector.js';
import { InboxNetwork, memberToken } from '../../../test/fakes/inbox-network.js';
import { channelSyncRepository } from '../engagement/sync-repository.js';
import { runPublish } from '../publishing/publisher.js';
import { collectChannelMetrics, metricsDue } from './jobs.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

test('cadence: hourly for a week, daily until 30 days, then never', () => {
  const now = Date.UTC(2026, 10, 25);
  const at = (publishedAgo: number, fetchedAgo: number | null) =>
    metricsDue({ published_at: new Date(now - publishedAgo), last_fetched_at: fetchedAgo === null ? null : new Date(now - fetchedAgo) }, now);
  assert.equal(at(10 * 60_000, null), true, 'first point as soon as possible');
  assert.equal(at(2 * DAY, 30 * 60_000), false);
  assert.equal(at(2 * DAY, HOUR - 60_000), true, 'a round a minute early still counts');
  assert.equal(at(8 * DAY, 2 * HOUR), false);
  assert.equal(at(8 * DAY, DAY), true);
  assert.equal(at(31 * DAY, 5 * DAY), false);
});

forEachDatabase('metrics', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let postId: string;
  let publicationId: string;
  let externalId: string;
  const inbox = new InboxNetwork();

  before(async () => {
    ({ app: t, tenant: a } = await createTenantApp(getDb(), { network: inbox }));
    b = await setupTenant(t.app, { owner: { token: a.token } });
    const post = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, { text: 'Measure me', channelIds: [a.channelId], publishNow: true });
    postId = post.body.id;
    publicationId = post.body.publications[0].id;
    const row = await getDb().db.selectFrom('publications').selectAll().where('id', '=', publicationId).executeTakeFirstOrThrow();
    await runPublish(t.ctx, { publicationId, version: row.version });
    externalId = (await getDb().db.selectFrom('publications').select('external_id').where('id', '=', publicationId).executeTakeFirstOrThrow()).external_id!;
  });
  after(async () => t?.close());

  it('the job writes a point per due publication, and the API reads the series', async () => {
    const now = Date.now();
    inbox.metrics.set(externalId, { likes: 3, reposts: 1, replies: 2, views: 40, impressions: 55, linkClicks: 4, fetchedAt: new Date(now) });
    assert.deepEqual(await collectChannelMetrics(t.ctx, a.channelId, now), { kind: 'collected', points: 1 });
    // Ten minutes later nothing is due yet: no call, no point.
    assert.deepEqual(await collectChannelMetrics(t.ctx, a.channelId, now + 10 * 60_000), { kind: 'collected', points: 0 });
    inbox.metrics.set(externalId, { likes: 9, reposts: 2, replies: 2, fetchedAt: new Date(now + HOUR) });
    assert.deepEqual(await collectChannelMetrics(t.ctx, a.channelId, now + HOUR), { kind: 'collected', points: 1 });

    const viewer = await memberToken(t.app, a.token, a.workspaceId, 'viewer');
    const res = await call(t.app, viewer, 'GET', `/api/v1/workspaces/${a.workspaceId}/posts/${postId}/metrics`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const [pub] = res.body.publications;
    assert.equal(pub.publicationId, publicationId);
    assert.deepEqual(pub.series.map((p: { likes: number }) => p.likes), [3, 9]);
    assert.deepEqual(pub.series[0], {
      fetchedAt: new Date(now).toISOString(), likes: 3, reposts: 1, replies: 2, quotes: null, views: 40, impressions: 55, reach: null, saves: null, linkClicks: 4,
    });
    assert.equal(pub.latest.likes, 9);
    // Another workspace's post is 404; so is a post id that is not one.
    assert.equal((await call(t.app, b.token, 'GET', `/api/v1/workspaces/${b.workspaceId}/posts/${postId}/metrics`)).status, 404);
    assert.equal((await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/posts/nope/metrics`)).status, 404);
  });

  it('a rate limit moves the next round to when the network says', async () => {
    const now = Date.now() + 3 * HOUR;
    inbox.failures = [new NetworkError('rate_limited', 'slow down', { retryAfterMs: 777_000 })];
    assert.deepEqual(await collectChannelMetrics(t.ctx, a.channelId, now), { kind: 'retry_later', atMs: now + 777_000 });
    const sync = await channelSyncRepository.get(getDb().db, a.channelId);
    assert.equal(sync?.metrics_next_at.getTime(), now + 777_000);
    assert.match(sync?.metrics_error ?? '', /slow down/);
  });

  it('due channels are claimed once, however many workers ask', async () => {
    const db = getDb().db;
    await db.updateTable('channel_sync').set({ metrics_next_at: new Date(Date.now() - 1000) }).execute();
    const [first, second] = await Promise.all([channelSyncRepository.claimDue(db, 'metrics', HOUR), channelSyncRepository.claimDue(db, 'metrics', HOUR)]);
    const claimed = [...(first ?? []), ...(second ?? [])];
    assert.ok(claimed.includes(a.channelId) && claimed.includes(b.channelId), 'a channel connected since the last round is due at once');
    assert.equal(new Set(claimed).size, claimed.length, 'no channel claimed twice');
    assert.deepEqual(await channelSyncRepository.claimDue(db, 'metrics', HOUR), []);
  });
});
