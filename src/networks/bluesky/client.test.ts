import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XRPCError } from '@atproto/api';
import { NetworkError } from '../connector.js';
import { BlueskyClient, toNetworkError } from './client.js';

const NOW_S = Math.floor(Date.now() / 1000);
const CID = 'bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm';

describe('toNetworkError', () => {
  it('maps 429 to rate_limited with the delay from ratelimit-* headers', () => {
    const err = toNetworkError(
      new XRPCError(429, 'RateLimitExceeded', 'Rate Limit Exceeded', {
        'ratelimit-limit': '5000',
        'ratelimit-remaining': '0',
        'ratelimit-reset': String(NOW_S + 120),
      }),
      'publishing the post',
    );
    assert.equal(err.kind, 'rate_limited');
    assert.equal(err.details.status, 429);
    assert.ok(err.details.retryAfterMs! > 110_000 && err.details.retryAfterMs! <= 120_000, String(err.details.retryAfterMs));
    assert.equal(err.retryable, true);
    assert.match(err.message, /while publishing the post/);
  });

  it('prefers retry-after, and falls back to a minute without headers', () => {
    assert.equal(toNetworkError(new XRPCError(429, undefined, undefined, { 'retry-after': '7' }), 'x').details.retryAfterMs, 7000);
    assert.equal(toNetworkError(new XRPCError(429), 'x').details.retryAfterMs, 60_000);
  });

  it('maps 5xx and connection failures to transient', () => {
    assert.equal(toNetworkError(new XRPCError(502, 'UpstreamFailure'), 'x').kind, 'transient');
    assert.equal(toNetworkError(new XRPCError(500), 'x').kind, 'transient');
    assert.equal(toNetworkError(new XRPCError(1, undefined, 'fetch failed'), 'x').kind, 'transient');
    const refused = new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:1') });
    const mapped = toNetworkError(refused, 'reading notifications');
    assert.equal(mapped.kind, 'transient');
    assert.match(mapped.message, /ECONNREFUSED/);
  });

  it('maps bad or expired credentials to auth', () => {
    for (const [status, name] of [
      [400, 'ExpiredToken'],
      [400, 'InvalidToken'],
      [401, 'AuthenticationRequired'],
      [401, 'SomethingElse'],
      [400, 'AccountTakedown'],
    ] as const) {
      const err = toNetworkError(new XRPCError(status, name, 'nope'), 'x');
      assert.equal(err.kind, 'auth', `${status} ${name}`);
      assert.equal(err.retryable, false);
    }
  });

  it('maps NotFound and RecordNotFound to not_found, but not an unknown method', () => {
    assert.equal(toNetworkError(new XRPCError(400, 'RecordNotFound', 'Could not locate record'), 'x').kind, 'not_found');
    assert.equal(toNetworkError(new XRPCError(400, 'NotFound'), 'x').kind, 'not_found');
    assert.equal(toNetworkError(new XRPCError(404, 'XRPCNotSupported'), 'x').kind, 'rejected');
  });

  it("maps other 4xx to rejected with the server's message", () => {
    const err = toNetworkError(
      new XRPCError(400, 'InvalidRequest', 'Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes'),
      'publishing the post',
    );
    assert.equal(err.kind, 'rejected');
    assert.equal(err.details.status, 400);
    assert.equal(
      err.message,
      'Bluesky refused while publishing the post: Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes',
    );
  });

  it('passes a NetworkError through', () => {
    const original = new NetworkError('not_found', 'gone');
    assert.equal(toNetworkError(original, 'x'), original);
  });
});

/** A fetch that answers XRPC calls from a table, recording what was asked. */
function fakeFetch(routes: Record<string, (req: Request) => Response | Promise<Response>>) {
  const calls: string[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const req = new Request(input as RequestInfo, init);
    const method = new URL(req.url).pathname.replace('/xrpc/', '');
    calls.push(method);
    const route = routes[method];
    if (!route) return Response.json({ error: 'MethodNotImplemented', message: method }, { status: 501 });
    return route(req);
  };
  return { fetch: fetchImpl, calls };
}

function sessionBody(n: number) {
  return { did: 'did:plc:alice', handle: 'alice.test', accessJwt: `access-${n}`, refreshJwt: `refresh-${n}` };
}

function sessionResponse(n: number) {
  return Response.json({ ...sessionBody(n), active: true });
}

