/**
 * The website side of link tracking through the real API: what the snippet (src/features/tracking) sends, as it
 * sends it (JSON as text/plain, from a page's origin), down to cascades and conversion reports.
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { FIRST_OWNER_PASSWORD, useTenantApp } from '../../testing/scenario.js';
import { cascadeMetrics, type ShareNode } from '../cascades/metrics.js';
import { snippetSource } from '../tracking/snippet.js';
import { COLLECT_RATE_LIMIT } from './routes/collect.js';

const SHOP = 'https://shop.example.com';
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/133.0';

forEachDatabase('website tracking (collect)', (getDb) => {
  const { t, a, b } = useTenantApp(getDb, { env: { CHORUS_LINK_BASE_URL: 'https://go.example.test' }, secondTenant: true });
  let linkId: string;
  let postId: string;
  let publicationId: string;
  let code: string;
  let ipCounter = 0;

  before(async () => {
    // The real path: a post whose URL becomes a tracked short link (post, publication, network on the link).
    const post = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, { text: `Sale! ${SHOP}/summer?x=1`, channelIds: [a.channelId] });
    assert.equal(post.status, 201, JSON.stringify(post.body));
    postId = post.body.id;
    publicationId = post.body.publications[0].id;
    code = /go\.example\.test\/(\w+)/.exec(post.body.publications[0].text)![1]!;
    const links = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/links`);
    linkId = links.body.links.find((l: { code: string }) => l.code === code).id;
    for (const tenant of [a, b]) {
      const put = await call(t.app, tenant.token, 'PUT', `/api/v1/workspaces/${tenant.workspaceId}/collect/origins`, { origins: [`${SHOP}/`] });
      assert.equal(put.status, 200, JSON.stringify(put.body));
    }
  });

  /** A fresh click on the post's link, as a visitor's browser makes it: the chorus_cid it lands with. */
  async function click(linkCode = code): Promise<string> {
    const hop = await t.app.inject({ method: 'GET', url: `/l/${linkCode}`, headers: { 'user-agent': BROWSER } });
    assert.equal(hop.statusCode, 302);
    return new URL(hop.headers.location as string).searchParams.get('chorus_cid')!;
  }

  /** What sendBeacon / fetch send from a page on `origin`; each call comes from its own IP unless told. */
  function collect(body: Record<string, unknown> | string, o: { origin?: string | null; ip?: string; headers?: Record<string, string>; ws?: string } = {}) {
    const origin = o.origin === undefined ? SHOP : o.origin;
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/collect',
      remoteAddress: o.ip ?? `10.1.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`,
      headers: { 'content-type': 'text/plain;charset=UTF-8', ...(origin && { origin }), ...o.headers },
      payload: typeof body === 'string' ? body : JSON.stringify({ workspaceId: o.ws ?? a.workspaceId, url: `${SHOP}/summer?x=1`, ...body }),
    });
  }

  async function mint(body: Record<string, unknown>, ws?: string): Promise<string> {
    const res = await collect({ type: 'share_token', ...body }, { ws });
    assert.equal(res.statusCode, 200, res.body);
    const ref = res.json().ref as string;
    assert.match(ref, /^[A-Za-z0-9_-]{12}$/);
    return ref;
  }

  it('serves /t.js with caching headers and an ETag', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/t.js' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(res.headers['cache-control'], 'public, max-age=300');
    assert.equal(res.body, await snippetSource());
    const etag = res.headers.etag as string;
    assert.match(etag, /^"[\w-]+"$/);
    const again = await t.app.inject({ method: 'GET', url: '/t.js', headers: { 'if-none-match': `W/"x", ${etag}` } });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
  });

  it('stores a page view with a click id, attributed to its link and publication, without the IP', async () => {
    const cid = await click();
    const res = await collect({ type: 'pageview', referrer: 'https://bsky.app/profile/x/post/1', cid }, { ip: '203.0.113.7' });
    assert.equal(res.statusCode, 204, res.body);
    assert.equal(res.headers['access-control-allow-origin'], SHOP);
    assert.match(String(res.headers.vary), /Origin/);
    const row = await getDb().db.selectFrom('page_views').selectAll().where('click_id', '=', cid).executeTakeFirstOrThrow();
    assert.equal(row.link_id, linkId);
    assert.equal(row.publication_id, publicationId);
    assert.equal(row.referrer_host, 'bsky.app');
    assert.equal(row.workspace_id, a.workspaceId);
    assert.ok(!JSON.stringify(row).includes('203.0.113.7'), 'no IP stored');
    // A cid nobody clicked (or a mangled one) still records the view, attributed to nothing.
    for (const bad of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      assert.equal((await collect({ type: 'pageview', cid: bad })).statusCode, 204);
    }
  });

  it('mints share tokens three generations deep; cascades of the link and the post match cascadeMetrics', async () => {
    const root = await mint({ cid: await click() });
    const other = await mint({ cid: await click() });
    const child1 = await mint({ parentRef: root });
    const child2 = await mint({ parentRef: root });
    const grandchild = await mint({ parentRef: child1 });
    // Visits that landed with each token (what the pageviews with ref=X count).
    const visits: Record<string, number> = { [root]: 3, [child1]: 2, [child2]: 0, [grandchild]: 1, [other]: 0 };
    for (const [ref, n] of Object.entries(visits)) {
      for (let i = 0; i < n; i++) assert.equal((await collect({ type: 'pageview', ref })).statusCode, 204);
    }
    const rows = await getDb().db.selectFrom('share_tokens').selectAll().where('link_id', '=', linkId).execute();
    const mine = rows.filter((r) => r.token in visits);
    assert.equal(mine.length, 5);
    for (const r of mine) {
      assert.equal(r.post_id, postId);
      assert.equal(r.publication_id, publicationId);
      assert.equal(r.network, 'bluesky');
      assert.equal(Number(r.visits), visits[r.token]);
    }
    assert.equal(mine.find((r) => r.token === grandchild)!.parent_token, child1);

    const expected: ShareNode[] = rows.map((r) => ({ id: r.token, parentId: r.parent_token, visits: Number(r.visits) }));
    for (const url of [`links/${linkId}`, `posts/${postId}`]) {
      const res = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/${url}/cascade`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const want = cascadeMetrics(expected);
      assert.deepEqual(res.body.metrics, want);
      assert.ok(res.body.metrics.maxDepth >= 2, 'three generations');
      assert.equal(res.body.tree.capped, false);
      assert.equal(res.body.tree.total, rows.length);
      const drawn = new Map(res.body.tree.nodes.map((n: ShareNode) => [n.id, n]));
      assert.deepEqual(drawn.get(grandchild), { id: grandchild, parentId: child1, visits: 1 });
    }
  });

  it('credits conversions to link, post and network through own token, parent token or click', async () => {
    const cid = await click();
    const root = await mint({ cid });
    const own = await mint({ parentRef: root });
    const sent = [
      { type: 'conversion', name: 'sale', value: 19.99, currency: 'eur', cid, ref: root, ownRef: own },
      { type: 'conversion', name: 'sale', value: 0.01, currency: 'EUR', ref: root },
      { type: 'conversion', name: 'sale', value: 5, currency: 'USD', cid },
      { type: 'conversion', name: 'lead', cid },
      { type: 'conversion', name: 'newsletter signup' },
    ];
    for (const body of sent) assert.equal((await collect(body)).statusCode, 204);
    const rows = await getDb().db.selectFrom('conversions').selectAll().where('workspace_id', '=', a.workspaceId).orderBy('at').execute();
    assert.equal(rows.length, 5);
    for (const r of rows.slice(0, 4)) {
      assert.deepEqual([r.link_id, r.post_id, r.publication_id, r.network], [linkId, postId, publicationId, 'bluesky']);
    }
    assert.equal(rows[0]!.own_ref, own);
    assert.equal(rows[0]!.currency, 'EUR');
    assert.equal(rows[4]!.link_id, null, 'nothing to attribute: stored, credited to no link');

    const res = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/links/${linkId}/conversions`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body.total, { count: 4, values: [{ currency: 'EUR', sum: '20' }, { currency: 'USD', sum: '5' }] });
    assert.deepEqual(res.body.byName, [
      { name: 'sale', count: 3, values: [{ currency: 'EUR', sum: '20' }, { currency: 'USD', sum: '5' }] },
      { name: 'lead', count: 1, values: [] },
    ]);
    assert.deepEqual(res.body.byNetwork, [{ network: 'bluesky', count: 4, values: [{ currency: 'EUR', sum: '20' }, { currency: 'USD', sum: '5' }] }]);
    const past = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/links/${linkId}/conversions?from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z`);
    assert.equal(past.body.total.count, 0);
  });

  it('reports a post\'s conversions over all its links, to viewers of its workspace only', async () => {
    const url = (ws: string, id = postId, q = '') => `/api/v1/workspaces/${ws}/posts/${id}/conversions${q}`;
    const res = await call(t.app, a.token, 'GET', url(a.workspaceId));
    assert.equal(res.status, 200, JSON.stringify(res.body));
    // The conversions of the test above, all through this post's one link.
    assert.deepEqual(res.body.total, { count: 4, values: [{ currency: 'EUR', sum: '20' }, { currency: 'USD', sum: '5' }] });
    assert.deepEqual(res.body.byNetwork, [{ network: 'bluesky', count: 4, values: [{ currency: 'EUR', sum: '20' }, { currency: 'USD', sum: '5' }] }]);
    assert.deepEqual(res.body.byName.map((g: { name: string; count: number }) => [g.name, g.count]), [['sale', 3], ['lead', 1]]);
    const past = await call(t.app, a.token, 'GET', url(a.workspaceId, postId, '?from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z'));
    assert.deepEqual([past.status, past.body.total.count], [200, 0]);
    const backwards = await call(t.app, a.token, 'GET', url(a.workspaceId, postId, '?from=2020-02-01T00:00:00Z&to=2020-01-01T00:00:00Z'));
    assert.deepEqual([backwards.status, backwards.body.error.code, backwards.body.error.field], [422, 'invalid_range', 'from']);
    // Another workspace's post is not found, through that workspace or through one's own.
    assert.equal((await call(t.app, a.token, 'GET', url(b.workspaceId))).status, 404);
    assert.equal((await call(t.app, b.token, 'GET', url(b.workspaceId))).status, 404);
    assert.equal((await call(t.app, a.token, 'GET', url(a.workspaceId, 'not-a-uuid'))).status, 404);
    // Without a session, nothing.
    assert.equal((await t.app.inject({ method: 'GET', url: url(a.workspaceId) })).statusCode, 401);
  });

  it('answers only allowed origins (exact scheme, host and port), preflights included', async () => {
    for (const origin of ['https://evil.example.com', 'http://shop.example.com', 'https://shop.example.com:8443', null]) {
      const res = await collect({ type: 'pageview' }, { origin });
      assert.equal(res.statusCode, 403, `${origin}: ${res.body}`);
      assert.equal(res.headers['access-control-allow-origin'], undefined);
      assert.match(res.json().error.message, origin ? /not allowed to send tracking data/ : /no Origin header/);
    }
    const ok = await t.app.inject({ method: 'OPTIONS', url: '/api/v1/collect', headers: { origin: SHOP, 'access-control-request-method': 'POST' } });
    assert.equal(ok.statusCode, 204);
    assert.equal(ok.headers['access-control-allow-origin'], SHOP);
    assert.match(String(ok.headers['access-control-allow-methods']), /POST/);
    const denied = await t.app.inject({ method: 'OPTIONS', url: '/api/v1/collect', headers: { origin: 'https://evil.example.com' } });
    assert.equal(denied.statusCode, 403);
    assert.equal(denied.headers['access-control-allow-origin'], undefined);

    const list = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/collect/origins`);
    assert.deepEqual(list.body, { origins: [SHOP] });
    const bad = await call(t.app, a.token, 'PUT', `/api/v1/workspaces/${a.workspaceId}/collect/origins`, { origins: [SHOP, 'https://shop.example.com/cart'] });
    assert.equal(bad.status, 422);
    assert.equal(bad.body.error.field, 'origins[1]');
  });

  it('refuses bad bodies with 400/404/413/422 naming the field', async () => {
    const cases: Array<[Record<string, unknown> | string, number, string | undefined]> = [
      ['{not json', 400, undefined],
      [{ type: 'click' }, 400, 'type'],
      [{ type: 'conversion', name: 'x'.repeat(41) }, 400, 'name'],
      [{ type: 'conversion', name: 'sale', value: '12' }, 400, 'value'],
      [{ type: 'conversion', name: 'sale', value: 1, currency: 'EURO' }, 400, 'currency'],
      [{ type: 'conversion', name: 'sale', value: 1, currency: 'ZZZ' }, 422, 'currency'],
      [{ type: 'conversion', name: 'sale', value: 1 }, 422, 'currency'],
      [{ type: 'share_token' }, 422, 'cid'],
      [{ type: 'share_token', parentRef: 'nosuchtoken0' }, 422, 'parentRef'],
      [{ type: 'share_token', cid: '00000000-0000-4000-8000-000000000000' }, 422, 'cid'],
      [{ type: 'pageview', url: `${SHOP}/${'x'.repeat(4100)}` }, 413, undefined],
    ];
    for (const [body, status, field] of cases) {
      const res = await collect(body);
      assert.equal(res.statusCode, status, `${JSON.stringify(body).slice(0, 80)}: ${res.body}`);
      if (field) assert.equal(res.json().error.field, field, res.body);
    }
    assert.equal((await collect({ type: 'pageview' }, { ws: '7f1b6a4e-0000-4000-8000-000000000000' })).statusCode, 404);
    assert.equal((await collect({ type: 'pageview' }, { ws: 'nope' })).statusCode, 404);
    // The text/plain JSON parser lives in the collect route's scope only: elsewhere text/plain stays a string.
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'text/plain' }, payload: JSON.stringify({ email: a.email, password: FIRST_OWNER_PASSWORD }) });
    assert.equal(login.statusCode, 400, login.body);
  });

  it("mints a root for a parent token of another workspace when the click is valid, else 422", async () => {
    const bLink = await call(t.app, b.token, 'POST', `/api/v1/workspaces/${b.workspaceId}/links`, { url: `${SHOP}/b` });
    const bToken = await mint({ cid: await click(bLink.body.code) }, b.workspaceId);
    const ref = await mint({ cid: await click(), parentRef: bToken });
    const row = await getDb().db.selectFrom('share_tokens').selectAll().where('token', '=', ref).executeTakeFirstOrThrow();
    assert.equal(row.parent_token, null);
    assert.equal(row.workspace_id, a.workspaceId);
    assert.equal(row.link_id, linkId);
    const refused = await collect({ type: 'share_token', parentRef: bToken });
    assert.equal(refused.statusCode, 422);
    assert.equal(refused.json().error.field, 'parentRef');
    // B's click id is not A's either.
    const crossed = await collect({ type: 'share_token', cid: await click(bLink.body.code) });
    assert.equal(crossed.statusCode, 422);
  });

  it('ignores cookies that are not a live session (no session lookup succeeds, nothing set)', async () => {
    const res = await collect({ type: 'pageview' }, { headers: { cookie: 'chorus_session=forged; other=1' } });
    assert.equal(res.statusCode, 204, res.body);
    assert.equal(res.headers['set-cookie'], undefined);
  });

  it('credits a conversion to the A/B arm its visitor was sent to, so the bandit learns', async () => {
    const ab = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/links`, {
      url: `${SHOP}/`,
      variants: { mode: 'bandit', arms: [{ id: 'red', url: `${SHOP}/red` }, { id: 'blue', url: `${SHOP}/blue` }] },
    });
    assert.equal(ab.status, 201, JSON.stringify(ab.body));
    const hop = await t.app.inject({ method: 'GET', url: `/l/${ab.body.code}`, headers: { 'user-agent': BROWSER } });
    const landed = new URL(hop.headers.location as string);
    const arm = landed.pathname.slice(1);
    const cid = landed.searchParams.get('chorus_cid')!;
    await t.ctx.links.clicks.flush();
    const res = await collect({ type: 'conversion', name: 'sale', value: 20, currency: 'EUR', cid });
    assert.equal(res.statusCode, 204, res.body);
    const report = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/links/${ab.body.id}/variants`);
    const byArm = Object.fromEntries(report.body.arms.map((x: { id: string; visits: number; conversions: number }) => [x.id, [x.visits, x.conversions]]));
    assert.deepEqual(byArm[arm], [1, 1]);
  });

  // The route says `config.auth: false`, so the global auth hook neither resolves the session nor asks for a CSRF
  // token: a beacon sent with a signed-in user's cookie is recorded like any other.
  it('ignores cookies: a signed-in Chorus user browsing a tracked site is recorded like anyone', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: a.email, password: FIRST_OWNER_PASSWORD } });
    const session = login.cookies.find((c) => c.name === 'chorus_session')!.value;
    const res = await collect({ type: 'pageview' }, { headers: { cookie: `chorus_session=${session}` } });
    assert.equal(res.statusCode, 204, res.body);
  });

  it(`rate-limits per IP (${COLLECT_RATE_LIMIT.max} a minute) with 429`, async () => {
    let last = 0;
    for (let i = 0; i <= COLLECT_RATE_LIMIT.max; i++) last = (await collect('{}', { ip: '198.51.100.9' })).statusCode;
    assert.equal(last, 429);
    assert.equal((await collect({ type: 'pageview' }, { ip: '198.51.100.10' })).statusCode, 204, 'another IP is unaffected');
  });
});
