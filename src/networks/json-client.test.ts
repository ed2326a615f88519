import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NetworkError } from './connector.js';
import { JsonApiClient, type JsonClientOptions, type JsonResponse } from './json-client.js';

class ExampleClient extends JsonApiClient {
  constructor(options: JsonClientOptions) {
    super(options, { apiUrl: 'https://api.example', network: 'x', who: 'Example' });
  }
  protected errorFrom(response: JsonResponse): NetworkError {
    return new NetworkError('rejected', `HTTP ${response.status}`, { status: response.status, network: 'x' });
  }
}

function recording() {
  const seen: { url: string; headers: Headers; body: unknown; redirect: RequestRedirect | undefined }[] = [];
  const fetchStub: typeof fetch = async (url, init) => {
    seen.push({ url: String(url), headers: new Headers(init?.headers), body: init?.body, redirect: init?.redirect });
    return Response.json({ ok: true });
  };
  return { seen, fetchStub };
}

test('the bearer token goes to the API origin only, and never on an anonymous call', async () => {
  const { seen, fetchStub } = recording();
  const client = new ExampleClient({ accessToken: 'tok', fetch: fetchStub });
  await client.get('/me');
  await client.post('/oauth/token', { anonymous: true, form: new URLSearchParams({ code: 'c' }) });
  await client.send('PUT', 'https://uploads.elsewhere.example/chunk');
  assert.deepEqual(
    seen.map((s) => s.headers.get('authorization')),
    ['Bearer tok', null, null],
  );
});

test('JSON bodies say so unless the network names its own type; raw bytes are sent as they are', async () => {
  const { seen, fetchStub } = recording();
  const client = new ExampleClient({ fetch: fetchStub });
  await client.post('/a', { json: { a: 1 } });
  await client.post('/b', { json: {}, headers: { 'content-type': 'application/json; charset=UTF-8' } });
  const bytes = new Uint8Array([1, 2, 3]);
  await client.send('PUT', '/c', { bytes, headers: { 'content-type': 'video/mp4' } });
  assert.equal(seen[0]?.headers.get('content-type'), 'application/json');
  assert.equal(seen[0]?.body, '{"a":1}');
  assert.equal(seen[1]?.headers.get('content-type'), 'application/json; charset=UTF-8');
  assert.equal(seen[2]?.body, bytes);
  assert.equal(seen[2]?.headers.get('content-type'), 'video/mp4');
});

test('a failure is the network’s error; an unreachable API is transient', async () => {
  const refusing = new ExampleClient({ fetch: async () => new Response('no', { status: 400 }) });
  await assert.rejects(refusing.get('/x'), (e: unknown) => e instanceof NetworkError && e.kind === 'rejected' && e.message === 'HTTP 400');
  const down = new ExampleClient({ fetch: async () => Promise.reject(new TypeError('fetch failed')) });
  await assert.rejects(down.get('/x'), (e: unknown) => e instanceof NetworkError && e.kind === 'transient');
});

test('redirects are followed unless a network reads a 3xx as an answer', async () => {
  const { seen, fetchStub } = recording();
  const client = new ExampleClient({ fetch: fetchStub });
  await client.get('/a');
  await client.send('PUT', '/session', { redirect: 'manual' });
  assert.deepEqual(seen.map((s) => s.redirect), ['follow', 'manual']);
});

test('an array query parameter repeats its name; a network’s own headers go with every request unless overridden', async () => {
  const { seen, fetchStub } = recording();
  class WithHeaders extends JsonApiClient {
    constructor(options: JsonClientOptions) {
      super(options, { apiUrl: 'https://api.example', network: 'mastodon', who: 'Example', headers: { connection: 'close' } });
    }
    protected errorFrom(response: JsonResponse): NetworkError {
      return new NetworkError('rejected', `HTTP ${response.status}`, { network: 'mastodon' });
    }
  }
  const client = new WithHeaders({ fetch: fetchStub });
  await client.get('/n', { query: { 'types[]': ['mention', 'reblog'], limit: 40, max_id: undefined } });
  await client.get('/k', { headers: { connection: 'keep-alive' } });
  assert.equal(seen[0]?.url, 'https://api.example/n?types%5B%5D=mention&types%5B%5D=reblog&limit=40');
  assert.equal(seen[0]?.headers.get('connection'), 'close');
  assert.equal(seen[1]?.headers.get('connection'), 'keep-alive');
});

test('a streamed form goes with its length and type, as a half-duplex stream that never follows a redirect', async () => {
  const seen: (RequestInit & { duplex?: string })[] = [];
  const client = new ExampleClient({
    fetch: async (_url, init) => {
      seen.push(init as RequestInit & { duplex?: string });
      return Response.json({ id: '1' });
    },
  });
  const body = new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(new Uint8Array(5)), c.close()) });
  await client.post('/media', { streamedForm: { body, length: 5, contentType: 'multipart/form-data; boundary=b' } });
  const headers = new Headers(seen[0]?.headers);
  assert.equal(headers.get('content-type'), 'multipart/form-data; boundary=b');
  assert.equal(headers.get('content-length'), '5');
  assert.equal(seen[0]?.body, body);
  assert.equal(seen[0]?.duplex, 'half');
  assert.equal(seen[0]?.redirect, 'error');
});

test('the operator’s API origin is trusted by the address guard; an origin a person typed is checked like any URL', async () => {
  const { createServer } = await import('node:http');
  const hits: string[] = [];
  const server = createServer((req, res) => (hits.push(String(req.url)), res.end('{}')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  class Typed extends JsonApiClient {
    constructor(userGivenOrigin: boolean) {
      super({}, { apiUrl: origin, network: 'mastodon', who: 'Typed', userGivenOrigin });
    }
    protected errorFrom(response: JsonResponse): NetworkError {
      return new NetworkError('rejected', `HTTP ${response.status}`, { network: 'mastodon' });
    }
  }
  const saved = process.env.CHORUS_ALLOW_PRIVATE_NETWORKS;
  delete process.env.CHORUS_ALLOW_PRIVATE_NETWORKS;
  try {
    assert.equal((await new Typed(false).get('/configured')).status, 200);
    await assert.rejects(new Typed(true).get('/typed'), (e: unknown) => e instanceof NetworkError && /local or private address/.test(e.message));
    assert.deepEqual(hits, ['/configured']);
  } finally {
    if (saved !== undefined) process.env.CHORUS_ALLOW_PRIVATE_NETWORKS = saved;
    await new Promise((resolve) => server.close(resolve));
  }
});