describe('BlueskyClient', () => {
  it('turns a refused login into an auth error naming the handle and the service', async () => {
    const { fetch } = fakeFetch({
      'com.atproto.server.createSession': () =>
        Response.json({ error: 'AuthenticationRequired', message: 'Invalid identifier or password' }, { status: 401 }),
    });
    await assert.rejects(BlueskyClient.login({ service: 'http://127.0.0.1:1', fetch }, 'alice.test', 'wrong'), (err: unknown) => {
      assert.ok(err instanceof NetworkError);
      assert.equal(err.kind, 'auth');
      assert.match(err.message, /"alice\.test"/);
      assert.match(err.message, /Invalid identifier or password/);
      assert.match(err.message, /app password/);
      return true;
    });
  });

  it('reports a rate-limited call with the delay from the headers', async () => {
    const { fetch } = fakeFetch({
      'com.atproto.repo.getRecord': () =>
        Response.json(
          { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' },
          { status: 429, headers: { 'ratelimit-remaining': '0', 'ratelimit-reset': String(NOW_S + 30) } },
        ),
    });
    const client = BlueskyClient.resume({ service: 'http://127.0.0.1:1', fetch }, sessionBody(1));
    await assert.rejects(
      client.call('looking', (agent) => agent.com.atproto.repo.getRecord({ repo: 'did:plc:alice', collection: 'a.b.c', rkey: 'x' })),
      (err: unknown) => err instanceof NetworkError && err.kind === 'rate_limited' && err.details.retryAfterMs! <= 30_000,
    );
  });

  it('refreshes an expired access token and marks the credentials changed', async () => {
    let n = 1;
    const { fetch, calls } = fakeFetch({
      'com.atproto.repo.getRecord': (req) =>
        req.headers.get('authorization') === 'Bearer access-2'
          ? Response.json({ uri: 'at://did:plc:alice/a.b.c/x', cid: CID, value: {} })
          : Response.json({ error: 'ExpiredToken', message: 'Token has expired' }, { status: 400 }),
      'com.atproto.server.refreshSession': () => sessionResponse(++n),
      'com.atproto.server.getSession': () => Response.json({ ...sessionBody(n), active: true, emailConfirmed: false }),
    });
    const client = BlueskyClient.resume({ service: 'http://127.0.0.1:1', fetch }, { ...sessionBody(1), appPassword: 'pw', identifier: 'alice.test' });
    assert.equal(client.changed, false);
    await client.call('looking', (agent) => agent.com.atproto.repo.getRecord({ repo: 'did:plc:alice', collection: 'a.b.c', rkey: 'x' }));
    assert.equal(client.changed, true);
    assert.equal(client.credentials['accessJwt'], 'access-2');
    assert.equal(client.credentials['refreshJwt'], 'refresh-2');
    assert.equal(client.credentials['appPassword'], 'pw');
    assert.ok(!calls.includes('com.atproto.server.createSession'));
  });

  it('logs in again with the app password when the refresh token is dead too', async () => {
    const { fetch, calls } = fakeFetch({
      'com.atproto.repo.getRecord': (req) =>
        req.headers.get('authorization') === 'Bearer access-9'
          ? Response.json({ uri: 'at://did:plc:alice/a.b.c/x', cid: CID, value: {} })
          : Response.json({ error: 'ExpiredToken', message: 'Token has expired' }, { status: 400 }),
      'com.atproto.server.refreshSession': () => Response.json({ error: 'ExpiredToken', message: 'Token has expired' }, { status: 400 }),
      'com.atproto.server.createSession': () => sessionResponse(9),
    });
    const client = BlueskyClient.resume({ service: 'http://127.0.0.1:1', fetch }, { ...sessionBody(1), appPassword: 'pw', identifier: 'alice.test' });
    await client.call('looking', (agent) => agent.com.atproto.repo.getRecord({ repo: 'did:plc:alice', collection: 'a.b.c', rkey: 'x' }));
    assert.ok(calls.includes('com.atproto.server.createSession'));
    assert.equal(client.changed, true);
    assert.equal(client.credentials['accessJwt'], 'access-9');
  });

  it('gives up with an auth error when there is no app password to log in again', async () => {
    const { fetch } = fakeFetch({
      'com.atproto.repo.getRecord': () => Response.json({ error: 'ExpiredToken', message: 'Token has expired' }, { status: 400 }),
      'com.atproto.server.refreshSession': () => Response.json({ error: 'ExpiredToken', message: 'Token has expired' }, { status: 400 }),
    });
    const client = BlueskyClient.resume({ service: 'http://127.0.0.1:1', fetch }, sessionBody(1));
    await assert.rejects(
      client.call('looking', (agent) => agent.com.atproto.repo.getRecord({ repo: 'did:plc:alice', collection: 'a.b.c', rkey: 'x' })),
      (err: unknown) => err instanceof NetworkError && err.kind === 'auth',
    );
  });

  it('times out a silent server as a transient error', async () => {
    const hang: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    const client = BlueskyClient.resume({ service: 'http://127.0.0.1:1', fetch: hang, timeoutMs: 50 }, sessionBody(1));
    // AbortSignal.timeout does not keep the process alive; a real request would.
    const keepAlive = setTimeout(() => {}, 5000);
    await assert.rejects(
      client.call('looking', (agent) => agent.com.atproto.repo.getRecord({ repo: 'did:plc:alice', collection: 'a.b.c', rkey: 'x' })),
      (err: unknown) => err instanceof NetworkError && err.kind === 'transient',
    );
    clearTimeout(keepAlive);
  });
});
