import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodeUrn, errorFromResponse, LinkedInClient, restliList, untilMidnightUtc } from './client.js';

const kind = (status: number, body: unknown = null) => errorFromResponse(status, new Headers(), body).kind;

test('HTTP statuses map to the kinds the publisher acts on', () => {
  assert.equal(kind(401, { status: 401, code: 'EXPIRED_ACCESS_TOKEN', message: 'The token used in the request has expired' }), 'auth');
  assert.equal(kind(403, { status: 403, code: 'ACCESS_DENIED', message: 'Not enough permissions' }), 'auth');
  assert.equal(kind(404), 'not_found');
  assert.equal(kind(422, { message: 'ERROR :: /commentary :: too long\n', status: 422 }), 'rejected');
  assert.equal(kind(400, { status: 400, code: 'ILLEGAL_ARGUMENT', message: 'bad' }), 'rejected');
  assert.equal(kind(426, { status: 426, code: 'NONEXISTENT_VERSION', message: 'Requested version 202301 is not active' }), 'rejected');
  assert.equal(kind(503), 'transient');
  assert.equal(kind(429), 'rate_limited');
});

test("LinkedIn's message is kept, schema errors without their ERROR :: prefix", () => {
  assert.equal(errorFromResponse(422, new Headers(), { message: 'ERROR :: /commentary :: field is required\n', status: 422 }).message, 'LinkedIn refused: /commentary :: field is required');
  const dup = errorFromResponse(422, new Headers(), { message: 'Content is a duplicate of urn:li:share:1', errorDetails: { inputErrors: [{ description: 'Duplicate post is detected', code: 'DUPLICATE_POST' }] }, status: 422 });
  assert.match(dup.message, /duplicate of urn:li:share:1 — Duplicate post is detected/);
});

test('a 429 waits for Retry-After, else until midnight UTC when the daily limits reset', () => {
  assert.equal(errorFromResponse(429, new Headers({ 'retry-after': '30' }), null).details.retryAfterMs, 30_000);
  assert.equal(untilMidnightUtc(Date.parse('2026-01-01T23:00:00Z')), 3_600_000);
  assert.equal(untilMidnightUtc(Date.parse('2026-01-01T23:59:59Z')), 60_000);
});

test('URNs are encoded for Rest.li 2.0 keys and lists', () => {
  assert.equal(encodeUrn('urn:li:share:1'), 'urn%3Ali%3Ashare%3A1');
  assert.equal(encodeUrn('urn:li:comment:(urn:li:activity:1,2)'), 'urn%3Ali%3Acomment%3A%28urn%3Ali%3Aactivity%3A1%2C2%29');
  assert.equal(restliList(['urn:li:share:1', 'urn:li:share:2']), 'List(urn%3Ali%3Ashare%3A1,urn%3Ali%3Ashare%3A2)');
});

test('/rest calls carry the version and Rest.li headers; /v2 and upload URLs do not', async () => {
  const seen: { url: string; headers: Headers }[] = [];
  const fetchStub: typeof fetch = async (url, init) => {
    seen.push({ url: String(url), headers: new Headers(init?.headers) });
    return new Response(null, { status: 201, headers: { 'x-restli-id': 'urn:li:share:1' } });
  };
  const client = new LinkedInClient('tok', { apiUrl: 'https://api.example', version: '202601', fetch: fetchStub });
  await client.request('POST', '/rest/posts', { json: {} });
  await client.request('GET', '/v2/userinfo');
  await client.request('PUT', 'https://uploads.example/part/1', { bytes: Buffer.from('x'), anonymous: true });
  assert.equal(seen[0]?.headers.get('linkedin-version'), '202601');
  assert.equal(seen[0]?.headers.get('x-restli-protocol-version'), '2.0.0');
  assert.equal(seen[0]?.headers.get('authorization'), 'Bearer tok');
  assert.equal(seen[1]?.headers.get('linkedin-version'), null);
  assert.equal(seen[2]?.url, 'https://uploads.example/part/1');
  assert.equal(seen[2]?.headers.get('authorization'), null);
});
