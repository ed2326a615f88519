/**
 * The link preview route and the link card a Bluesky post gets, against a real HTTP server on this machine (allowed
 * only with CHORUS_ALLOW_PRIVATE_NETWORKS=1, as for any private deployment): tags, image facts, the audit, the
 * local-address guard, roles, and short links looked through only within their own workspace.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { memberToken } from '../../../test/fakes/inbox-network.js';
import { clearPreviewCache, linkCardFor } from './service.js';

let server: Server;
let site = '';
let image: Buffer;
const pages: Record<string, string> = {
  '/summer': `<html><head><title>Summer</title><meta property="og:title" content="Tastes of summer days">
    <meta property="og:description" content="Cold, refreshing, bottled sunshine."><meta property="og:image" content="/share.png">
    <meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="/summer"></head><body>…</body></html>`,
  '/bare': '<html><head><title>Bare</title></head></html>',
};

before(async () => {
  image = await sharp({ create: { width: 640, height: 336, channels: 3, background: '#f5c518' } }).png().toBuffer();
  server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/share.png') return void res.writeHead(200, { 'content-type': 'image/png', 'content-length': image.length }).end(image);
    if (path === '/old') return void res.writeHead(301, { location: '/summer' }).end();
    if (path === '/file.pdf') return void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF');
    const html = pages[path];
    if (!html) return void res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

forEachDatabase('link preview and link cards', (getDb) => {
  const { t, a, b } = useTenantApp(getDb, { secondTenant: true, env: { CHORUS_LINK_BASE_URL: 'https://go.example.test' } });
  const preview = (token: string, url: string, ws = a.workspaceId) => call(t.app, token, 'GET', `/api/v1/workspaces/${ws}/link-preview?url=${encodeURIComponent(url)}`);
  const allowPrivate = () => (process.env.CHORUS_ALLOW_PRIVATE_NETWORKS = '1');
  const guard = () => delete process.env.CHORUS_ALLOW_PRIVATE_NETWORKS;
  after(guard);

  it('the attack first: a page on this machine is refused by the local-address guard (422 unsafe_address)', async () => {
    guard();
    clearPreviewCache();
    // By name, not the address the other tests reach with private networks allowed: a kept-alive connection to it
    // (opened while allowed) would be reused without a new check, which only a test switching the setting can see.
    const res = await preview(a.token, `${site.replace('127.0.0.1', 'localhost')}/summer`);
    assert.equal(res.status, 422, JSON.stringify(res.body));
    assert.equal(res.body.error.code, 'unsafe_address');
    assert.equal(res.body.error.field, 'url');
    for (const bad of ['ftp://acme.example/x', 'not a url', 'https://user:pw@acme.example/']) {
      assert.equal((await preview(a.token, bad)).body.error?.code, 'invalid_url', bad);
    }
  });

  it('reads the card after redirects, measures the image and audits what is missing', async () => {
    allowPrivate();
    clearPreviewCache();
    const res = await preview(a.token, `${site}/old`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.finalUrl, `${site}/summer`);
    assert.equal(res.body.title, 'Tastes of summer days');
    assert.deepEqual([res.body.image.width, res.body.image.height, res.body.image.bytes], [640, 336, image.length]);
    assert.deepEqual(res.body.findings.map((f: { code: string }) => f.code), ['og_image_small', 'og_image_alt_missing']);
    const bare = await preview(a.token, `${site}/bare`);
    assert.equal(bare.body.findings[0].severity, 'error');
    assert.equal((await preview(a.token, `${site}/file.pdf`)).body.error.code, 'not_html');
    assert.equal((await preview(a.token, `${site}/missing`)).body.error.code, 'page_unavailable');
  });

  it('viewers cannot make the server fetch pages (403); another workspace is 404', async () => {
    const viewer = await memberToken(t.app, a.token, a.workspaceId, 'viewer');
    assert.equal((await preview(viewer, `${site}/summer`)).status, 403);
    assert.equal((await preview(b.token, `${site}/summer`)).status, 404);
  });

  it("a post's link card: the short link stays in the card, the tags are its destination's; another workspace's link is not looked through", async () => {
    allowPrivate();
    clearPreviewCache();
    const link = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/links`, { url: `${site}/summer` });
    assert.equal(link.status, 201, JSON.stringify(link.body));
    const card = await linkCardFor(t.ctx, a.workspaceId, `Summer is here ${link.body.shortUrl} !`);
    assert.equal(card?.url, link.body.shortUrl);
    assert.equal(card?.title, 'Tastes of summer days');
    assert.equal(card?.thumb?.mimeType, 'image/png');
    assert.ok(card?.thumb && card.thumb.bytes.equals(image));
    assert.equal(await linkCardFor(t.ctx, b.workspaceId, `Not yours ${link.body.shortUrl}`), null, "B's post does not reveal A's destination");
    assert.equal(await linkCardFor(t.ctx, a.workspaceId, 'No link at all'), null);
    assert.equal(await linkCardFor(t.ctx, a.workspaceId, `Gone ${site}/missing`), null, 'an unreadable page means no card, not a failed post');
  });
});
