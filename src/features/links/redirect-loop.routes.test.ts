/**
 * Redirect loops, tried as an attacker would: a short link (its destination, a rule's, an A/B arm's, an edit, a
 * post's automatic link) pointing back at Chorus's own app or redirector under another spelling of its address.
 * Each is refused with 422 `redirect_loop` naming the field; other ports of this machine stay plain links.
 */
import assert from 'node:assert/strict';
import os from 'node:os';
import { after, before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call, type TestApp } from '../../testing/app.js';
import { createTenantApp, type Tenant } from '../../testing/scenario.js';

/** This machine's own (non-loopback) interface addresses, as URL hosts. */
const interfaceHosts = Object.values(os.networkInterfaces())
  .flat()
  .filter((i) => i !== undefined && !i.internal && !i.address.startsWith('fe80'))
  .map((i) => (i!.family === 'IPv6' ? `[${i!.address}]` : i!.address));

forEachDatabase('redirect loops', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  before(async () => {
    // The app on 8080 (public URL by address), the redirector on 8081 behind https://go.example.test (port 443).
    ({ app: t, tenant: a } = await createTenantApp(getDb(), {
      env: {
        PORT: '8080',
        CHORUS_LINK_PORT: '8081',
        CHORUS_PUBLIC_URL: 'http://127.0.0.1:8080',
        CHORUS_LINK_BASE_URL: 'https://go.example.test',
      },
    }));
  });
  after(async () => t?.close());

  const links = () => `/api/v1/workspaces/${a.workspaceId}/links`;
  const loops = [
    'http://localhost:8081/abc',
    'http://LOCALHOST:8080/#/links',
    'http://127.0.0.1:8080/',
    'http://127.0.0.2:8081/abc',
    'http://[::ffff:127.0.0.1]:8081/abc',
    'http://[::ffff:7f00:1]:8080/',
    'http://[::1]:8081/abc',
    'http://0.0.0.0:8081/abc',
    'http://[::]:8080/',
    'http://2130706433:8081/abc',
    'http://0177.0.0.1:8081/abc',
    'http://0x7f.1:8080/',
    'https://localhost/abc',
    'https://[::ffff:127.0.0.1]/abc',
    'https://go.example.test./abc',
    'https://GO.example.TEST:8443/abc',
    ...interfaceHosts.map((h) => `http://${h}:8081/abc`),
  ];

  it('refuses a destination that reaches Chorus under any spelling of its address, naming the field', async () => {
    for (const url of loops) {
      const res = await call(t.app, a.token, 'POST', links(), { url });
      assert.equal(res.status, 422, `${url}: ${JSON.stringify(res.body)}`);
      assert.equal(res.body.error.code, 'redirect_loop', url);
      assert.equal(res.body.error.field, 'url', url);
    }
  });

  it('refuses loops in audience rules and A/B arms, and on edit', async () => {
    const rule = await call(t.app, a.token, 'POST', links(), { url: 'https://shop.example.com/', rules: [{ when: { climate: 'hot' }, url: 'http://[::ffff:7f00:1]:8081/x' }] });
    assert.equal(rule.status, 422, JSON.stringify(rule.body));
    assert.deepEqual([rule.body.error.code, rule.body.error.field], ['redirect_loop', 'rules[0].url']);
    const arms = { mode: 'weighted', arms: [{ id: 'a', url: 'https://shop.example.com/a' }, { id: 'b', url: 'http://localhost:8081/b' }] };
    const ab = await call(t.app, a.token, 'POST', links(), { url: 'https://shop.example.com/', variants: arms });
    assert.equal(ab.status, 422, JSON.stringify(ab.body));
    assert.deepEqual([ab.body.error.code, ab.body.error.field], ['redirect_loop', 'variants.arms[1].url']);

    const made = await call(t.app, a.token, 'POST', links(), { url: 'https://shop.example.com/' });
    assert.equal(made.status, 201);
    for (const [body, field] of [
      [{ url: 'http://[::1]:8080/' }, 'url'],
      [{ rules: [{ when: { climate: 'hot' }, url: 'http://0.0.0.0:8081/' }] }, 'rules[0].url'],
      [{ variants: { ...arms, arms: [arms.arms[0], { id: 'b', url: 'http://2130706433:8080/' }] } }, 'variants.arms[1].url'],
    ] as const) {
      const res = await call(t.app, a.token, 'PATCH', `${links()}/${made.body.id}`, body);
      assert.equal(res.status, 422, JSON.stringify(res.body));
      assert.deepEqual([res.body.error.code, res.body.error.field], ['redirect_loop', field]);
    }
    const kept = await call(t.app, a.token, 'GET', `${links()}/${made.body.id}`);
    assert.equal(kept.body.url, 'https://shop.example.com/');
  });

  it('keeps other ports of this machine and other sites as plain links', async () => {
    for (const url of ['http://localhost:5173/', 'http://127.0.0.1:9999/', 'http://[::1]:3000/', 'https://shop.example.com/', 'https://example.com:8081/']) {
      const res = await call(t.app, a.token, 'POST', links(), { url });
      assert.equal(res.status, 201, `${url}: ${JSON.stringify(res.body)}`);
    }
  });

  it("leaves a post's link to Chorus itself as written instead of tracking it", async () => {
    const res = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, {
      text: 'Loop http://[::ffff:7f00:1]:8081/abc and shop https://shop.example.com/tart',
      channelIds: [a.channelId],
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const text: string = res.body.publications[0].text;
    assert.match(text, /^Loop http:\/\/\[::ffff:7f00:1\]:8081\/abc and shop https:\/\/go\.example\.test\/\w+$/);
  });
});
