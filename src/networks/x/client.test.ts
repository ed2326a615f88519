import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NetworkError } from '../connector.js';
import { errorFromResponse, isDuplicateContent, XClient, xMessage, xRetryAfterMs } from './client.js';

const now = Date.parse('2026-01-01T00:00:00Z');
const h = (values: Record<string, string>) => new Headers(values);

test('retry delay from X headers: 15-minute window, 24-hour caps, Retry-After', () => {
  const reset = String(now / 1000 + 300);
  assert.equal(xRetryAfterMs(h({ 'x-rate-limit-limit': '100', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': reset }), now), 300_000);
  // The daily cap ran out while the 15-minute window still has room: wait for the daily reset.
  const daily = h({ 'x-rate-limit-remaining': '40', 'x-rate-limit-reset': reset, 'x-user-limit-24hour-remaining': '0', 'x-user-limit-24hour-reset': String(now / 1000 + 7200) });
  assert.equal(xRetryAfterMs(daily, now), 7_200_000);
  assert.equal(xRetryAfterMs(h({ 'retry-after': '12' }), now), 12_000);
  assert.equal(xRetryAfterMs(h({ 'x-rate-limit-remaining': '3', 'x-rate-limit-reset': reset }), now), 300_000);
  assert.equal(xRetryAfterMs(h({}), now), undefined);
});

test('X messages: the parameter message of an invalid request, the detail of a problem, OAuth errors', () => {
  assert.equal(xMessage({ errors: [{ message: 'text is too long', parameters: {} }], title: 'Invalid Request', detail: 'One or more parameters to your request was invalid.' }), 'text is too long');
  assert.equal(xMessage({ title: 'Forbidden', detail: 'You are not allowed to create a Tweet with duplicate content.', type: 'about:blank', status: 403 }), 'You are not allowed to create a Tweet with duplicate content.');
  assert.equal(xMessage({ error: 'invalid_request', error_description: 'Value passed for the token was invalid.' }), 'Value passed for the token was invalid.');
  assert.equal(xMessage(null), null);
});

test('status codes map to the kinds the publisher acts on', () => {
  const kind = (status: number, body: unknown = null) => errorFromResponse(status, h({}), body).kind;
  assert.equal(kind(401, { title: 'Unauthorized', detail: 'Unauthorized', type: 'about:blank', status: 401 }), 'auth');
  assert.equal(kind(403, { detail: 'You are not allowed to create a Tweet with duplicate content.', status: 403 }), 'rejected');
  assert.equal(kind(400), 'rejected');
  assert.equal(kind(404), 'not_found');
  assert.equal(kind(200, { errors: [{ type: 'https://api.twitter.com/2/problems/resource-not-found' }] }), 'not_found');
  assert.equal(kind(503), 'transient');
  const limited = errorFromResponse(429, h({}), null);
  assert.equal(limited.kind, 'rate_limited');
  assert.equal(limited.details.retryAfterMs, 60_000);
  assert.ok(isDuplicateContent(errorFromResponse(403, h({}), { detail: 'You are not allowed to create a Tweet with duplicate content.' })));
  assert.ok(!isDuplicateContent(errorFromResponse(403, h({}), { detail: 'You are not permitted to perform this action.' })));
});

test('network failures and timeouts are transient; the bearer token and query are sent', async () => {
  let seen: { url: string; auth: string | null } | undefined;
  const ok: typeof fetch = async (url, init) => {
    seen = { url: String(url), auth: new Headers(init?.headers).get('authorization') };
    return new Response('{"data":{}}', { status: 200 });
  };
  await new XClient({ apiUrl: 'https://proxy.example/ignored', accessToken: 'tok', fetch: ok }).get('/2/users/me', { query: { a: 'b c', skip: undefined } });
  assert.deepEqual(seen, { url: 'https://proxy.example/2/users/me?a=b+c', auth: 'Bearer tok' });
  const down: typeof fetch = async () => {
    throw new TypeError('fetch failed', { cause: new Error('ECONNREFUSED') });
  };
  await assert.rejects(new XClient({ fetch: down }).get('/2/users/me'), (e: unknown) => e instanceof NetworkError && e.kind === 'transient' && /ECONNREFUSED/.test(e.message));
  // What fetch throws when AbortSignal.timeout fires.
  const slow: typeof fetch = async () => {
    throw new DOMException('The operation was aborted due to timeout', 'TimeoutError');
  };
  await assert.rejects(new XClient({ fetch: slow, timeoutMs: 20_000 }).get('/2/users/me'), (e: unknown) => e instanceof NetworkError && e.kind === 'transient' && /did not answer/.test(e.message));
});
