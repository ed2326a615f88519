/**
 * The account figures of a Facebook Page and an Instagram professional account, read by their connectors from the
 * strict fake Graph API and stored by the daily round. A token missing the insights permission still stores the
 * public counts (followers, media count) with null views and reach; one that cannot read the counts stores nothing
 * (the round goes on); a Page too small for insights keeps its followers with null views.
 * Run: node scripts/test.mjs test/fakes/meta/account-metrics.test.ts
 */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { it } from 'node:test';
import { forEachDatabase } from '../../../src/db/testing.js';
import { createFacebookConnector } from '../../../src/networks/facebook/index.js';
import { createInstagramConnector } from '../../../src/networks/instagram/index.js';
import { GRAPH_API_VERSION } from '../../../src/networks/meta/graph.js';
import { useAccountRound } from '../account-round.js';
import { channelContext, isNetworkError } from '../contract.js';
import { useFake } from '../fixtures.js';
import { startFakeMeta, type FakeMeta } from './server.js';

/** Every permission Chorus asks for but the one left out. */
const without = (permission: string) =>
  ['pages_show_list', 'pages_read_engagement', 'pages_manage_posts', 'read_insights', 'instagram_basic', 'instagram_manage_insights'].filter((p) => p !== permission);
const AT = new Date('2026-12-02T07:00:00Z');

