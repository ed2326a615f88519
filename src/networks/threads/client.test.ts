import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorFromResponse, FALLBACK_RETRY_AFTER_MS, ThreadsClient } from './client.js';

const graph = (code: number, message = 'm', subcode?: number) => ({ error: { message, type: 'OAuthException', code, error_subcode: subcode } });
const kind = (status: number, body: unknown, headers = new Headers()) => errorFromResponse(status, headers, body).kind;

test('Graph error codes map to the kinds the publisher acts on', () => {
  assert.equal(kind(400, graph(190)), 'auth');
  assert.equal(kind(400, graph(190, 'expired', 463)), 'auth');
  assert.equal(kind(403, graph(10)), 'auth');
  assert.equal(kind(400, graph(4)), 'rate_limited');
  assert.equal(kind(400, graph(17)), 'rate_limited');
  assert.equal(kind(400, graph(613)), 'rate_limited');
  assert.equal(kind(500, graph(2)), 'transient');
  assert.equal(kind(400, graph(100, 'Object does not exist', 33)), 'not_found');
  assert.equal(kind(400, graph(100, 'Invalid parameter')), 'rejected');
  assert.equal(kind(503, 'Service Unavailable'), 'transient');
});

test('the message a person can act on is error_user_msg, then message', () => {
  const e = errorFromResponse(400, new Headers(), { error: { message: '(#100) Invalid parameter', error_user_msg: 'The text is too long.', code: 100 } });
  assert.match(e.message, /The text is too long/);
});

test('rate limits wait for Retry-After, then X-Business-Use-Case-Usage, then a fallback', () => {
  assert.equal(errorFromResponse(429, new Headers({ 'retry-after': '30' }), graph(4)).details.retryAfterMs, 30_000);
  const buc = new Headers({ 'x-business-use-case-usage': JSON.stringify({ '1': [{ estimated_time_to_regain_access: 5 }] }) });
  assert.equal(errorFromResponse(400, buc, graph(17)).details.retryAfterMs, 5 * 60_000);
  assert.equal(errorFromResponse(400, new Headers(), graph(17)).details.retryAfterMs, FALLBACK_RETRY_AFTER_MS);
});

test('calls are versioned, carry the bearer token in a header, and forms are url-encoded', async () => {
  let seen: { url: string; auth: string | null; body: string } | undefined;
  const fetchStub: typeof fetch = async (url, init) => {
    seen = { url: String(url), auth: new Headers(init?.headers).get('authorization'), body: String(init?.body ?? '') };
    return Response.json({ id: '1' });
  };
  const client = new ThreadsClient('tok', { apiUrl: 'https://graph.example/', fetch: fetchStub });
  await client.request('POST', '/123/threads', { form: { media_type: 'TEXT', text: 'a&b', reply_to_id: undefined } });
  assert.equal(seen?.url, 'https://graph.example/v1.0/123/threads');
  assert.equal(seen?.auth, 'Bearer tok');
  assert.equal(seen?.body, 'media_type=TEXT&text=a%26b');
  await client.request('GET', '/refresh_access_token', { unversioned: true, anonymous: true, query: { grant_type: 'th_refresh_token' } });
  assert.equal(seen?.url, 'https://graph.example/refresh_access_token?grant_type=th_refresh_token');
  assert.equal(seen?.auth, null);
});
