/**
 * Every operation of /api/openapi.json (and every hidden route of the route table) is sent bad input: wrong types,
 * NUL bytes, lone surrogates, 1 MB strings, 10,000-level nesting, bad and foreign ids, huge numbers, wrong or
 * missing content types, truncated multipart bodies, extra fields. No answer may be a 5xx, and every 4xx must be
 * JSON in the documented shape `{"error":{"code","message","field"?}}`.
 *
 * Everything is derived from the OpenAPI document and the route table, so a route is covered the day it is added.
 * The only fixtures are real ids by parameter name (a path parameter with another name gets a random UUID).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, it } from 'node:test';
import { forEachDatabase } from '../db/testing.js';
import { MemoryNetwork } from '../../test/fakes/memory-network.js';
import { FIRST_OWNER_PASSWORD, setupTenant, createTenantApp, type Tenant } from '../testing/scenario.js';
import { call, type TestApp } from '../testing/app.js';
import { badInputs, isErrorShape, listOperations, type Attempt, type Operation } from './openapi-fuzz.js';

/** Runs `work` over `items`, `limit` at a time. */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

const GIF = 'GIF89a\x01\x00\x01\x00\x00\x00\x00;';

forEachDatabase('every operation refuses bad input cleanly', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  const ids: Record<string, string> = {};
  const foreign: Record<string, string> = {};
  let session = { cookie: '', csrf: '' };

  async function signIn(): Promise<void> {
    // A new address each time, so the sign-in rate limits never stand in the way of the test.
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
      payload: { email: a.email, password: FIRST_OWNER_PASSWORD },
    });
    assert.equal(res.statusCode, 200, res.body);
    session = { cookie: `chorus_session=${res.cookies.find((c) => c.name === 'chorus_session')!.value}`, csrf: res.json().csrfToken };
  }

  async function fixtures(tenant: Tenant, into: Record<string, string>): Promise<void> {
    const ws = `/api/v1/workspaces/${tenant.workspaceId}`;
    const post = await call(t.app, tenant.token, 'POST', `${ws}/posts`, { text: 'fixture', channelIds: [tenant.channelId] });
    const link = await call(t.app, tenant.token, 'POST', `${ws}/links`, { url: 'https://example.com/fixture', tags: ['fixture'] });
    const media = await t.app.inject({
      method: 'POST',
      url: `${ws}/media`,
      headers: { authorization: `Bearer ${tenant.token}`, 'content-type': 'multipart/form-data; boundary=X' },
      payload: `--X\r\nContent-Disposition: form-data; name="file"; filename="a.gif"\r\nContent-Type: image/gif\r\n\r\n${GIF}\r\n--X--\r\n`,
    });
    assert.equal(post.status, 201, JSON.stringify(post.body));
    assert.equal(link.status, 201, JSON.stringify(link.body));
    assert.equal(media.statusCode, 201, media.body);
    Object.assign(into, {
      ws: tenant.workspaceId,
      channelId: tenant.channelId,
      userId: tenant.userId,
      postId: post.body.id,
      linkId: link.body.id,
      code: link.body.code,
      mediaId: media.json().id,
      network: 'bluesky',
    });
  }

  before(async () => {
    const network = new MemoryNetwork();
    // Webhooks set up, so their handlers (not only the "not configured" answer) get the bad input too.
    const env = { CHORUS_META_VERIFY_TOKEN: 'fuzz-verify', CHORUS_META_APP_SECRET: 'fuzz-secret', CHORUS_X_CONSUMER_SECRET: 'fuzz-secret' };
    ({ app: t, tenant: a } = await createTenantApp(getDb(), { network, env }));
    b = await setupTenant(t.app, { owner: { token: a.token } });
    await fixtures(a, ids);
    await fixtures(b, foreign);
    await signIn();
  });
  after(async () => t?.close());

  it('answers no 5xx and only documented error bodies', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operations = listOperations(document, t.app.chorusRoutes);
    assert.ok(operations.length > 40, `walked ${operations.length} operations`);
    const failures: string[] = [];
    let sent = 0;
    // Reads first, then writes, then deletions, so a deleted fixture spoils as little as possible.
    const order = (op: Operation) => (op.method === 'DELETE' ? 2 : ['GET', 'HEAD'].includes(op.method) ? 0 : 1);
    for (const phase of [0, 1, 2]) {
      for (const op of operations.filter((o) => order(o) === phase)) {
        // FUZZ_ONLY=nul (say) sends only the kinds of bad input whose name contains it, when chasing one failure.
        const only = process.env.FUZZ_ONLY;
        const attempts = badInputs(op, { ids, foreign, fallbackId: randomUUID() }).filter((a) => !only || a.kind.includes(only));
        await pool(attempts, 3, async (attempt) => {
          sent++;
          const problem = await send(attempt);
          if (problem) failures.push(`${attempt.method} ${attempt.url.slice(0, 200)} [${attempt.kind}] → ${problem}`);
        });
        // An operation may end the session it was called with (signing out, ending sessions): sign in again.
        const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: session.cookie } });
        if (me.statusCode === 401) await signIn();
      }
    }
    assert.ok(sent > 500, `sent ${sent} requests`);
    assert.deepEqual(failures, [], `${failures.length} of ${sent} bad inputs were answered badly`);
  });

  async function send(attempt: Attempt): Promise<string | null> {
    const headers: Record<string, string> = { cookie: session.cookie, 'x-csrf-token': session.csrf, ...attempt.headers };
    let res;
    try {
      res = await t.app.inject({ method: attempt.method as 'GET', url: attempt.url, headers, ...(attempt.payload !== undefined && { payload: attempt.payload }) });
    } catch (error) {
      return `threw ${(error as Error).message}`;
    }
    if (res.statusCode >= 500) return `${res.statusCode} ${res.body.slice(0, 300)}`;
    if (res.statusCode < 400 || attempt.method === 'HEAD') return null;
    // Pages for people (a short link, a bio page) may answer an HTML page; everything else answers JSON.
    const type = String(res.headers['content-type'] ?? '');
    if (type.startsWith('text/html') && !attempt.url.startsWith('/api/')) return null;
    let body: unknown;
    try {
      body = JSON.parse(res.body);
    } catch {
      return `${res.statusCode} not JSON (${type}): ${res.body.slice(0, 200)}`;
    }
    return isErrorShape(body) ? null : `${res.statusCode} not the error shape: ${res.body.slice(0, 300)}`;
  }
});
