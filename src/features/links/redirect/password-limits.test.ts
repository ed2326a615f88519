import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type http from 'node:http';
import { after, before, it } from 'node:test';
import { pino } from 'pino';
import { forEachDatabase } from '../../../db/testing.js';
import { call, type TestApp } from '../../../testing/app.js';
import { createTenantApp, type Tenant } from '../../../testing/scenario.js';
import { verifyPassword } from '../../auth/secrets.js';
import { createClickQueue } from '../click-writer.js';
import { createDescribe, matchRule } from './audience-adapter.js';
import { createRedirectServer } from './http-server.js';
import { Redirector, type PasswordLimits } from './redirector.js';

const BROWSER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
const PASSWORD = 'open sesame';

forEachDatabase('short-link password attempts', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  const servers: http.Server[] = [];
  const closers: (() => Promise<void>)[] = [];
  before(async () => ({ app: t, tenant: a } = await createTenantApp(getDb(), { env: { CHORUS_LINK_BASE_URL: 'https://go.example.test' } })));
  after(async () => {
    for (const server of servers) await new Promise((resolve) => server.close(resolve));
    for (const close of closers) await close();
    await t?.close();
  });

  const protectedLink = async () => {
    const res = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/links`, { url: 'https://example.com/vip', password: PASSWORD });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.code as string;
  };

  /** The dedicated redirect server on a free port, counting every password hash it computes. */
  const startRedirector = async (passwordLimits?: PasswordLimits) => {
    const hashed: string[] = [];
    const clicks = createClickQueue(t.ctx.database, pino({ level: 'silent' }));
    const redirector = new Redirector({
      db: t.ctx.database.db,
      clicks,
      describe: createDescribe(),
      matchRule,
      verifyPassword: (password, hash) => {
        hashed.push(password);
        return verifyPassword(password, hash);
      },
      ...(passwordLimits && { passwordLimits }),
    });
    closers.push(async () => {
      await clicks.drain();
      await redirector.armStats.stop();
    });
    const server = createRedirectServer(redirector, { trustProxy: true, onError: (error) => assert.fail(String(error)) });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const guess = (code: string, password: string, headers: Record<string, string> = {}) =>
      fetch(`${base}/${code}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': BROWSER, ...headers },
        body: `password=${encodeURIComponent(password)}`,
      });
    return { hashed, guess };
  };

  it('refuses most of 40 guesses sent at once, with Retry-After, without hashing the refused ones', async () => {
    const code = await protectedLink();
    const { hashed, guess } = await startRedirector();
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => guess(code, `guess ${i}`, { 'x-forwarded-for': '203.0.113.5' })));
    const refused = answers.filter((res) => res.status === 429);
    const wrong = answers.filter((res) => res.status === 401);
    assert.equal(refused.length + wrong.length, 40, answers.map((res) => res.status).join(','));
    assert.ok(refused.length >= 30, `${refused.length} refused`);
    assert.equal(hashed.length, wrong.length, 'a hash only for the attempts let through');
    const first = refused[0]!;
    assert.ok(Number(first.headers.get('retry-after')) > 0, `Retry-After: ${first.headers.get('retry-after')}`);
    assert.match(first.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(await first.text(), /Too many attempts[\s\S]*minute/);
    // In French for a French browser.
    const french = await guess(code, 'encore', { 'x-forwarded-for': '203.0.113.5', 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' });
    assert.equal(french.status, 429);
    assert.match(await french.text(), /Trop de tentatives/);
    // Someone else, elsewhere, still gets in with the password.
    const visitor = await guess(code, PASSWORD, { 'x-forwarded-for': '198.51.100.9' });
    assert.equal(visitor.status, 302);
  });

  it('refuses guesses on one link spread across many addresses', async () => {
    const code = await protectedLink();
    // The defaults' shape with a smaller per-link budget: each let-through guess costs a hash on a busy test machine.
    const { hashed, guess } = await startRedirector({ perAddress: { attempts: 10, seconds: 600 }, perLink: { attempts: 5, seconds: 600 } });
    const statuses: number[] = [];
    for (let i = 1; i <= 8; i++) statuses.push((await guess(code, `guess ${i}`, { 'x-forwarded-for': `198.51.100.${i}` })).status);
    assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429, 429, 429]);
    assert.equal(hashed.length, 5);
  });

  it('lets the right password in once the window has passed', async () => {
    const code = await protectedLink();
    const { guess } = await startRedirector({ perAddress: { attempts: 3, seconds: 5 }, perLink: { attempts: 50, seconds: 5 } });
    const from = { 'x-forwarded-for': '203.0.113.6' };
    const statuses = (await Promise.all(Array.from({ length: 5 }, (_, i) => guess(code, `guess ${i}`, from)))).map((res) => res.status);
    assert.deepEqual(statuses.sort(), [401, 401, 401, 429, 429]);
    const early = await guess(code, PASSWORD, from);
    assert.equal(early.status, 429, 'even the right password waits for the window');
    const wait = Number(early.headers.get('retry-after'));
    assert.ok(wait >= 1 && wait <= 5, String(wait));
    await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 100));
    const through = await guess(code, PASSWORD, from);
    assert.equal(through.status, 302);
    assert.match(through.headers.get('location') ?? '', /^https:\/\/example\.com\/vip/);
  });

  it('limits the same form on the main server, per client address', async () => {
    const code = await protectedLink();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: `/l/${code}`,
          remoteAddress: '203.0.113.77',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': BROWSER },
          payload: `password=guess${i}`,
        }),
      ),
    );
    const refused = answers.filter((res) => res.statusCode === 429);
    assert.ok(refused.length >= 30, answers.map((res) => res.statusCode).join(','));
    assert.ok(Number(refused[0]!.headers['retry-after']) > 0);
  });
});
