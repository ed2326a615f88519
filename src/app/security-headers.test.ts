import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase, type TestDatabase } from '../db/testing.js';
import { createTestApp, call, type TestApp } from '../testing/app.js';
import { createTenantApp, type Tenant } from '../testing/scenario.js';
import { NetworkRegistry } from '../networks/registry.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const webIndex = path.join(repo, 'dist/web/index.html');

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: unknown): Map<string, string[]> {
  assert.equal(typeof header, 'string', 'one Content-Security-Policy header');
  const map = new Map<string, string[]>();
  for (const part of String(header).split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

describe('security headers', () => {
  let database: TestDatabase;
  let t: TestApp;
  let a: Tenant;
  before(async () => {
    // The server serves dist/web when it exists; build it once if this checkout has not yet.
    if (!existsSync(webIndex)) {
      const { build } = await import('vite');
      await build({ configFile: path.join(repo, 'vite.config.ts'), logLevel: 'warn' });
    }
    database = await openTestDatabase('pglite');
    ({ app: t, tenant: a } = await createTenantApp(database, {
      env: {
        CHORUS_PUBLIC_URL: 'https://chorus.example.test',
        CHORUS_LINK_BASE_URL: 'https://go.example.test',
      },
    }));
  });
  after(async () => {
    await t?.close();
    await database?.close();
  });

  it('sends a strict policy on API answers, errors included', async () => {
    for (const res of [
      await t.app.inject({ method: 'GET', url: '/api/v1/setup' }),
      await t.app.inject({ method: 'GET', url: '/api/v1/me' }),
      await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' }),
    ]) {
      const csp = directives(res.headers['content-security-policy']);
      assert.deepEqual(csp.get('frame-ancestors'), ["'none'"], res.body);
      assert.deepEqual(csp.get('script-src'), ["'self'"]);
      assert.deepEqual(csp.get('object-src'), ["'none'"]);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.equal(res.headers['x-frame-options'], 'DENY');
      assert.equal(res.headers['referrer-policy'], 'same-origin');
      assert.match(String(res.headers['strict-transport-security']), /^max-age=\d{8},?/, 'served over https: HSTS');
    }
  });

  it('serves the web app under a policy it works with: its scripts are files, its images may come from networks', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/' });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<div id="root">/);
    const csp = directives(res.headers['content-security-policy']);
    assert.deepEqual(csp.get('default-src'), ["'self'"]);
    assert.deepEqual(csp.get('script-src'), ["'self'"], 'no inline script, no eval');
    assert.deepEqual(csp.get('connect-src'), ["'self'"]);
    // Uploaded media previews (blob:), chart exports (data:), avatars from networks' CDNs (https:).
    for (const source of ["'self'", 'blob:', 'data:', 'https:']) assert.ok(csp.get('img-src')?.includes(source), `img-src ${source}`);
    assert.equal(csp.get('img-src')?.includes('http:'), false, 'served over https: no plain http pictures');
    assert.deepEqual(csp.get('upgrade-insecure-requests'), []);
    assert.ok(csp.get('media-src')?.includes('blob:'));
    assert.deepEqual(csp.get('frame-ancestors'), ["'none'"]);
    // Every script of the built page is a file of the same origin: nothing the policy would refuse.
    const html = await readFile(webIndex, 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    assert.ok(scripts.length > 0);
    for (const [, attributes, body] of scripts) {
      assert.match(attributes!, /\bsrc="\/assets\//);
      assert.equal(body!.trim(), '', 'no inline script');
    }
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handler');
  });

  it('sends no HSTS when Chorus is served over plain http', async () => {
    const plainDb = await openTestDatabase('pglite');
    const plain = await createTestApp(plainDb, { networks: new NetworkRegistry(), env: { CHORUS_PUBLIC_URL: 'http://192.168.1.20:8080' } });
    try {
      const res = await plain.app.inject({ method: 'GET', url: '/api/v1/setup' });
      assert.equal(res.headers['strict-transport-security'], undefined);
      const csp = directives(res.headers['content-security-policy']);
      assert.equal(csp.has('upgrade-insecure-requests'), false);
      assert.ok(csp.get('img-src')?.includes('http:'), 'pictures of a network served over plain http');
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
    } finally {
      await plain.close();
      await plainDb.close();
    }
  });

  it('keeps the public bio page on its own, stricter policy', async () => {
    const link = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/links`, { url: 'https://example.com/shop' });
    const saved = await call(t.app, a.token, 'PUT', `/api/v1/workspaces/${a.workspaceId}/bio`, {
      slug: 'acme-headers',
      title: 'Acme',
      items: [{ linkId: link.body.id, label: 'Shop' }],
    });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    for (const slug of ['acme-headers', 'no-such-page']) {
      const res = await t.app.inject({ method: 'GET', url: `/bio/${slug}` });
      const csp = directives(res.headers['content-security-policy']);
      assert.deepEqual(csp.get('default-src'), ["'none'"], slug);
      assert.deepEqual(csp.get('style-src'), ["'unsafe-inline'"]);
      assert.equal(csp.has('script-src'), false, 'no script source at all');
      assert.deepEqual(csp.get('frame-ancestors'), ["'none'"]);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
    }
  });

  it('lets other sites load the tracking snippet and QR codes, and the short-link pages keep their inline style', async () => {
    const snippet = await t.app.inject({ method: 'GET', url: '/t.js' });
    assert.equal(snippet.statusCode, 200);
    assert.equal(snippet.headers['cross-origin-resource-policy'], 'cross-origin');
    const link = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/links`, { url: 'https://example.com/qr', password: 'open sesame' });
    const qr = await t.app.inject({ method: 'GET', url: `/qr/${link.body.code}.png` });
    assert.equal(qr.statusCode, 200);
    assert.equal(qr.headers['cross-origin-resource-policy'], 'cross-origin');
    const form = await t.app.inject({ method: 'GET', url: `/l/${link.body.code}` });
    assert.equal(form.statusCode, 200);
    const csp = directives(form.headers['content-security-policy']);
    assert.deepEqual(csp.get('default-src'), ["'none'"]);
    assert.deepEqual(csp.get('style-src'), ["'unsafe-inline'"]);
    assert.equal(csp.has('form-action'), false, 'the form answers with a redirect to the destination, wherever it is');
    assert.deepEqual(csp.get('frame-ancestors'), ["'none'"]);
  });
});
