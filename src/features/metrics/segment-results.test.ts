/**
 * Results per segment variant: the pure choice of the best variant, and `GET …/posts/{postId}/segments` over seeded
 * metrics, clicks, conversions and shares for two segment variants and the default publication.
 * Run: node scripts/test.mjs src/features/metrics/segment-results.test.ts
 */
import assert from 'node:assert/strict';
import { before, it, test } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { memberToken } from '../../../test/fakes/inbox-network.js';
import { markBest, type SegmentResult } from './segment-results.js';

const row = (segmentId: string | null, engagementRate: number | null, clicks: number): SegmentResult => ({
  segmentId, segmentName: segmentId, publications: 1, reach: null, impressions: null, engagements: 0, engagementRate, clicks,
  conversions: 0, conversionValue: [], shares: 0, best: false,
});
const bestOf = (rows: SegmentResult[]) => markBest(rows).flatMap((r) => (r.best ? [r.segmentId] : []));

test('best: highest engagement rate, then most clicks; ties on both are all marked', () => {
  assert.deepEqual(bestOf([row('a', 0.02, 1), row('b', 0.05, 0), row(null, 0.01, 9)]), ['b']);
  assert.deepEqual(bestOf([row('a', 0.05, 1), row('b', 0.05, 4), row(null, null, 0)]), ['b']);
  assert.deepEqual(bestOf([row('a', 0.05, 4), row('b', 0.05, 4)]), ['a', 'b']);
  // Without rates (networks that report no impressions or reach), clicks decide.
  assert.deepEqual(bestOf([row('a', null, 3), row(null, null, 5)]), [null]);
});

test('best: none without data, and none with a single row', () => {
  assert.deepEqual(bestOf([row('a', null, 0), row(null, null, 0)]), []);
  assert.deepEqual(bestOf([row(null, 0.3, 10)]), []);
});

