import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachDatabase } from '../../../db/testing.js';
import { call, type TestApp } from '../../../testing/app.js';
import { createTenantApp, type Tenant } from '../../../testing/scenario.js';
import { decodePng, PNG_SIGNATURE, pngModules, svgModules } from './image-check.js';
import { qrMatrix } from './render.js';

const BASE = 'https://go.example.test';

forEachDatabase('link QR codes', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  let link: { id: string; code: string; shortUrl: string; qrUrl: string };
  before(async () => {
    ({ app: t, tenant: a } = await createTenantApp(getDb(), { env: { CHORUS_LINK_BASE_URL: BASE, CHORUS_PUBLIC_URL: 'https://chorus.example.test' } }));
    const created = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/links`, { url: 'https://shop.example.com/qr' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    link = created.body;
  });
  after(async () => t?.close());

  const expected = () => qrMatrix(`${BASE}/${link.code}?qr=1`);

  it('serves an SVG whose modules encode the short URL with qr=1, at the qrUrl the API gives', async () => {
    assert.equal(link.qrUrl, `https://chorus.example.test/qr/${link.code}.svg`);
    const res = await t.app.inject({ method: 'GET', url: `/qr/${link.code}.svg` });
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /^image\/svg\+xml/);
    assert.match(res.body, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="512" height="512" viewBox="0 0 (\d+) \1"/);
    assert.doesNotMatch(res.body, /<script/i);
    const matrix = expected();
    assert.deepEqual(svgModules(res.body, matrix.length, 4), matrix);
    // Not the plain short URL: that would encode other modules, and scans would not count as scans.
    assert.notDeepEqual(svgModules(res.body, matrix.length, 4), qrMatrix(`${BASE}/${link.code}`));
  });

  it('serves a PNG of the asked size and margin that decodes to the same modules', async () => {
    for (const [size, margin] of [[512, 4], [300, 2], [2048, 0], [128, 1]] as const) {
      const res = await t.app.inject({ method: 'GET', url: `/qr/${link.code}.png?size=${size}&margin=${margin}` });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['content-type'], 'image/png');
      assert.ok(res.rawPayload.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature');
      const png = decodePng(res.rawPayload);
      assert.deepEqual([png.width, png.height], [size, size]);
      const matrix = expected();
      assert.deepEqual(pngModules(png, matrix.length, margin), matrix, `modules at size ${size}, margin ${margin}`);
      if (margin > 0) assert.equal(png.gray(1, 1), 255, 'the quiet zone is white');
    }
  });

  it('caches for long with an ETag and answers 304 when it matches', async () => {
    const first = await t.app.inject({ method: 'GET', url: `/qr/${link.code}.png?size=256` });
    const etag = String(first.headers.etag);
    assert.match(etag, /^"[\w-]{27}"$/);
    assert.match(String(first.headers['cache-control']), /^public, max-age=\d{7,}$/);
    const again = await t.app.inject({ method: 'GET', url: `/qr/${link.code}.png?size=256`, headers: { 'if-none-match': etag } });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
    const other = await t.app.inject({ method: 'GET', url: `/qr/${link.code}.png?size=257` });
    assert.notEqual(other.headers.etag, etag, 'another size is another image');
  });

  it('answers 404 for unknown and archived codes, 400 for sizes out of bounds', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: '/qr/nosuchcode.svg' })).statusCode, 404);
    for (const query of ['size=64', 'size=4096', 'size=abc', 'margin=-1', 'margin=40']) {
      const res = await t.app.inject({ method: 'GET', url: `/qr/${link.code}.png?${query}` });
      assert.equal(res.statusCode, 400, query);
    }
    const old = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/links`, { url: 'https://shop.example.com/old' });
    assert.equal((await t.app.inject({ method: 'GET', url: `/qr/${old.body.code}.svg` })).statusCode, 200);
    await call(t.app, a.token, 'PATCH', `/api/v1/workspaces/${a.workspaceId}/links/${old.body.id}`, { archived: true });
    assert.equal((await t.app.inject({ method: 'GET', url: `/qr/${old.body.code}.svg` })).statusCode, 404);
    assert.equal((await t.app.inject({ method: 'GET', url: `/qr/${old.body.code}.png` })).statusCode, 404);
  });

  it('a scan of the encoded URL is counted as a QR visit', async () => {
    const hop = await t.app.inject({ method: 'GET', url: `/l/${link.code}?qr=1`, headers: { 'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)' } });
    assert.equal(hop.statusCode, 302);
    await t.ctx.links.clicks.flush();
    const stats = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/links/${link.id}/stats`);
    assert.equal(stats.body.totals.qr, 1);
  });
});
