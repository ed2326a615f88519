import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp, type Tenant } from '../../testing/scenario.js';

const BASE = 'https://go.example.test';

forEachDatabase('link-in-bio pages', (getDb) => {
  const { t, a, b } = useTenantApp(getDb, { env: { CHORUS_LINK_BASE_URL: BASE, CHORUS_PUBLIC_URL: 'https://chorus.example.test' }, secondTenant: true });
  const links: Record<string, { id: string; code: string }> = {};
  before(async () => {
    for (const [name, tenant] of [['shop', a], ['blog', a], ['old', a], ['theirs', b]] as const) {
      const res = await call(t.app, tenant.token, 'POST', `/api/v1/workspaces/${tenant.workspaceId}/links`, { url: `https://example.com/${name}` });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      links[name] = res.body;
    }
  });

  const bioOf = (tenant: Tenant) => `/api/v1/workspaces/${tenant.workspaceId}/bio`;
  /** Page items pointing at the links made in `before`, by name: `itemsOf(['shop', 'The shop'], ['blog', 'Blog'])`. */
  const itemsOf = (...named: Array<[link: string, label: string]>) => named.map(([link, label]) => ({ linkId: links[link]!.id, label }));
  const page = (slug: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url: `/bio/${slug}`, headers });

  it('saves a page with its ordered items, and shows it back', async () => {
    assert.equal((await call(t.app, a.token, 'GET', bioOf(a))).status, 404, 'no page before the first save');
    const saved = await call(t.app, a.token, 'PUT', bioOf(a), {
      slug: 'Acme-Store',
      title: 'Acme',
      description: 'Everything we post about, in one place.',
      theme: 'ocean',
      items: itemsOf(['blog', 'Our blog'], ['shop', 'The shop']),
    });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.equal(saved.body.slug, 'acme-store', 'slugs are stored lowercase');
    assert.equal(saved.body.url, 'https://chorus.example.test/bio/acme-store');
    assert.deepEqual(
      saved.body.items.map((i: { label: string; url: string; shown: boolean }) => [i.label, i.url, i.shown]),
      [
        ['Our blog', `${BASE}/${links.blog!.code}?src=bio`, true],
        ['The shop', `${BASE}/${links.shop!.code}?src=bio`, true],
      ],
    );
    const read = await call(t.app, a.token, 'GET', bioOf(a));
    assert.deepEqual(read.body, JSON.parse(JSON.stringify(saved.body)));
  });

  it('refuses links of another workspace (422 naming the item), a taken slug (409), bad slugs and themes', async () => {
    const foreign = await call(t.app, a.token, 'PUT', bioOf(a), {
      slug: 'acme-store',
      items: itemsOf(['shop', 'Shop'], ['theirs', 'Not ours']),
    });
    assert.equal(foreign.status, 422, JSON.stringify(foreign.body));
    assert.equal(foreign.body.error.code, 'unknown_link');
    assert.equal(foreign.body.error.field, 'items[1].linkId');
    const notAnId = await call(t.app, a.token, 'PUT', bioOf(a), { slug: 'acme-store', items: [{ linkId: 'nope', label: 'x' }] });
    assert.equal(notAnId.status, 422);

    const taken = await call(t.app, b.token, 'PUT', bioOf(b), { slug: 'ACME-store', items: [] });
    assert.equal(taken.status, 409, JSON.stringify(taken.body));
    assert.equal(taken.body.error.field, 'slug');
    assert.equal((await call(t.app, b.token, 'GET', bioOf(b))).status, 404, 'nothing saved');
    assert.equal((await call(t.app, b.token, 'PUT', bioOf(b), { slug: 'beta', items: itemsOf(['theirs', 'Ours']) })).status, 200);

    for (const slug of ['ab', 'has space', 'a/b', 'é-accent']) {
      const res = await call(t.app, a.token, 'PUT', bioOf(a), { slug, items: [] });
      assert.equal(res.status, 422, slug);
      assert.equal(res.body.error.field, 'slug');
    }
    const theme = await call(t.app, a.token, 'PUT', bioOf(a), { slug: 'acme-store', theme: 'neon', items: [] });
    assert.equal(theme.status, 400);
    const emptyLabel = await call(t.app, a.token, 'PUT', bioOf(a), { slug: 'acme-store', items: itemsOf(['shop', '  ']) });
    assert.equal(emptyLabel.status, 400);
    const media = await call(t.app, a.token, 'PUT', bioOf(a), { slug: 'acme-store', avatarMediaId: links.shop!.id, items: [] });
    assert.equal(media.status, 422);
    assert.equal(media.body.error.field, 'avatarMediaId');
    // The page is as it was: failed saves change nothing.
    assert.equal((await call(t.app, a.token, 'GET', bioOf(a))).body.items.length, 2);
  });

  it('lets editors and above change the page, not contributors; other workspaces get 404', async () => {
    const token = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/tokens`, { name: 'contrib', role: 'contributor' });
    assert.equal(token.status, 201);
    const put = await call(t.app, token.body.token, 'PUT', bioOf(a), { slug: 'acme-store', items: [] });
    assert.equal(put.status, 403);
    assert.equal((await call(t.app, token.body.token, 'GET', bioOf(a))).status, 200, 'anyone in the workspace may read it');
    assert.equal((await call(t.app, b.token, 'GET', bioOf(a))).status, 404);
    assert.equal((await call(t.app, b.token, 'PUT', bioOf(a), { slug: 'stolen', items: [] })).status, 404);
  });

  it('renders the public page: items in order with their short URLs, escaped text, small, no script', async () => {
    const saved = await call(t.app, a.token, 'PUT', bioOf(a), {
      slug: 'acme-store',
      title: 'Acme <script>alert(1)</script>',
      description: 'Tips & "tricks"',
      theme: 'dark',
      lang: 'fr',
      items: itemsOf(['shop', 'Shop <b>now</b>'], ['old', 'Old offer'], ['blog', 'Blog']),
    });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    const res = await page('acme-store');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/html; charset=utf-8/);
    assert.match(String(res.headers['content-security-policy']), /default-src 'none'/);
    const html = res.body;
    assert.ok(Buffer.byteLength(html) < 10_240, `${Buffer.byteLength(html)} bytes`);
    assert.doesNotMatch(html, /<script/i);
    assert.match(html, /^<!doctype html><html lang="fr">/);
    assert.match(html, /<title>Acme &#60;script&#62;alert\(1\)&#60;\/script&#62;<\/title>/);
    assert.match(html, /Tips &#38; &#34;tricks&#34;/);
    assert.match(html, /Shop &#60;b&#62;now&#60;\/b&#62;/);
    const hrefs = [...html.matchAll(/<a href="([^"]+)">([^<]*)/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(hrefs, [
      [`${BASE}/${links.shop!.code}?src=bio`, 'Shop &#60;b&#62;now&#60;/b&#62;'],
      [`${BASE}/${links.old!.code}?src=bio`, 'Old offer'],
      [`${BASE}/${links.blog!.code}?src=bio`, 'Blog'],
    ]);
    assert.equal((await page('ACME-STORE')).statusCode, 200, 'slugs ignore case');
    const again = await page('acme-store', { 'if-none-match': String(res.headers.etag) });
    assert.equal(again.statusCode, 304);
  });

  it('leaves archived links out (at once after a save), answers 404 for unknown slugs', async () => {
    await call(t.app, a.token, 'PATCH', `/api/v1/workspaces/${a.workspaceId}/links/${links.old!.id}`, { archived: true });
    // Re-saving the page (as the editor would) refreshes the cached page in this process at once.
    const saved = await call(t.app, a.token, 'PUT', bioOf(a), {
      slug: 'acme-store',
      title: 'Acme',
      items: itemsOf(['blog', 'Blog'], ['old', 'Old offer'], ['shop', 'Shop']),
    });
    assert.deepEqual(saved.body.items.map((i: { shown: boolean }) => i.shown), [true, false, true]);
    const html = (await page('acme-store')).body;
    const labels = [...html.matchAll(/<a href="[^"]+">([^<]*)/g)].map((m) => m[1]);
    assert.deepEqual(labels, ['Blog', 'Shop']);
    assert.doesNotMatch(html, new RegExp(links.old!.code));
    for (const slug of ['nobody-here', 'x', '%3Cscript%3E']) {
      const res = await page(slug);
      assert.equal(res.statusCode, 404, slug);
      assert.doesNotMatch(res.body, /<script/i);
    }
  });

  it('a visitor following an item is counted by the redirector as usual', async () => {
    const url = new URL(`${BASE}/${links.blog!.code}?src=bio`);
    const hop = await t.app.inject({ method: 'GET', url: `/l/${links.blog!.code}${url.search}`, headers: { 'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)' } });
    assert.equal(hop.statusCode, 302);
    assert.match(String(hop.headers.location), /^https:\/\/example\.com\/blog/);
    await t.ctx.links.clicks.flush();
    const stats = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/links/${links.blog!.id}/stats`);
    assert.equal(stats.body.totals.clicks, 1);
  });
});
