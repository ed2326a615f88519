import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';

const BROWSER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

forEachDatabase('links', (getDb) => {
  const { t, a } = useTenantApp(getDb, { env: { CHORUS_LINK_BASE_URL: 'https://go.example.test' } });

  const ws = () => `/api/v1/workspaces/${a.workspaceId}`;
  const follow = (code: string, headers: Record<string, string> = {}, method: 'GET' | 'HEAD' = 'GET', query = '') =>
    t.app.inject({ method, url: `/l/${code}${query}`, headers: { 'user-agent': BROWSER, ...headers } });

  it('creates a short link on the branded domain and redirects with UTM and a click id, keeping the query', async () => {
    const summer = await call(t.app, a.token, 'POST', `${ws()}/campaigns`, { name: 'Summer', goal: 'traffic', startsAt: '2027-06-01T00:00:00Z', endsAt: '2027-08-31T00:00:00Z' });
    const res = await call(t.app, a.token, 'POST', `${ws()}/links`, {
      url: 'https://shop.example.com/summer?ref=bio&utm_source=keep',
      utm: { source: 'bluesky', medium: 'social' },
      campaignId: summer.body.id,
      tags: ['summer'],
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.match(res.body.shortUrl, /^https:\/\/go\.example\.test\/[A-Za-z0-9]{7}$/);
    const hop = await follow(res.body.code);
    assert.equal(hop.statusCode, 302);
    const to = new URL(hop.headers.location as string);
    assert.equal(to.origin + to.pathname, 'https://shop.example.com/summer');
    assert.equal(to.searchParams.get('ref'), 'bio');
    assert.equal(to.searchParams.get('utm_source'), 'keep', "the destination's own UTM wins");
    assert.equal(to.searchParams.get('utm_medium'), 'social');
    assert.equal(to.searchParams.get('utm_campaign'), 'summer');
    assert.match(to.searchParams.get('chorus_cid') ?? '', /^[0-9a-f-]{36}$/);
    const listed = await call(t.app, a.token, 'GET', `${ws()}/links?tag=summer`);
    assert.equal(listed.body.links.length, 1);
  });

  it('refuses dangerous or looping destinations and bad codes with 4xx naming the field', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'https://user:pw@example.com/', 'ftp://example.com/x', 'not a url']) {
      const res = await call(t.app, a.token, 'POST', `${ws()}/links`, { url });
      assert.equal(res.status, 422, url);
      assert.equal(res.body.error.field, 'url');
    }
    const loop = await call(t.app, a.token, 'POST', `${ws()}/links`, { url: 'https://go.example.test/abc' });
    assert.equal(loop.body.error.code, 'redirect_loop');
    const ruleLoop = await call(t.app, a.token, 'POST', `${ws()}/links`, { url: 'https://example.com', rules: [{ when: { climate: 'hot' }, url: 'javascript:x' }] });
    assert.equal(ruleLoop.body.error.field, 'rules[0].url');
    const badCondition = await call(t.app, a.token, 'POST', `${ws()}/links`, { url: 'https://example.com', rules: [{ when: { country: { in: ['UK'] } }, url: 'https://example.com/gb' }] });
    assert.equal(badCondition.status, 422);
    assert.equal(badCondition.body.error.code, 'invalid_condition');
    assert.match(badCondition.body.error.message, /use "GB"/);
    assert.match(badCondition.body.error.field, /^rules\[0\]\.when/);
    const custom = await call(t.app, a.token, 'POST', `${ws()}/links`, { url: 'https://example.com', code: 'spring-sale' });
    assert.equal(custom.status, 201);
    const taken = await call(t.app, a.token, 'POST', `${ws()}/links`, { url: 'https://example.com', code: 'spring-sale' });
    assert.equal(taken.status, 409);
    const reserved = await call(t.app, a.token, 'POST', `${ws()}/links`, { url: 'https://example.com', code: 'api' });
    assert.equal(reserved.status, 422);
    const unknown = await follow('doesnotexist');
    assert.equal(unknown.statusCode, 404);
  });

  it('counts clicks into rollups: HEAD not counted, bots apart, one unique per visitor, breakdowns by referrer', async () => {
    const link = await call(t.app, a.token, 'POST', `${ws()}/links`, { url: 'https://example.com/stats' });
    const code = link.body.code as string;
    await follow(code, { referer: 'https://bsky.app/profile/x' });
    await follow(code, { referer: 'https://bsky.app/profile/y' });
    await follow(code, { 'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)', referer: 'https://mastodon.social/@x' });
    await follow(code, { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' });
    const head = await follow(code, {}, 'HEAD');
    assert.equal(head.statusCode, 302);
    await t.ctx.links.clicks.flush();
    const stats = await call(t.app, a.token, 'GET', `${ws()}/links/${link.body.id}/stats`);
    assert.equal(stats.status, 200, JSON.stringify(stats.body));
    assert.deepEqual(stats.body.totals, { clicks: 3, uniques: 2, bots: 1, qr: 0 });
    const referrers = Object.fromEntries(stats.body.breakdowns.referrer.map((r: { value: string; clicks: number }) => [r.value, r.clicks]));
    assert.deepEqual(referrers, { 'bsky.app': 2, 'mastodon.social': 1 });
    assert.equal(stats.body.series.reduce((n: number, p: { clicks: number }) => n + p.clicks, 0), 3);
    const qr = await follow(code, {}, 'GET', '?qr=1');
    assert.equal(qr.statusCode, 302);
    await t.ctx.links.clicks.flush();
    const after = await call(t.app, a.token, 'GET', `${ws()}/links/${link.body.id}/stats?interval=hour`);
    assert.equal(after.body.totals.qr, 1);
  });

  it('sends each audience where its rules say: the soft-drink example by climate, then country and device', async () => {
    const link = await call(t.app, a.token, 'POST', `${ws()}/links`, {
      url: 'https://drinks.example.com/',
      rules: [
        { when: { all: [{ device: { in: ['mobile'] } }, { country: { in: ['US'] } }] }, url: 'https://drinks.example.com/us-app' },
        { when: { climate: 'hot' }, url: 'https://drinks.example.com/ice-cold' },
        { when: { climate: 'cold' }, url: 'https://drinks.example.com/taste-of-summer' },
      ],
    });
    assert.equal(link.status, 201, JSON.stringify(link.body));
    t.ctx.links.redirector.clock = () => new Date('2027-01-15T12:00:00Z');
    try {
      const from = (ip: string, ua = BROWSER) =>
        t.app.inject({ method: 'GET', url: `/l/${link.body.code}`, remoteAddress: ip, headers: { 'user-agent': ua } });
      const where = async (ip: string, ua?: string) => new URL((await from(ip, ua)).headers.location as string).pathname;
      assert.equal(await where('200.160.2.3'), '/ice-cold', 'Brazil in January is hot');
      assert.equal(await where('77.88.8.8'), '/taste-of-summer', 'Russia in January is cold');
      assert.equal(await where('8.8.8.8', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1'), '/us-app');
      await t.ctx.links.clicks.flush();
      const stats = await call(t.app, a.token, 'GET', `${ws()}/links/${link.body.id}/stats?from=2027-01-01T00:00:00Z&to=2027-02-01T00:00:00Z`);
      const countries = Object.fromEntries(stats.body.breakdowns.country.map((r: { value: string; clicks: number }) => [r.value, r.clicks]));
      assert.deepEqual(countries, { BR: 1, RU: 1, US: 1 });
      const rules = Object.fromEntries(stats.body.breakdowns.rule.map((r: { value: string; clicks: number }) => [r.value, r.clicks]));
      assert.deepEqual(rules, { '0': 1, '1': 1, '2': 1 });
    } finally {
      t.ctx.links.redirector.clock = () => new Date();
    }
  });

  it('splits visitors between A/B arms, keeps a returning visitor on theirs, and reports each arm', async () => {
    const link = await call(t.app, a.token, 'POST', `${ws()}/links`, {
      url: 'https://shop.example.com/',
      variants: { mode: 'weighted', arms: [{ id: 'a', url: 'https://shop.example.com/a', weight: 1 }, { id: 'b', url: 'https://shop.example.com/b', weight: 1 }] },
    });
    assert.equal(link.status, 201, JSON.stringify(link.body));
    const first = await follow(link.body.code);
    const cookie = String(first.headers['set-cookie']).split(';')[0]!;
    assert.match(cookie, new RegExp(`^chorus_ab_${link.body.code}=(a|b)$`));
    const arm = cookie.split('=')[1]!;
    for (let i = 0; i < 5; i++) {
      const again = await follow(link.body.code, { cookie });
      assert.equal(new URL(again.headers.location as string).pathname, `/${arm}`, 'sticky');
      assert.equal(again.headers['set-cookie'], undefined);
    }
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) seen.add(new URL((await follow(link.body.code)).headers.location as string).pathname);
    assert.deepEqual([...seen].sort(), ['/a', '/b'], 'both arms get new visitors');
    const report = await call(t.app, a.token, 'GET', `${ws()}/links/${link.body.id}/variants`);
    assert.equal(report.status, 200, JSON.stringify(report.body));
    assert.equal(report.body.arms.reduce((n: number, x: { visits: number }) => n + x.visits, 0), 46);
    const p = report.body.arms.reduce((n: number, x: { probabilityBest: number }) => n + x.probabilityBest, 0);
    assert.ok(Math.abs(p - 1) < 1e-9);
    const bad = await call(t.app, a.token, 'POST', `${ws()}/links`, { url: 'https://x.example', variants: { mode: 'bandit', arms: [{ id: 'a', url: 'https://x.example/a' }] } });
    assert.equal(bad.status, 400);
    assert.match(bad.body.error.field, /^variants/);
  });

  it('answers 410 for archived and expired links, and asks for the password of protected ones', async () => {
    const link = await call(t.app, a.token, 'POST', `${ws()}/links`, { url: 'https://example.com/old' });
    const archived = await call(t.app, a.token, 'PATCH', `${ws()}/links/${link.body.id}`, { archived: true });
    assert.ok(archived.body.archivedAt);
    assert.equal((await follow(link.body.code)).statusCode, 410);
    const past = await call(t.app, a.token, 'POST', `${ws()}/links`, { url: 'https://example.com', expiresAt: '2001-01-01T00:00:00Z' });
    assert.equal(past.status, 422);

    const secret = await call(t.app, a.token, 'POST', `${ws()}/links`, { url: 'https://example.com/vip', password: 'open sesame' });
    assert.equal(secret.body.hasPassword, true);
    const form = await follow(secret.body.code);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /<form method="post">/);
    const post = (password: string) =>
      t.app.inject({
        method: 'POST',
        url: `/l/${secret.body.code}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': BROWSER },
        payload: `password=${encodeURIComponent(password)}`,
      });
    assert.equal((await post('wrong')).statusCode, 401);
    const ok = await post('open sesame');
    assert.equal(ok.statusCode, 302);
    assert.match(ok.headers.location as string, /^https:\/\/example\.com\/vip\?chorus_cid=/);
  });
});
