import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NetworkError } from '../connector.js';
import { errorFromResponse, MastodonClient, normalizeInstanceUrl } from './client.js';

const host = 'example.social';

test('instance addresses are normalized to an origin; other schemes are refused', () => {
  assert.equal(normalizeInstanceUrl('example.social'), 'https://example.social');
  assert.equal(normalizeInstanceUrl(' https://Example.Social/@me?x=1 '), 'https://example.social');
  assert.equal(normalizeInstanceUrl('http://127.0.0.1:8080/'), 'http://127.0.0.1:8080');
  for (const bad of ['ftp://example.social', 'javascript:alert(1)', 'file:///etc/passwd', 'https://user:pw@example.social', 'http://']) {
    assert.throws(() => normalizeInstanceUrl(bad), (e: unknown) => e instanceof NetworkError && e.kind === 'rejected', bad);
  }
});

test('429 is rate_limited with the delay from Retry-After', () => {
  const error = errorFromResponse(429, new Headers({ 'retry-after': '120' }), { error: 'Too many requests' }, host);
  assert.equal(error.kind, 'rate_limited');
  assert.equal(error.details.retryAfterMs, 120_000);
  assert.ok(error.retryable);
});

test('429 reads Mastodon’s X-RateLimit-Reset (an ISO date) when Retry-After is absent', () => {
  const reset = new Date(Date.now() + 90_000).toISOString();
  const headers = new Headers({ 'x-ratelimit-limit': '300', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset });
  const error = errorFromResponse(429, headers, null, host);
  assert.equal(error.kind, 'rate_limited');
  const wait = error.details.retryAfterMs ?? 0;
  assert.ok(wait > 85_000 && wait <= 90_000, String(wait));
});

test('429 without any header still waits a while', () => {
  assert.ok((errorFromResponse(429, new Headers(), null, host).details.retryAfterMs ?? 0) > 0);
});

test('5xx and 408 are transient', () => {
  for (const status of [500, 502, 503, 504, 408]) assert.equal(errorFromResponse(status, new Headers(), '<html>Bad gateway</html>', host).kind, 'transient');
});

test('401 and scope/suspension 403s are auth; a 403 “not allowed” is rejected', () => {
  const invalid = errorFromResponse(401, new Headers(), { error: 'The access token is invalid' }, host);
  assert.equal(invalid.kind, 'auth');
  assert.match(invalid.message, /Reconnect/);
  assert.equal(errorFromResponse(403, new Headers(), { error: 'This action is outside the authorized scopes' }, host).kind, 'auth');
  assert.equal(errorFromResponse(403, new Headers(), { error: 'Your login is currently disabled' }, host).kind, 'auth');
  assert.equal(errorFromResponse(403, new Headers(), { error: 'This action is not allowed' }, host).kind, 'rejected');
});

test('404 and 410 are not_found', () => {
  assert.equal(errorFromResponse(404, new Headers(), { error: 'Record not found' }, host).kind, 'not_found');
  assert.equal(errorFromResponse(410, new Headers(), null, host).kind, 'not_found');
});

test('422 is rejected with the server’s own message', () => {
  const error = errorFromResponse(422, new Headers(), { error: 'Validation failed: Text character limit of 500 exceeded' }, host);
  assert.equal(error.kind, 'rejected');
  assert.equal(error.details.status, 422);
  assert.match(error.message, /Text character limit of 500 exceeded/);
  assert.match(errorFromResponse(400, new Headers(), { error: 'invalid_grant', error_description: 'The code expired' }, host).message, /The code expired/);
  assert.match(errorFromResponse(422, new Headers(), null, host).message, /HTTP 422/);
});

test('connection errors and timeouts are transient', async () => {
  const refused: typeof fetch = async () => {
    throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') });
  };
  await assert.rejects(
    new MastodonClient('https://example.social', 't', { fetch: refused }).get('/api/v1/instance'),
    (e: unknown) => e instanceof NetworkError && e.kind === 'transient' && /ECONNREFUSED/.test(e.message),
  );
  // AbortSignal.timeout's timer does not keep the process alive; this one stands for the open socket that would.
  const hanging: typeof fetch = (_url, init) =>
    new Promise((_resolve, reject) => {
      const socket = setTimeout(() => reject(new Error('not aborted')), 5000);
      init?.signal?.addEventListener('abort', () => {
        clearTimeout(socket);
        reject(init.signal?.reason);
      });
    });
  await assert.rejects(
    new MastodonClient('https://example.social', 't', { fetch: hanging, timeoutMs: 20 }).get('/api/v1/instance'),
    (e: unknown) => e instanceof NetworkError && e.kind === 'transient' && /did not answer/.test(e.message),
  );
});

test('requests carry the bearer token, JSON bodies and array query parameters', async () => {
  let seen: { url: string; init: RequestInit | undefined } | undefined;
  const recording: typeof fetch = async (url, init) => {
    seen = { url: String(url), init };
    return new Response(JSON.stringify({ ok: true }), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  const client = new MastodonClient('https://example.social', 'secret', { fetch: recording });
  const response = await client.post('/api/v1/statuses', { json: { status: 'hi' }, query: { 'types[]': ['mention'], limit: 40 } });
  assert.deepEqual(response.body, { ok: true });
  assert.equal(seen?.url, 'https://example.social/api/v1/statuses?types%5B%5D=mention&limit=40');
  const headers = seen?.init?.headers as Record<string, string>;
  assert.equal(headers['authorization'], 'Bearer secret');
  assert.equal(headers['content-type'], 'application/json');
  // snac2 closes each connection after one answer without saying so (see client.ts).
  assert.equal(headers['connection'], 'close');
  assert.equal(seen?.init?.body, '{"status":"hi"}');
});

test('an instance on this machine or a private network is refused unless CHORUS_ALLOW_PRIVATE_NETWORKS=1', async () => {
  const { createServer } = await import('node:http');
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.setHeader('content-type', 'application/json').end('{"id":"1"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const saved = process.env.CHORUS_ALLOW_PRIVATE_NETWORKS;
  delete process.env.CHORUS_ALLOW_PRIVATE_NETWORKS;
  try {
    // The client's own fetch (no test fetch): the address check where the connection opens is what refuses.
    for (const instance of [`http://127.0.0.1:${port}`, `http://[::ffff:7f00:1]:${port}`, `http://localhost:${port}`, 'http://10.0.0.1:8080', 'http://192.168.1.1:8080']) {
      const client = new MastodonClient(instance, 'secret', { timeoutMs: 2000 });
      await assert.rejects(
        client.post('/api/v1/statuses', { json: { status: 'hi' } }),
        (e: unknown) => e instanceof NetworkError && e.kind === 'rejected' && /local or private address/.test(e.message),
        instance,
      );
    }
    assert.deepEqual(hits, [], 'the local listener received nothing');
    process.env.CHORUS_ALLOW_PRIVATE_NETWORKS = '1';
    const allowed = new MastodonClient(`http://127.0.0.1:${port}`, 'secret');
    assert.deepEqual((await allowed.get('/api/v1/instance')).body, { id: '1' });
    assert.deepEqual(hits, ['GET /api/v1/instance']);
  } finally {
    if (saved === undefined) delete process.env.CHORUS_ALLOW_PRIVATE_NETWORKS;
    else process.env.CHORUS_ALLOW_PRIVATE_NETWORKS = saved;
    await new Promise((resolve) => server.close(resolve));
  }
});
