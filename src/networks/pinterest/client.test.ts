import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NetworkError } from '../connector.js';
import { errorFromResponse, PinterestClient, pinterestMessage, pinterestRetryAfterMs } from './client.js';

const h = (values: Record<string, string>) => new Headers(values);

test('retry delay: Retry-After first, then X-RateLimit-Reset when nothing remains', () => {
  assert.equal(pinterestRetryAfterMs(h({ 'retry-after': '7' })), 7000);
  assert.equal(pinterestRetryAfterMs(h({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '42' })), 42_000);
  const now = Date.parse('2026-01-01T00:00:00Z');
  assert.equal(pinterestRetryAfterMs(h({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 30) }), now), 30_000);
  assert.equal(pinterestRetryAfterMs(h({ 'x-ratelimit-remaining': '5', 'x-ratelimit-reset': '42' })), undefined);
  assert.equal(errorFromResponse(429, h({}), { code: 8, message: 'slow' }).details.retryAfterMs, 60_000);
});

test('status codes map to the kinds the publisher acts on, with Pinterest\'s message', () => {
  const kind = (status: number) => errorFromResponse(status, h({}), { code: 1, message: 'Nope' });
  assert.equal(kind(401).kind, 'auth');
  assert.equal(kind(403).kind, 'rejected');
  assert.equal(kind(400).message, 'Pinterest refused: Nope');
  assert.equal(kind(404).kind, 'not_found');
  assert.equal(kind(502).kind, 'transient');
  assert.equal(kind(429).kind, 'rate_limited');
  assert.equal(pinterestMessage({ error_description: 'bad' }), 'bad');
  assert.equal(pinterestMessage(null), null);
});

test('the bearer token goes to the API origin only; network failures are transient', async () => {
  const seen: (string | null)[] = [];
  const ok: typeof fetch = async (_url, init) => {
    seen.push(new Headers(init?.headers).get('authorization'));
    return new Response(null, { status: 204 });
  };
  const client = new PinterestClient({ apiUrl: 'https://api.example/ignored', accessToken: 't', fetch: ok });
  await client.get('/v5/user_account');
  await client.send('POST', 'https://bucket.example/upload');
  assert.deepEqual(seen, ['Bearer t', null]);
  const down: typeof fetch = async () => {
    throw new TypeError('fetch failed', { cause: new Error('ECONNRESET') });
  };
  await assert.rejects(new PinterestClient({ fetch: down }).get('/v5/pins'), (e: unknown) => e instanceof NetworkError && e.kind === 'transient' && /ECONNRESET/.test(e.message));
});
