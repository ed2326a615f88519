/**
 * The analytics API on PGlite and PostgreSQL: a range and the previous period from the rollups, the narrowing by
 * post and network, top posts and their CSV (escaped for spreadsheets) — with the attacks: another workspace's
 * channel and post ids, another workspace's analytics.
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { forEachDatabase } from '../../db/testing.js';
import { memberToken } from '../../../test/fakes/inbox-network.js';
import { metricsRepository } from '../metrics/repository.js';
import { metricsAt, seedPublication, type SeededPublication } from './analytics.testing.js';

forEachDatabase('analytics API', (getDb) => {
  const { t, a, b } = useTenantApp(getDb, { secondTenant: true });
  let viewer: string;
  let early: SeededPublication;
  let formula: SeededPublication;
  let plain: SeededPublication;
  const url = (query: string, ws = a.workspaceId, path = 'analytics') => `/api/v1/workspaces/${ws}/${path}?${query}`;
  const RANGE = 'from=2026-10-01&to=2026-10-07';

  before(async () => {
    const db = getDb().db;
    viewer = await memberToken(t.app, a.token, a.workspaceId, 'viewer');
    const seed = (publishedAt: string, text: string) => seedPublication(db, { workspaceId: a.workspaceId, channelId: a.channelId, publishedAt: new Date(publishedAt), text });
    early = await seed('2026-09-25T10:00:00Z', 'Early bird');
    formula = await seed('2026-10-02T10:00:00Z', '=cmd|"/c calc"!A1');
    plain = await seed('2026-10-04T10:00:00Z', 'Plain, "quoted"\nsecond line');
    await metricsRepository.addPoints(db, [{ publicationId: early.publicationId, metrics: metricsAt('2026-09-25T12:00:00Z', { likes: 10, impressions: 100 }) }]);
    await metricsRepository.addPoints(db, [
      { publicationId: early.publicationId, metrics: metricsAt('2026-10-01T12:00:00Z', { likes: 12, impressions: 130 }) },
      { publicationId: formula.publicationId, metrics: metricsAt('2026-10-02T12:00:00Z', { likes: 5, impressions: 50, linkClicks: 2 }) },
    ]);
    await metricsRepository.addPoints(db, [
      { publicationId: formula.publicationId, metrics: metricsAt('2026-10-03T12:00:00Z', { likes: 20, impressions: 200, linkClicks: 6 }) },
      { publicationId: plain.publicationId, metrics: metricsAt('2026-10-04T12:00:00Z', { likes: 3, impressions: 10 }) },
    ]);
  });

  it('answers each day of the range, the totals and the change from the previous period', async () => {
    const res = await call(t.app, viewer, 'GET', url(`${RANGE}&compare=previous`));
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const body = res.body;
    assert.equal(body.series.length, 7);
    assert.deepEqual(body.series[1], { day: '2026-10-02', impressions: 50, views: 0, engagements: 5, linkClicks: 2, published: 1 });
    assert.deepEqual(body.series[6], { day: '2026-10-07', impressions: 0, views: 0, engagements: 0, linkClicks: 0, published: 0 });
    assert.deepEqual(body.totals, { impressions: 240, views: 0, engagements: 25, linkClicks: 6, published: 2, engagementRate: 25 / 240 });
    assert.deepEqual([body.previous.from, body.previous.to], ['2026-09-24', '2026-09-30']);
    assert.equal(body.previous.totals.impressions, 100);
    assert.deepEqual(body.previous.change, { impressions: 140, views: null, engagements: 150, linkClicks: null, published: 100, engagementRate: 4.2 });
    assert.deepEqual(body.byNetwork.map((n: { network: string; impressions: number }) => [n.network, n.impressions]), [['bluesky', 240]]);
    assert.equal(body.byChannel.length, 1);
    assert.equal(body.byChannel[0].channelId, a.channelId);
    // Without compare there is no previous period.
    assert.equal((await call(t.app, viewer, 'GET', url(RANGE))).body.previous, null);
  });

  it('narrows to a post or a network', async () => {
    const post = (await call(t.app, viewer, 'GET', url(`${RANGE}&postId=${formula.postId}`))).body;
    assert.deepEqual([post.totals.impressions, post.totals.engagements, post.totals.published], [200, 20, 1]);
    const none = (await call(t.app, viewer, 'GET', url(`${RANGE}&network=mastodon`))).body;
    assert.deepEqual([none.totals.impressions, none.byChannel.length], [0, 0]);
    const channel = (await call(t.app, viewer, 'GET', url(`${RANGE}&channelId=${a.channelId}`))).body;
    assert.equal(channel.totals.impressions, 240);
  });

  it("narrows to a campaign's posts; another workspace's campaign is 404", async () => {
    const db = getDb().db;
    const made = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/campaigns`, {
      name: 'Autumn', goal: 'awareness', startsAt: '2026-10-01T00:00:00Z', endsAt: '2026-10-31T00:00:00Z',
    });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    await db.updateTable('posts').set({ campaign_id: made.body.id }).where('id', '=', formula.postId).execute();
    const campaign = (await call(t.app, viewer, 'GET', url(`${RANGE}&campaignId=${made.body.id}`))).body;
    assert.deepEqual([campaign.totals.impressions, campaign.totals.engagements, campaign.totals.published], [200, 20, 1]);
    const top = (await call(t.app, viewer, 'GET', url(`${RANGE}&campaignId=${made.body.id}`, a.workspaceId, 'analytics/top-posts'))).body;
    assert.deepEqual(top.posts.map((p: { postId: string }) => p.postId), [formula.postId]);
    assert.equal((await call(t.app, b.token, 'GET', url(`campaignId=${made.body.id}`, b.workspaceId))).status, 404);
    assert.equal((await call(t.app, viewer, 'GET', url('campaignId=not-an-id'))).status, 404);
    await db.updateTable('posts').set({ campaign_id: null }).where('id', '=', formula.postId).execute();
  });

  it("refuses a bad range, and answers 404 for another workspace's channel, post or analytics", async () => {
    const swapped = await call(t.app, viewer, 'GET', url('from=2026-10-07&to=2026-10-01'));
    assert.equal(swapped.status, 422);
    assert.deepEqual([swapped.body.error.code, swapped.body.error.field], ['range_reversed', 'from']);
    assert.equal((await call(t.app, viewer, 'GET', url('from=2020-01-01&to=2026-10-01'))).body.error.code, 'date_range_too_long');
    assert.equal((await call(t.app, viewer, 'GET', url('from=2026-13-01'))).status, 400);
    assert.equal((await call(t.app, viewer, 'GET', url(`channelId=${b.channelId}`))).status, 404);
    assert.equal((await call(t.app, b.token, 'GET', url(`postId=${formula.postId}`, b.workspaceId))).status, 404);
    assert.equal((await call(t.app, b.token, 'GET', url(`channelId=${a.channelId}`, b.workspaceId, 'analytics/top-posts'))).status, 404);
    assert.equal((await call(t.app, b.token, 'GET', url(RANGE))).status, 404);
    assert.equal((await call(t.app, b.token, 'GET', url(RANGE, a.workspaceId, 'analytics/top-posts.csv'))).status, 404);
    // The other workspace sees none of a's figures in its own analytics.
    const own = (await call(t.app, b.token, 'GET', url(RANGE, b.workspaceId))).body;
    assert.equal(own.totals.impressions, 0);
  });

  it('ranks the publications of the range by engagement rate or clicks', async () => {
    const byRate = (await call(t.app, viewer, 'GET', url(RANGE, a.workspaceId, 'analytics/top-posts'))).body;
    assert.deepEqual(byRate.posts.map((p: { publicationId: string }) => p.publicationId), [plain.publicationId, formula.publicationId]);
    assert.equal(byRate.posts[0].engagementRate, 0.3);
    const byClicks = (await call(t.app, viewer, 'GET', url(`${RANGE}&sort=clicks&limit=1`, a.workspaceId, 'analytics/top-posts'))).body;
    assert.deepEqual(byClicks.posts.map((p: { publicationId: string; clicks: number }) => [p.publicationId, p.clicks]), [[formula.publicationId, 6]]);
  });

  it('exports the table as CSV that a spreadsheet will not run', async () => {
    const res = await t.app.inject({ method: 'GET', url: url(`${RANGE}&sort=clicks`, a.workspaceId, 'analytics/top-posts.csv'), headers: { authorization: `Bearer ${viewer}` } });
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /^text\/csv/);
    assert.equal(res.headers['content-disposition'], 'attachment; filename="chorus-top-posts-2026-10-01-2026-10-07.csv"');
    const lines = res.body.split('\r\n');
    assert.match(lines[0]!, /^published_at,network,channel,text,url,impressions,engagements,engagement_rate,clicks,/);
    assert.ok(lines[1]!.includes(`,"'=cmd|""/c calc""!A1",`), lines[1]);
    assert.ok(res.body.includes('"Plain, ""quoted""\nsecond line"'), res.body);
  });

  it('exports the view as CSV: days, totals, the previous period and its change, networks and channels', async () => {
    const res = await t.app.inject({ method: 'GET', url: url(`${RANGE}&compare=previous`, a.workspaceId, 'analytics.csv'), headers: { authorization: `Bearer ${viewer}` } });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-disposition'], 'attachment; filename="chorus-analytics-2026-10-01-2026-10-07.csv"');
    const lines = res.body.trimEnd().split('\r\n');
    assert.equal(lines[0], 'section,day_or_name,impressions,views,engagements,engagement_rate,link_clicks,published');
    assert.equal(lines[2], 'day,2026-10-02,50,0,5,0.1,2,1');
    assert.equal(lines[8], 'total,2026-10-01..2026-10-07,240,0,25,0.1042,6,2');
    assert.equal(lines[9], 'previous_total,2026-09-24..2026-09-30,100,0,10,0.1,0,1');
    assert.ok(lines[10]!.startsWith('change_percent,vs previous,140,'), lines[10]);
    assert.ok(lines.includes('network,bluesky,240,0,25,0.1042,6,2'), res.body);
    assert.equal((await call(t.app, b.token, 'GET', url(RANGE, a.workspaceId, 'analytics.csv'))).status, 404);
  });
});
