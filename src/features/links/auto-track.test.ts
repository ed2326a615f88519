import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';

forEachDatabase('automatic tracking of posts', (getDb) => {
  const { t, a } = useTenantApp(getDb, { env: { CHORUS_LINK_BASE_URL: 'https://go.example.test' } });

  const ws = () => `/api/v1/workspaces/${a.workspaceId}`;

  it('gives each publication its own short link with its network UTM, and attributes clicks to it', async () => {
    const res = await call(t.app, a.token, 'POST', `${ws()}/posts`, {
      text: 'New menu: https://bakery.example.com/menu?season=spring — and again https://bakery.example.com/menu?season=spring!',
      channelIds: [a.channelId],
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const pub = res.body.publications[0];
    const shorts = [...pub.text.matchAll(/https:\/\/go\.example\.test\/([A-Za-z0-9]+)/g)].map((m: RegExpMatchArray) => m[1]);
    assert.equal(shorts.length, 2);
    assert.equal(shorts[0], shorts[1], 'one link per distinct URL');
    assert.match(pub.text, /^New menu: https:\/\/go\.example\.test\/\w+ — and again https:\/\/go\.example\.test\/\w+!$/);
    assert.equal(res.body.text.includes('bakery.example.com'), true, "the post keeps the author's text");

    const hop = await t.app.inject({ method: 'GET', url: `/l/${shorts[0]}`, headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0' } });
    const to = new URL(hop.headers.location as string);
    assert.equal(to.searchParams.get('season'), 'spring');
    assert.equal(to.searchParams.get('utm_source'), 'bluesky');
    assert.equal(to.searchParams.get('utm_medium'), 'social');
    assert.equal(to.searchParams.get('utm_content'), pub.id);

    const links = await call(t.app, a.token, 'GET', `${ws()}/links`);
    const link = links.body.links.find((l: { code: string }) => l.code === shorts[0]);
    assert.equal(link.publicationId, pub.id);
    assert.equal(link.postId, res.body.id);
    assert.equal(link.network, 'bluesky');
    await t.ctx.links.clicks.flush();
    const stats = await call(t.app, a.token, 'GET', `${ws()}/links/${link.id}/stats`);
    assert.deepEqual(stats.body.breakdowns.network, [{ value: 'bluesky', clicks: 1 }]);

    // Editing keeps the same link for the same URL.
    const edited = await call(t.app, a.token, 'PATCH', `${ws()}/posts/${res.body.id}`, { text: 'Updated: https://bakery.example.com/menu?season=spring' });
    assert.match(edited.body.publications[0].text, new RegExp(`go\\.example\\.test/${shorts[0]}$`));
  });

  it("follows the workspace's UTM template and the post's campaign", async () => {
    const bad = await call(t.app, a.token, 'PUT', `${ws()}/utm-template`, { medium: 'social media' });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.field, 'medium');
    const put = await call(t.app, a.token, 'PUT', `${ws()}/utm-template`, { medium: 'organic-social', sources: { bluesky: 'bsky' }, campaign: 'always-on' });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    const follow = async (text: string) => {
      const code = /go\.example\.test\/(\w+)/.exec(text)![1]!;
      const hop = await t.app.inject({ method: 'GET', url: `/l/${code}`, headers: { 'user-agent': 'Mozilla/5.0 Firefox/133.0' } });
      return new URL(hop.headers.location as string).searchParams;
    };
    const spring = await call(t.app, a.token, 'POST', `${ws()}/campaigns`, { name: 'Spring 2027', goal: 'traffic', startsAt: '2027-03-01T00:00:00Z', endsAt: '2027-05-31T00:00:00Z' });
    assert.equal(spring.status, 201, JSON.stringify(spring.body));
    assert.equal(spring.body.utmCampaign, 'spring-2027', 'a slug of the name');
    const withCampaign = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text: 'Spring https://bakery.example.com/spring', channelIds: [a.channelId], campaignId: spring.body.id });
    const q = await follow(withCampaign.body.publications[0].text);
    assert.equal(q.get('utm_source'), 'bsky');
    assert.equal(q.get('utm_medium'), 'organic-social');
    assert.equal(q.get('utm_campaign'), 'spring-2027');
    assert.equal(withCampaign.body.campaignId, spring.body.id);
    const without = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text: 'Bread https://bakery.example.com/bread', channelIds: [a.channelId] });
    assert.equal((await follow(without.body.publications[0].text)).get('utm_campaign'), 'always-on');
    await call(t.app, a.token, 'PUT', `${ws()}/utm-template`, {});
  });

  it('leaves URLs alone when the author turns tracking off', async () => {
    const res = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text: 'Plain https://example.org/x', channelIds: [a.channelId], trackLinks: false });
    assert.equal(res.body.publications[0].text, 'Plain https://example.org/x');
    assert.equal(res.body.trackLinks, false);
  });
});
