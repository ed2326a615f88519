/**
 * The shared fake plumbing: bodies read by type and refused past their limit, the request log, injected failures
 * (skip, several in a row, by method), cut connections, the handler's crash answer, token expiry and refresh, fixed
 * rate-limit windows and the authorize page's checks.
 * Run: node scripts/test.mjs test/fakes/scaffold
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { readBody, withoutFileBytes } from './body.js';
import { logRequest, startFakeServer, type FakeServer, type LoggedRequest, type FakeResponse } from './server.js';
import { readAuthorize, takeDecision } from './oauth.js';
import { activeToken, bearerOf, expireToken, expiresIn, newToken } from './tokens.js';
import { FixedWindows } from './windows.js';

let http: FakeServer<LoggedRequest, FakeResponse>;
before(async () => {
  http = await startFakeServer({
    read: (req) => readBody(req, { limit: 1024 }),
    log: (r) => ({ ...logRequest(r), body: withoutFileBytes(r.body) }),
    handle: ({ url, body }): FakeResponse => {
      if (url.pathname === '/crash') throw new Error('boom');
      if (url.pathname === '/cut') return { status: 200, destroy: true };
      const shape = body instanceof URLSearchParams ? 'params' : body instanceof FormData ? 'form-data' : typeof body;
      return { status: 200, body: { shape, echo: body instanceof URLSearchParams ? Object.fromEntries(body) : body instanceof FormData ? null : body } };
    },
    crash: (error) => ({ status: 500, body: { error: String(error) } }),
  });
});
after(() => http.stop());

const call = (path: string, init?: RequestInit) => fetch(`${http.baseUrl}${path}`, init);

test('bodies are read as their Content-Type says, and logged with the path and query', async () => {
  const json = await (await call('/a?x=1', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"n":1}' })).json();
  assert.deepEqual(json, { shape: 'object', echo: { n: 1 } });
  const form = await (await call('/b', { method: 'POST', body: new URLSearchParams({ a: 'b' }) })).json();
  assert.deepEqual(form, { shape: 'params', echo: { a: 'b' } });
  const multipart = new FormData();
  multipart.append('file', new Blob([new Uint8Array(100)]), 'f.bin');
  assert.equal(((await (await call('/c', { method: 'POST', body: multipart })).json()) as { shape: string }).shape, 'form-data');
  const logged = http.requests.find((r) => r.path === '/a?x=1');
  assert.deepEqual(logged?.body, { n: 1 });
  // The log keeps a file's size, not its bytes.
  assert.equal((http.requests.find((r) => r.path === '/c')?.body as FormData).get('file'), '<file of 100 bytes>');
});

test('a body over the limit is refused with 413 after it was read', async () => {
  const res = await call('/big', { method: 'POST', body: 'x'.repeat(2048) });
  assert.equal(res.status, 413);
});

test('injected failures: by method, after skipping some, several in a row; then the real answer', async () => {
  http.failures.add(/^\/flaky$/, { status: 503, body: { error: 'busy' } }, { method: 'POST', skip: 1, times: 2 });
  assert.equal((await call('/flaky')).status, 200, 'another method is not matched');
  const statuses: number[] = [];
  for (let i = 0; i < 4; i++) statuses.push((await call('/flaky', { method: 'POST' })).status);
  assert.deepEqual(statuses, [200, 503, 503, 200]);
  assert.equal(http.failures.size, 0);
});

test('a cut connection fails the fetch; a handler that throws gets the crash answer', async () => {
  await assert.rejects(call('/cut'));
  const res = await call('/crash');
  assert.equal(res.status, 500);
  assert.deepEqual(await res.json(), { error: 'Error: boom' });
});

test('tokens: bearer check and expiry', () => {
  const tokens = new Map<string, { userId: string; expiresAt: number | null }>();
  const token = newToken();
  const forever = newToken('page-');
  tokens.set(token, { userId: 'u1', expiresAt: expiresIn(60) });
  tokens.set(forever, { userId: 'page', expiresAt: null });
  assert.notEqual(token, newToken(), 'token values are random');
  assert.equal(activeToken(tokens, bearerOf({ authorization: `Bearer ${token}` }))?.userId, 'u1');
  assert.equal(activeToken(tokens, bearerOf({ authorization: 'Bearer nope' })), undefined);
  assert.equal(bearerOf({ authorization: `Basic ${token}` }), undefined);
  expireToken(tokens, token);
  assert.equal(activeToken(tokens, token), undefined);
  assert.equal(activeToken(tokens, forever)?.userId, 'page');
});

test('fixed windows count per key and start again once the window has ended', async () => {
  const windows = new FixedWindows(40);
  assert.deepEqual([windows.hit('a').count, windows.hit('a').count, windows.hit('b').count], [1, 2, 1]);
  await new Promise((resolve) => setTimeout(resolve, 60));
  assert.equal(windows.hit('a').count, 1);
});

test('authorize pages: unknown client and redirect URI get the error page, the decision is used once', () => {
  const apps = new Map([['app', { redirectUris: ['https://chorus.example/cb'] }]]);
  const rules = { scopeSeparator: ',' as const, unknownClient: { status: 400, body: 'client' }, badRedirect: { status: 400, body: 'redirect' } };
  const at = (query: string) => readAuthorize(new URL(`http://fake/authorize?${query}`), apps, rules);
  assert.deepEqual(at('client_id=nope'), rules.unknownClient);
  assert.deepEqual(at('client_id=app&redirect_uri=https://evil.example/cb'), rules.badRedirect);
  const request = at('client_id=app&redirect_uri=https://chorus.example/cb&scope=a,b&state=s');
  assert.ok('app' in request);
  assert.deepEqual(request.scopes, ['a', 'b']);
  assert.equal(request.redirect({ code: 'c', state: request.q('state') }).headers?.location, 'https://chorus.example/cb?code=c&state=s');
  const consent = { nextDecision: 'u1' as string | null, autoApprove: null as string | null };
  assert.equal(takeDecision(consent), 'u1');
  assert.equal(takeDecision(consent), null, 'no decision and no auto-approval: denied');
  consent.autoApprove = 'u2';
  consent.nextDecision = 'deny';
  assert.equal(takeDecision(consent), null);
  assert.equal(takeDecision(consent), 'u2');
});
