/**
 * Campaigns through the real API: who may write them, what another workspace sees of them (nothing), how posts and
 * links take them (and their utm_campaign), and why one in use is kept.
 * Run: node scripts/test.mjs src/features/campaigns/campaigns.routes.test.ts
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { memberToken } from '../../../test/fakes/inbox-network.js';

const SPRING = { name: 'Été 2027 — Paris!', goal: 'traffic', startsAt: '2027-06-01T00:00:00Z', endsAt: '2027-08-31T23:59:59Z' };

forEachDatabase('campaigns', (getDb) => {
  const { t, a, b } = useTenantApp(getDb, { secondTenant: true, env: { CHORUS_LINK_BASE_URL: 'https://go.example.test' } });
  const ws = (tenant = a) => `/api/v1/workspaces/${tenant.workspaceId}`;
  let viewer: string;
  let contributor: string;
  let editor: string;
  let spring: { id: string; utmCampaign: string };

  before(async () => {
    viewer = await memberToken(t.app, a.token, a.workspaceId, 'viewer');
    contributor = await memberToken(t.app, a.token, a.workspaceId, 'contributor');
    editor = await memberToken(t.app, a.token, a.workspaceId, 'editor');
  });

  const follow = async (code: string) => {
    const hop = await t.app.inject({ method: 'GET', url: `/l/${code}`, headers: { 'user-agent': 'Mozilla/5.0 Firefox/133.0' } });
    assert.equal(hop.statusCode, 302, hop.body);
    return new URL(hop.headers.location as string).searchParams;
  };
  const codeIn = (text: string) => /go\.example\.test\/(\w+)/.exec(text)![1]!;

  it('editors create campaigns, every member reads them, viewers and contributors cannot write', async () => {
    assert.equal((await call(t.app, viewer, 'POST', `${ws()}/campaigns`, SPRING)).status, 403);
    assert.equal((await call(t.app, contributor, 'POST', `${ws()}/campaigns`, SPRING)).status, 403);
    const made = await call(t.app, editor, 'POST', `${ws()}/campaigns`, SPRING);
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.equal(made.body.utmCampaign, 'ete-2027-paris', 'a slug of the name');
    assert.equal(made.body.goal, 'traffic');
    spring = made.body;
    const again = await call(t.app, editor, 'POST', `${ws()}/campaigns`, { ...SPRING, name: 'été 2027 — paris!' });
    assert.deepEqual([again.status, again.body.error.code, again.body.error.field], [409, 'campaign_name_taken', 'name']);
    const backwards = await call(t.app, editor, 'POST', `${ws()}/campaigns`, { ...SPRING, name: 'Back', endsAt: '2027-05-01T00:00:00Z' });
    assert.deepEqual([backwards.status, backwards.body.error.code, backwards.body.error.field], [422, 'campaign_ends_before_start', 'endsAt']);
    const badGoal = await call(t.app, editor, 'POST', `${ws()}/campaigns`, { ...SPRING, name: 'Goal', goal: 'sales' });
    assert.equal(badGoal.status, 400);

    const listed = await call(t.app, viewer, 'GET', `${ws()}/campaigns`);
    assert.deepEqual(listed.body.campaigns.map((c: { id: string }) => c.id), [spring.id]);
    assert.equal((await call(t.app, viewer, 'GET', `${ws()}/campaigns/${spring.id}`)).body.name, SPRING.name);
    assert.equal((await call(t.app, viewer, 'PATCH', `${ws()}/campaigns/${spring.id}`, { goal: 'leads' })).status, 403);
    assert.equal((await call(t.app, viewer, 'DELETE', `${ws()}/campaigns/${spring.id}`)).status, 403);
  });

  it("shows another workspace nothing, and refuses its campaign on this workspace's posts and links", async () => {
    for (const [method, body] of [['GET', undefined], ['PATCH', { goal: 'leads' }], ['DELETE', undefined]] as const) {
      const res = await call(t.app, b.token, method, `${ws(a)}/campaigns/${spring.id}`, body);
      assert.equal(res.status, 404, `${method}: not a member of a`);
      const across = await call(t.app, b.token, method, `${ws(b)}/campaigns/${spring.id}`, body);
      assert.equal(across.status, 404, `${method} through b's workspace: ${JSON.stringify(across.body)}`);
    }
    assert.equal((await call(t.app, b.token, 'GET', `${ws(b)}/campaigns/${spring.id}/report`)).status, 404);
    const post = await call(t.app, b.token, 'POST', `${ws(b)}/posts`, { text: 'Mine', channelIds: [b.channelId], campaignId: spring.id });
    assert.deepEqual([post.status, post.body.error.code, post.body.error.field], [422, 'unknown_campaign', 'campaignId']);
    const link = await call(t.app, b.token, 'POST', `${ws(b)}/links`, { url: 'https://example.com/b', campaignId: spring.id });
    assert.deepEqual([link.status, link.body.error.code, link.body.error.field], [422, 'unknown_campaign', 'campaignId']);
    const own = await call(t.app, b.token, 'POST', `${ws(b)}/campaigns`, { ...SPRING, name: 'B spring' });
    const mine = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text: 'Ours', channelIds: [a.channelId] });
    const patched = await call(t.app, a.token, 'PATCH', `${ws()}/posts/${mine.body.id}`, { campaignId: own.body.id });
    assert.deepEqual([patched.status, patched.body.error.code], [422, 'unknown_campaign']);
    assert.equal((await call(t.app, a.token, 'POST', `${ws()}/posts`, { text: 'x', channelIds: [a.channelId], campaignId: 'not-a-uuid' })).status, 422);
  });

  it("gives its posts' and links' tracked URLs its utm_campaign, and carries a new one to all of them", async () => {
    const post = await call(t.app, contributor, 'POST', `${ws()}/posts`, { text: 'Summer https://bakery.example.com/summer', channelIds: [a.channelId], campaignId: spring.id });
    assert.equal(post.status, 201, JSON.stringify(post.body));
    assert.equal(post.body.campaignId, spring.id);
    const postCode = codeIn(post.body.publications[0].text);
    assert.equal((await follow(postCode)).get('utm_campaign'), 'ete-2027-paris');
    const link = await call(t.app, a.token, 'POST', `${ws()}/links`, { url: 'https://bakery.example.com/menu', utm: { medium: 'email' }, campaignId: spring.id });
    assert.equal(link.status, 201, JSON.stringify(link.body));
    assert.deepEqual([link.body.campaignId, link.body.utm.campaign], [spring.id, 'ete-2027-paris']);

    const renamed = await call(t.app, editor, 'PATCH', `${ws()}/campaigns/${spring.id}`, { utmCampaign: 'summer-2027' });
    assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
    assert.equal((await follow(postCode)).get('utm_campaign'), 'summer-2027', 'the cached link was forgotten');
    assert.equal((await follow(link.body.code)).get('utm_campaign'), 'summer-2027');
    assert.equal((await follow(link.body.code)).get('utm_medium'), 'email');

    const edited = await call(t.app, a.token, 'PATCH', `${ws()}/links/${link.body.id}`, { utm: { medium: 'newsletter' } });
    assert.deepEqual(edited.body.utm, { medium: 'newsletter', campaign: 'summer-2027' }, 'editing the UTM keeps the campaign');
    const out = await call(t.app, a.token, 'PATCH', `${ws()}/posts/${post.body.id}`, { campaignId: null });
    assert.equal(out.status, 200, JSON.stringify(out.body));
    assert.equal(out.body.campaignId, null);
    assert.equal((await follow(postCode)).get('utm_campaign'), null, "the post's links left the campaign with it");
  });

  it('keeps a campaign that posts or links belong to: delete answers 409, archiving hides it from new posts', async () => {
    const busy = await call(t.app, editor, 'DELETE', `${ws()}/campaigns/${spring.id}`);
    assert.deepEqual([busy.status, busy.body.error.code], [409, 'campaign_in_use']);
    const archived = await call(t.app, editor, 'PATCH', `${ws()}/campaigns/${spring.id}`, { archived: true });
    assert.ok(archived.body.archivedAt);
    assert.deepEqual((await call(t.app, viewer, 'GET', `${ws()}/campaigns`)).body.campaigns, []);
    assert.equal((await call(t.app, viewer, 'GET', `${ws()}/campaigns?archived=true`)).body.campaigns.length, 1);
    const refused = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text: 'Late', channelIds: [a.channelId], campaignId: spring.id });
    assert.deepEqual([refused.status, refused.body.error.code], [422, 'campaign_archived']);
    assert.equal((await call(t.app, editor, 'PATCH', `${ws()}/campaigns/${spring.id}`, { archived: false })).body.archivedAt, null);

    const unused = await call(t.app, editor, 'POST', `${ws()}/campaigns`, { ...SPRING, name: 'Unused', utmCampaign: 'x' });
    assert.equal((await call(t.app, editor, 'DELETE', `${ws()}/campaigns/${unused.body.id}`)).status, 204);
    assert.equal((await call(t.app, viewer, 'GET', `${ws()}/campaigns/${unused.body.id}`)).status, 404);
  });
});
