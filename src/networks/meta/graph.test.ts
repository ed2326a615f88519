import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NetworkError } from '../connector.js';
import { errorFromGraph, isMissingPermission, rateLimitFromUsage, readUsage } from './errors.js';
import { appSecretProof, GRAPH_API_VERSION, GraphClient, noneWithoutPermission, UsageGate } from './graph.js';

const graphError = (code: number, extra: Record<string, unknown> = {}) => ({
  error: { message: `(#${code}) Something`, type: 'OAuthException', code, fbtrace_id: 'AbC', ...extra },
});
const none = new Headers();

test('appsecret_proof is the hex HMAC-SHA256 of the token keyed with the app secret (checked against Python hmac)', () => {
  assert.equal(appSecretProof('EAAtoken', 'app-secret'), '9f9f0867bc3df2d00cecd6aa6fb78e65b64c050401bd6ec5b84d98503d443d34');
});

test('the version is pinned in one constant and refused when malformed', () => {
  assert.match(GRAPH_API_VERSION, /^v\d+\.0$/);
  assert.equal(new GraphClient({ network: 'facebook' }).version, GRAPH_API_VERSION);
  assert.equal(new GraphClient({ network: 'facebook', graphVersion: 'v24.0' }).version, 'v24.0');
  assert.throws(() => new GraphClient({ network: 'facebook', graphVersion: '24' }), (e: unknown) => e instanceof NetworkError && e.kind === 'rejected');
});

test('Graph error codes map to the kind the publisher acts on', () => {
  const kind = (body: unknown, status = 400) => errorFromGraph(status, none, body, 'facebook').kind;
  assert.equal(kind(graphError(190, { error_subcode: 463 })), 'auth');
  assert.equal(kind(graphError(102)), 'auth');
  assert.equal(kind(graphError(10)), 'auth');
  assert.equal(kind(graphError(200)), 'auth');
  for (const code of [4, 17, 32, 613, 80001, 80002, 80014]) assert.equal(kind(graphError(code)), 'rate_limited', String(code));
  assert.equal(kind(graphError(100, { error_subcode: 33 })), 'not_found');
  assert.equal(kind(graphError(1)), 'transient');
  assert.equal(kind(graphError(2)), 'transient');
  assert.equal(kind(graphError(-1, { is_transient: true })), 'transient');
  assert.equal(kind(graphError(-2, { error_subcode: 2207003 })), 'transient');
  assert.equal(kind(graphError(506)), 'rejected');
  assert.equal(kind(graphError(100)), 'rejected');
  assert.equal(kind('<html>Bad gateway</html>', 502), 'transient');
  assert.equal(kind(null, 429), 'rate_limited');
});

test('a missing permission (10, 200-299) is told apart from a dead token (190): only the first reads as no insights', () => {
  const error = (code: number) => errorFromGraph(400, none, graphError(code), 'facebook');
  assert.deepEqual([10, 200, 299].map((code) => [error(code).kind, isMissingPermission(error(code))]), [['auth', true], ['auth', true], ['auth', true]]);
  assert.equal(isMissingPermission(error(190)), false);
  assert.equal(isMissingPermission(error(100)), false);
  assert.equal(isMissingPermission(new NetworkError('auth', 'made elsewhere')), false);
  assert.deepEqual(noneWithoutPermission(error(10)), []);
  assert.throws(() => noneWithoutPermission(error(190)), (e) => e instanceof NetworkError && e.kind === 'auth');
});

test('the person sees error_user_title and error_user_msg when Graph gives them, else message', () => {
  const withUser = errorFromGraph(400, none, graphError(36000, { error_user_title: 'Image size too large', error_user_msg: 'It should be less than 8 MiB.' }), 'instagram');
  assert.equal(withUser.message, 'Instagram refused: Image size too large: It should be less than 8 MiB.');
  assert.equal(errorFromGraph(400, none, graphError(100), 'facebook').message, 'Facebook refused: (#100) Something');
});

test('usage headers: X-App-Usage percentages and Business Use Case minutes to regain access', () => {
  const app = new Headers({ 'x-app-usage': '{"call_count":28,"total_time":91,"total_cputime":25}' });
  assert.deepEqual(readUsage(app), { highestPercent: 91, regainAccessMinutes: null, source: 'x-app-usage total_time' });
  const gated = rateLimitFromUsage(app, 'facebook');
  assert.equal(gated?.kind, 'rate_limited');
  assert.equal(gated?.details.retryAfterMs, 5 * 60_000, 'no hint: a few minutes');
  assert.equal(rateLimitFromUsage(new Headers({ 'x-app-usage': '{"call_count":89}' }), 'facebook'), null);

  const buc = new Headers({
    'x-business-use-case-usage': JSON.stringify({ '112': [{ type: 'pages', call_count: 40, total_cputime: 96, total_time: 20, estimated_time_to_regain_access: 3 }] }),
  });
  assert.equal(rateLimitFromUsage(buc, 'facebook')?.details.retryAfterMs, 3 * 60_000);
  assert.equal(errorFromGraph(400, buc, graphError(80001), 'facebook').details.retryAfterMs, 3 * 60_000);
  assert.equal(readUsage(new Headers({ 'x-app-usage': 'not json' })).highestPercent, 0);
});

test('the client sends the token as Bearer, appsecret_proof in the query, POST parameters as a form', async () => {
  const seen: { url: string; init: RequestInit }[] = [];
  const fakeFetch: typeof fetch = async (url, init) => {
    seen.push({ url: String(url), init: init ?? {} });
    return new Response('{"id":"1"}', { status: 200, headers: { 'content-type': 'application/json' } });
  };
  const client = new GraphClient({ network: 'facebook', apiUrl: 'https://graph.example/', accessToken: 'EAAtoken', appSecret: 'app-secret', fetch: fakeFetch });
  await client.post('/123/feed', { message: 'hi', link: undefined, published: false });
  const [call] = seen;
  assert.equal(call?.url, `https://graph.example/${GRAPH_API_VERSION}/123/feed?appsecret_proof=9f9f0867bc3df2d00cecd6aa6fb78e65b64c050401bd6ec5b84d98503d443d34`);
  assert.equal((call?.init.headers as Record<string, string>)['authorization'], 'Bearer EAAtoken');
  assert.equal(String(call?.init.body), 'message=hi&published=false');
});

test('a 2xx past 90 % closes the gate: the next call waits without reaching Graph', async () => {
  let calls = 0;
  const fakeFetch: typeof fetch = async () => {
    calls++;
    return new Response('{"id":"1"}', { status: 200, headers: { 'x-app-usage': '{"call_count":97}' } });
  };
  const gate = new UsageGate();
  const client = new GraphClient({ network: 'instagram', accessToken: 't', fetch: fakeFetch, gate });
  await client.get('/me');
  await assert.rejects(client.withToken('t').get('/me'), (e: unknown) => e instanceof NetworkError && e.kind === 'rate_limited' && (e.details.retryAfterMs ?? 0) > 0);
  assert.equal(calls, 1);
});

test('network failures and timeouts are transient', async () => {
  const failing: typeof fetch = async () => {
    throw new TypeError('fetch failed', { cause: new Error('ECONNREFUSED') });
  };
  const client = new GraphClient({ network: 'facebook', accessToken: 't', fetch: failing });
  await assert.rejects(client.get('/me'), (e: unknown) => e instanceof NetworkError && e.kind === 'transient' && /ECONNREFUSED/.test(e.message));
});