forEachDatabase('metrics: results per segment', (getDb) => {
  const { t, a, b } = useTenantApp(getDb, { secondTenant: true });
  const url = (ws: string, postId: string) => `/api/v1/workspaces/${ws}/posts/${postId}/segments`;
  let postId: string;
  let hot: string;
  let cold: string;
  const pubOf = new Map<string | null, string>();

  before(async () => {
    const made = async (name: string, country: string) => {
      const res = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/segments`, { name, when: { country: { in: [country] } } });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body.id as string;
    };
    hot = await made('Singapore', 'SG');
    cold = await made('Norway', 'NO');
    const res = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, {
      text: 'Our new drink',
      channelIds: [a.channelId],
      scheduledAt: new Date(Date.now() + 86_400_000).toISOString(),
      variants: [
        { segmentId: hot, text: 'Ice cold, right now.' },
        { segmentId: cold, text: 'Warm up with a hot one.' },
      ],
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    postId = res.body.id;
    for (const p of res.body.publications as Array<{ id: string; segmentId: string | null }>) pubOf.set(p.segmentId, p.id);
    await seed();
  });

  /** What the collectors and rollups would have stored once the post was out. */
  async function seed() {
    const db = getDb().db;
    const at = (h: number) => new Date(Date.now() - h * 3_600_000);
    const point = (publication_id: string, hoursAgo: number, m: { likes: number; reposts?: number; impressions: number | null; reach?: number }) => ({
      publication_id, fetched_at: at(hoursAgo), likes: m.likes, reposts: m.reposts ?? 0, replies: 0, quotes: null, views: null,
      impressions: m.impressions, reach: m.reach ?? null, saves: null, link_clicks: null,
    });
    await db.insertInto('publication_metrics').values([
      point(pubOf.get(hot)!, 5, { likes: 1, impressions: 10 }), // an older point: only the latest counts
      point(pubOf.get(hot)!, 1, { likes: 40, reposts: 10, impressions: 1000, reach: 800 }),
      point(pubOf.get(cold)!, 1, { likes: 50, impressions: 1000, reach: 700 }),
      point(pubOf.get(null)!, 1, { likes: 20, impressions: 2000 }),
    ]).execute();
    const link = async (segment: string | null, code: string) => {
      const row = await db.insertInto('links').values({
        workspace_id: a.workspaceId, code, url: 'https://fizz.example/', utm: '{}', rules: '[]', tags: '[]', password_hash: null,
        expires_at: null, post_id: postId, publication_id: pubOf.get(segment)!, network: 'bluesky', channel_id: a.channelId, created_by: null,
        variants: 'null',
      }).returning('id').executeTakeFirstOrThrow();
      return row.id;
    };
    const hotLink = await link(hot, 'segHot1');
    const coldLink = await link(cold, 'segCold1');
    const defaultLink = await link(null, 'segDef01');
    const hour = (h: number) => new Date(Math.floor(Date.now() / 3_600_000 - h) * 3_600_000);
    await db.insertInto('link_stats_hourly').values([
      { link_id: hotLink, hour: hour(2), clicks: 4, bots: 9, qr: 0 },
      { link_id: hotLink, hour: hour(1), clicks: 3, bots: 0, qr: 0 },
      { link_id: coldLink, hour: hour(1), clicks: 12, bots: 0, qr: 0 },
      { link_id: defaultLink, hour: hour(1), clicks: 3, bots: 0, qr: 0 },
    ]).execute();
    const day = new Date().toISOString().slice(0, 10);
    await db.insertInto('conversion_stats_daily').values([
      { link_id: hotLink, day, name: 'purchase', network: 'bluesky', currency: 'EUR', conversions: 2, value: '10.5' },
      { link_id: hotLink, day, name: 'purchase', network: 'bluesky', currency: 'USD', conversions: 1, value: '5' },
      { link_id: defaultLink, day, name: 'signup', network: 'bluesky', currency: '', conversions: 1, value: '0' },
    ]).execute();
    const token = (tok: string, parent: string | null, visits: number, linkId: string, segment: string | null) => ({
      token: tok, workspace_id: a.workspaceId, parent_token: parent, click_id: null, link_id: linkId, post_id: postId,
      publication_id: pubOf.get(segment)!, network: 'bluesky', visits,
    });
    await db.insertInto('share_tokens').values([
      token('segtok-root', null, 2, hotLink, hot),
      token('segtok-b', 'segtok-root', 1, hotLink, hot),
      token('segtok-c', 'segtok-root', 0, hotLink, hot),
      token('segtok-d', 'segtok-b', 0, hotLink, hot),
      token('segtok-x', null, 0, coldLink, cold),
    ]).execute();
  }

  it('sums each variant over its publications and marks the best one (a viewer may read it)', async () => {
    const viewer = await memberToken(t.app, a.token, a.workspaceId, 'viewer');
    const res = await call(t.app, viewer, 'GET', url(a.workspaceId, postId));
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.metric, 'engagementRate');
    const [norway, singapore, everyone] = res.body.segments;
    assert.deepEqual(norway, {
      segmentId: cold, segmentName: 'Norway', publications: 1, reach: 700, impressions: 1000, engagements: 50, engagementRate: 0.05,
      clicks: 12, conversions: 0, conversionValue: [], shares: 0, best: true,
    });
    // Same rate as Norway (50 / 1000) but fewer clicks; bots are not clicks.
    assert.deepEqual(singapore, {
      segmentId: hot, segmentName: 'Singapore', publications: 1, reach: 800, impressions: 1000, engagements: 50, engagementRate: 0.05,
      clicks: 7, conversions: 3, conversionValue: [{ currency: 'EUR', sum: '10.5' }, { currency: 'USD', sum: '5' }], shares: 2, best: false,
    });
    assert.deepEqual(everyone, {
      segmentId: null, segmentName: null, publications: 1, reach: null, impressions: 2000, engagements: 20, engagementRate: 0.01,
      clicks: 3, conversions: 1, conversionValue: [], shares: 0, best: false,
    });
  });

  it("another workspace's post is 404, and so is an id that is not one", async () => {
    assert.equal((await call(t.app, b.token, 'GET', url(b.workspaceId, postId))).status, 404);
    assert.equal((await call(t.app, b.token, 'GET', url(a.workspaceId, postId))).status, 404);
    assert.equal((await call(t.app, a.token, 'GET', url(a.workspaceId, 'nope'))).status, 404);
  });

  it('a post without segment variants has the default row only, with nothing marked', async () => {
    const res = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, { text: 'Plain', channelIds: [a.channelId] });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const seg = await call(t.app, a.token, 'GET', url(a.workspaceId, res.body.id));
    assert.equal(seg.status, 200);
    assert.deepEqual(seg.body.segments.map((s: SegmentResult) => [s.segmentId, s.publications, s.engagementRate, s.best]), [[null, 1, null, false]]);
  });
});
