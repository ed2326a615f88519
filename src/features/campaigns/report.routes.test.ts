/**
 * A campaign's report through the real API: a published post of the campaign with a tracked link, a metrics point,
 * a click, a visitor who shares, a lead and a sale — each counted once, in total and under its network, channel and
 * post; a link given the campaign by hand counted under "none". Another workspace's posts never leak in.
 * Run: node scripts/test.mjs src/features/campaigns/report.routes.test.ts
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { MemoryNetwork } from '../../../test/fakes/memory-network.js';
import { memberToken } from '../../../test/fakes/inbox-network.js';
import { runPublish } from '../publishing/publisher.js';
import { metricsRepository } from '../metrics/repository.js';

const SHOP = 'https://shop.example.com';
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/133.0';
const CAMPAIGN = { name: 'Launch', goal: 'leads', startsAt: '2027-01-01T00:00:00Z', endsAt: '2027-12-31T00:00:00Z' };

forEachDatabase('campaign report', (getDb) => {
  const { t, a, b } = useTenantApp(getDb, { network: new MemoryNetwork(), secondTenant: true, env: { CHORUS_LINK_BASE_URL: 'https://go.example.test' } });
  const ws = (tenant = a) => `/api/v1/workspaces/${tenant.workspaceId}`;
  let campaignId: string;
  let postId: string;
  let ip = 0;

  const click = async (code: string) => {
    const hop = await t.app.inject({ method: 'GET', url: `/l/${code}`, remoteAddress: `10.9.0.${++ip}`, headers: { 'user-agent': BROWSER } });
    assert.equal(hop.statusCode, 302, hop.body);
    return new URL(hop.headers.location as string).searchParams.get('chorus_cid')!;
  };
  const collect = (body: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/collect',
      remoteAddress: `10.8.0.${++ip}`,
      headers: { 'content-type': 'text/plain;charset=UTF-8', origin: SHOP },
      payload: JSON.stringify({ workspaceId: a.workspaceId, url: `${SHOP}/launch`, ...body }),
    });

  before(async () => {
    const made = await call(t.app, a.token, 'POST', `${ws()}/campaigns`, CAMPAIGN);
    assert.equal(made.status, 201, JSON.stringify(made.body));
    campaignId = made.body.id;
    const put = await call(t.app, a.token, 'PUT', `${ws()}/collect/origins`, { origins: [`${SHOP}/`] });
    assert.equal(put.status, 200, JSON.stringify(put.body));
  });

  it('counts the funnel from impression to sale, by network, channel and post', async () => {
    const post = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text: `Launch day ${SHOP}/launch`, channelIds: [a.channelId], publishNow: true, campaignId });
    assert.equal(post.status, 201, JSON.stringify(post.body));
    postId = post.body.id;
    const pub = post.body.publications[0];
    const db = getDb().db;
    const row = await db.selectFrom('publications').select('version').where('id', '=', pub.id).executeTakeFirstOrThrow();
    await runPublish(t.ctx, { publicationId: pub.id, version: row.version });
    await metricsRepository.addPoints(db, [
      { publicationId: pub.id, metrics: { externalId: 'x', likes: 3, reposts: 1, replies: 1, quotes: null, views: null, impressions: 10, fetchedAt: new Date('2027-01-02T00:00:00Z') } },
      { publicationId: pub.id, metrics: { externalId: 'x', likes: 8, reposts: 1, replies: 1, quotes: 0, views: null, impressions: 200, reach: 150, fetchedAt: new Date('2027-01-03T00:00:00Z') } },
    ]);
    const code = /go\.example\.test\/(\w+)/.exec(pub.text)![1]!;
    const cid = await click(code);
    await click(code);
    const root = (await collect({ type: 'share_token', cid })).json().ref as string;
    const child = await collect({ type: 'share_token', parentRef: root });
    assert.equal(child.statusCode, 200, child.body);
    assert.equal((await collect({ type: 'conversion', name: 'lead', cid })).statusCode, 204);
    assert.equal((await collect({ type: 'conversion', name: 'checkout', value: 49.9, currency: 'EUR', cid })).statusCode, 204);
    const hand = await call(t.app, a.token, 'POST', `${ws()}/links`, { url: `${SHOP}/flyer`, campaignId });
    await click(hand.body.code);
    // Another workspace's post with the same destination never counts here.
    const theirs = await call(t.app, b.token, 'POST', `${ws(b)}/posts`, { text: `Theirs ${SHOP}/launch`, channelIds: [b.channelId] });
    await click(/go\.example\.test\/(\w+)/.exec(theirs.body.publications[0].text)![1]!);
    await t.ctx.links.clicks.flush();

    const viewer = await memberToken(t.app, a.token, a.workspaceId, 'viewer');
    const res = await call(t.app, viewer, 'GET', `${ws()}/campaigns/${campaignId}/report`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const { total, funnel, byNetwork, byChannel, byPost, bySegment } = res.body;
    assert.equal(res.body.campaign.id, campaignId);
    assert.deepEqual([total.publications, total.links, total.impressions, total.reach, total.engagements], [1, 2, 200, 150, 10]);
    assert.equal(total.engagementRate, 10 / 200);
    assert.equal(total.clicks, 3, 'two on the post, one on the link made by hand');
    assert.deepEqual(total.leads, { count: 1, values: [] });
    assert.deepEqual(total.sales, { count: 1, values: [{ currency: 'EUR', sum: '49.9' }] });
    assert.equal(total.shares, 1, 'the first visitor brought the second');
    assert.ok(total.kFactor > 0);
    assert.deepEqual(funnel, [
      { stage: 'impressions', value: 200 },
      { stage: 'engagements', value: 10 },
      { stage: 'clicks', value: 3 },
      { stage: 'leads', value: 1 },
      { stage: 'sales', value: 1 },
    ]);
    assert.deepEqual(byNetwork.map((r: { key: string | null; clicks: number }) => [r.key, r.clicks]), [['bluesky', 2], [null, 1]]);
    assert.equal(byChannel[0].key, a.channelId);
    assert.ok(byChannel[0].label, 'the channel handle');
    assert.deepEqual(byPost.map((r: { key: string | null; label: string | null; sales: { count: number } }) => [r.key, r.sales.count]), [[postId, 1], [null, 0]]);
    assert.match(byPost[0].label, /^Launch day/);
    assert.deepEqual(bySegment.map((r: { key: string | null }) => r.key), [null], 'no segment variants: one row for everyone');
  });

  it('answers an empty funnel for a campaign with nothing yet, and 404 for an unknown one', async () => {
    const empty = await call(t.app, a.token, 'POST', `${ws()}/campaigns`, { ...CAMPAIGN, name: 'Empty' });
    const res = await call(t.app, a.token, 'GET', `${ws()}/campaigns/${empty.body.id}/report`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body.funnel.map((s: { value: number }) => s.value), [0, 0, 0, 0, 0]);
    assert.deepEqual([res.body.total.impressions, res.body.total.engagementRate, res.body.byPost], [null, null, []]);
    assert.equal((await call(t.app, a.token, 'GET', `${ws()}/campaigns/00000000-0000-4000-8000-000000000000/report`)).status, 404);
  });
});