forEachDatabase('Facebook and Instagram account figures against the fake', (getDb) => {
  let fake: FakeMeta;
  useFake(async () => (fake = await startFakeMeta()));
  const facebook = () => createFacebookConnector({ apiUrl: fake.baseUrl, appSecret: fake.appSecret });
  const instagram = () => createInstagramConnector({ apiUrl: fake.baseUrl, appSecret: fake.appSecret });
  const round = useAccountRound(getDb, () => [facebook(), instagram()]);

  const bakery = (name: string, permissions?: string[]) => {
    const made = fake.addPageWithOwner(name, { instagram: name.toLowerCase().replace(/\W/g, ''), permissions });
    Object.assign(made.page, { followers: 2500, fans: 2300, daily: { page_media_view: [900, 1200], page_total_media_view_unique: [400, 610] } });
    return made;
  };

  it('Facebook: followers_count, and the last day of page_media_view and page_total_media_view_unique', async () => {
    const { page } = bakery('Crumb');
    const figures = await facebook().fetchAccountMetrics!(channelContext(page.id, { accessToken: page.token }));
    assert.deepEqual(figures, { followers: 2500, following: null, posts: null, impressions: 1200, reach: 610 });
    const asked = fake.requests.find((r) => r.path.startsWith(`/${GRAPH_API_VERSION}/${page.id}/insights`));
    assert.match(asked?.path ?? '', /period=day/);
  });

  it('Facebook: the replaced page_impressions metrics and a user token are refused; a Page under 100 likes has no insights', async () => {
    const { page, owner } = bakery('Small');
    const get = (path: string, token: string) =>
      fetch(`${fake.baseUrl}/${GRAPH_API_VERSION}/${page.id}${path}&appsecret_proof=${proof(token)}`, { headers: { authorization: `Bearer ${token}` } });
    const proof = (token: string) => createHmacHex(fake.appSecret, token);
    assert.equal((await get('/insights?metric=page_impressions_unique&period=day', page.token)).status, 400);
    assert.equal((await get('/insights?metric=page_media_view&period=month', page.token)).status, 400);
    assert.equal((await get('/insights?metric=page_media_view&period=day', owner.token)).status, 400);
    page.fans = 40;
    const figures = await facebook().fetchAccountMetrics!(channelContext(page.id, { accessToken: page.token }));
    assert.deepEqual([figures.followers, figures.impressions, figures.reach], [2500, null, null]);
  });

  it('Facebook: the round stores the day; without read_insights the followers are kept, views and reach null', async () => {
    const { page } = bakery('Rounds');
    const stored = await round.run(await round.channel('facebook', page.id, { accessToken: page.token }), AT);
    assert.deepEqual([stored?.followers, stored?.impressions, stored?.reach], [2500, 1200, 610]);
    const denied = bakery('Denied', without('read_insights')).page;
    const insights = await fetch(`${fake.baseUrl}/${GRAPH_API_VERSION}/${denied.id}/insights?metric=page_media_view&period=day&appsecret_proof=${createHmacHex(fake.appSecret, denied.token)}`, {
      headers: { authorization: `Bearer ${denied.token}` },
    });
    assert.equal((await insights.json() as { error: { code: number } }).error.code, 10, 'the fake refuses the insights themselves');
    const figures = await facebook().fetchAccountMetrics!(channelContext(denied.id, { accessToken: denied.token }));
    assert.deepEqual(figures, { followers: 2500, following: null, posts: null, impressions: null, reach: null });
    const kept = await round.run(await round.channel('facebook', denied.id, { accessToken: denied.token }), AT);
    assert.deepEqual([kept?.followers, kept?.impressions, kept?.reach], [2500, null, null]);
  });

  it('Facebook: without pages_read_engagement (no followers either) or with a revoked token, nothing is stored', async () => {
    const blind = bakery('Blind', without('pages_read_engagement')).page;
    await assert.rejects(facebook().fetchAccountMetrics!(channelContext(blind.id, { accessToken: blind.token })), isNetworkError('auth', /permission/));
    assert.equal(await round.run(await round.channel('facebook', blind.id, { accessToken: blind.token }), AT), undefined);
    const { page } = bakery('Revoked');
    await assert.rejects(facebook().fetchAccountMetrics!(channelContext(page.id, { accessToken: 'revoked-token' })), isNetworkError('auth'));
  });

  it('Instagram: followers, follows, media count, and the day\'s reach and views as totals', async () => {
    const { page, ig } = bakery('Latte');
    Object.assign(ig!, { followers: 880, follows: 75, totals: { reach: 300, views: 1450 } });
    const figures = await instagram().fetchAccountMetrics!(channelContext(ig!.id, { accessToken: page.token, pageId: page.id }));
    assert.deepEqual(figures, { followers: 880, following: 75, posts: 0, impressions: 1450, reach: 300 });
    const asked = fake.requests.find((r) => r.path.startsWith(`/${GRAPH_API_VERSION}/${ig!.id}/insights`))?.path ?? '';
    assert.match(asked, /metric_type=total_value/);
    assert.doesNotMatch(asked, /impressions/);
  });

  it('Instagram: the round stores the day; without instagram_manage_insights the counts are kept, views and reach null', async () => {
    const made = bakery('Stored');
    Object.assign(made.ig!, { followers: 42, totals: { reach: 9, views: 30 } });
    const stored = await round.run(await round.channel('instagram', made.ig!.id, { accessToken: made.page.token, pageId: made.page.id }), AT);
    assert.deepEqual([stored?.followers, stored?.impressions, stored?.reach], [42, 30, 9]);
    const { page, ig } = bakery('No insights', without('instagram_manage_insights'));
    Object.assign(ig!, { followers: 77, follows: 5 });
    const credentials = { accessToken: page.token, pageId: page.id };
    const figures = await instagram().fetchAccountMetrics!(channelContext(ig!.id, credentials));
    assert.deepEqual(figures, { followers: 77, following: 5, posts: 0, impressions: null, reach: null });
    const kept = await round.run(await round.channel('instagram', ig!.id, credentials), AT);
    assert.deepEqual([kept?.followers, kept?.following, kept?.posts, kept?.impressions, kept?.reach], [77, 5, 0, null, null]);
  });

  it('Instagram: without instagram_basic the counts cannot be read and nothing is stored', async () => {
    const { page, ig } = bakery('No basic', without('instagram_basic'));
    const credentials = { accessToken: page.token, pageId: page.id };
    await assert.rejects(instagram().fetchAccountMetrics!(channelContext(ig!.id, credentials)), isNetworkError('auth', /permission/));
    assert.equal(await round.run(await round.channel('instagram', ig!.id, credentials), AT), undefined);
  });
});

function createHmacHex(key: string, value: string): string {
  return createHmac('sha256', key).update(value).digest('hex');
}
