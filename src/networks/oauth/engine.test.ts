import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NetworkError } from '../connector.js';
import { createOAuthProvider, grantCredentials, readCallback, requestToken, type OAuthDefinition } from './engine.js';

const redirectUri = 'https://chorus.example/oauth/demo/callback';

function definition(overrides: Partial<OAuthDefinition> = {}, token: Partial<OAuthDefinition['token']> = {}): OAuthDefinition {
  return {
    network: 'x',
    who: 'Demo',
    reconnect: 'the Demo account',
    authorize: { url: 'https://demo.example/authorize', scopes: ['a', 'b'], scopeSeparator: ' ', pkce: 'none' },
    token: {
      url: 'https://api.demo.example/token',
      clientAuth: 'body',
      said: (body) => (body && typeof body === 'object' && 'message' in body ? String(body.message) : null),
      errorFrom: (status) => new NetworkError('transient', `HTTP ${status}`, { network: 'x', status }),
      ...token,
    },
    listAccounts: async (grant) => [{ externalId: '1', label: 'Ann', network: 'x', connectInput: grantCredentials(grant) }],
    ...overrides,
  };
}

/** A fetch that records what it was sent and answers `answer`. */
function recording(answer: () => Response): { fetch: typeof fetch; sent: { url: string; headers: Headers; form: URLSearchParams }[] } {
  const sent: { url: string; headers: Headers; form: URLSearchParams }[] = [];
  return {
    sent,
    fetch: async (url, init) => {
      sent.push({ url: String(url), headers: new Headers(init?.headers), form: new URLSearchParams(String(init?.body)) });
      return answer();
    },
  };
}

test('the authorize URL carries the declared scopes, separator, client id name and extra parameters', () => {
  const def = definition({
    authorize: { url: 'https://demo.example/authorize', scopes: ['a', 'b'], scopeSeparator: ',', clientIdParam: 'client_key', pkce: 'none', params: { prompt: 'consent' } },
  });
  const url = new URL(createOAuthProvider(def, { clientId: 'cid', clientSecret: 's' }).authorizeUrl({ state: 's&1', redirectUri, codeChallenge: 'ignored' }));
  assert.equal(url.origin + url.pathname, 'https://demo.example/authorize');
  assert.deepEqual(Object.fromEntries(url.searchParams), { response_type: 'code', client_key: 'cid', redirect_uri: redirectUri, scope: 'a,b', state: 's&1', prompt: 'consent' });
});

test('PKCE: required refuses a flow without it, supported sends it only when given', async () => {
  const required = createOAuthProvider(definition({ authorize: { ...definition().authorize, pkce: 'required' } }), { clientId: 'c', clientSecret: 's' });
  assert.equal(required.usesPkce, true);
  assert.throws(() => required.authorizeUrl({ state: 's', redirectUri }), /Demo requires PKCE/);
  await assert.rejects(required.exchangeCode({ code: 'c', redirectUri }), /code verifier/);
  const url = new URL(required.authorizeUrl({ state: 's', redirectUri, codeChallenge: 'ch' }));
  assert.deepEqual([url.searchParams.get('code_challenge'), url.searchParams.get('code_challenge_method')], ['ch', 'S256']);
  const supported = createOAuthProvider(definition({ authorize: { ...definition().authorize, pkce: 'supported' } }), { clientId: 'c', clientSecret: 's' });
  assert.equal(new URL(supported.authorizeUrl({ state: 's', redirectUri })).searchParams.get('code_challenge'), null);
});

test('client authentication: the secret in the body, or HTTP Basic with the id also in the body when asked', async () => {
  const answer = () => Response.json({ access_token: 'at', refresh_token: 'rt', expires_in: '60', scope: 'a b' });
  const body = recording(answer);
  const grant = await createOAuthProvider(definition({}, { codeParams: { continuous_refresh: 'true' } }), { clientId: 'cid', clientSecret: 'sec', fetch: body.fetch }).exchangeCode({ code: 'c', redirectUri });
  assert.equal(body.sent[0]?.url, 'https://api.demo.example/token');
  assert.equal(body.sent[0]?.headers.get('authorization'), null);
  assert.deepEqual(Object.fromEntries(body.sent[0]?.form ?? []), { grant_type: 'authorization_code', code: 'c', redirect_uri: redirectUri, continuous_refresh: 'true', client_id: 'cid', client_secret: 'sec' });
  assert.deepEqual([grant.accessToken, grant.refreshToken, grant.scope], ['at', 'rt', 'a b']);
  assert.ok(grant.expiresAt && Math.abs(grant.expiresAt.getTime() - Date.now() - 60_000) < 5000);

  const basic = recording(answer);
  const provider = createOAuthProvider(definition({}, { clientAuth: 'basic', clientIdInBody: true, refreshParams: { extra: '1' } }), { clientId: 'c d', clientSecret: 's:e', fetch: basic.fetch });
  await provider.refresh('r1');
  assert.equal(basic.sent[0]?.headers.get('authorization'), `Basic ${Buffer.from('c%20d:s%3Ae').toString('base64')}`);
  assert.deepEqual(Object.fromEntries(basic.sent[0]?.form ?? []), { grant_type: 'refresh_token', refresh_token: 'r1', extra: '1', client_id: 'c d' });
});

test('the token answer’s extra fields are read by name: refresh expiry (seconds or a date) and the account id', async () => {
  const fields = { refreshExpiresIn: 'refresh_expires_in', refreshExpiresAt: 'refresh_expires_at', userId: 'open_id' };
  const app = (body: unknown) => ({ clientId: 'c', clientSecret: 's', fetch: async () => Response.json(body) });
  const at = await requestToken(definition({}, { fields }), app({ access_token: 'a', refresh_expires_in: 100, refresh_expires_at: 1_900_000_000, open_id: 'u1' }), { grant_type: 'x' });
  assert.equal(at.refreshExpiresAt?.getTime(), 1_900_000_000_000);
  assert.equal(at.userId, 'u1');
  const inSeconds = await requestToken(definition({}, { fields }), app({ access_token: 'a', refresh_expires_in: 100 }), { grant_type: 'x' });
  assert.ok(inSeconds.refreshExpiresAt && Math.abs(inSeconds.refreshExpiresAt.getTime() - Date.now() - 100_000) < 5000);
  assert.deepEqual(await requestToken(definition(), app({ access_token: 'a', refresh_token: '' }), { grant_type: 'x' }), { accessToken: 'a' });
  await assert.rejects(requestToken(definition(), app({ token: 'a' }), { grant_type: 'x' }), (e: unknown) => e instanceof NetworkError && e.kind === 'transient');
});

test('a refusal is auth in the person’s words; other failures are the network’s errors; an unreachable endpoint is transient', async () => {
  const answering = (status: number, body: unknown) => ({ clientId: 'c', clientSecret: 's', fetch: async () => Response.json(body, { status }) });
  await assert.rejects(
    requestToken(definition(), answering(400, { message: 'bad code' }), { grant_type: 'authorization_code' }),
    (e: unknown) => e instanceof NetworkError && e.kind === 'auth' && e.message === 'Demo refused the authorization (bad code). Connect the Demo account again.',
  );
  await assert.rejects(requestToken(definition(), answering(401, {}), { grant_type: 'refresh_token' }), /Demo refused the saved access of this channel\. Connect/);
  await assert.rejects(requestToken(definition(), answering(503, {}), { grant_type: 'refresh_token' }), (e: unknown) => e instanceof NetworkError && e.message === 'HTTP 503');
  const inside200 = definition({}, { refused: (a) => a.body !== null && typeof a.body === 'object' && 'error' in a.body, refusal: (type, said) => `no: ${type} ${said}` });
  await assert.rejects(requestToken(inside200, answering(200, { error: 'x', message: 'm' }), { grant_type: 'authorization_code' }), (e: unknown) => e instanceof NetworkError && e.kind === 'auth' && e.message === 'no: authorization_code m');
  const failing = { clientId: 'c', clientSecret: 's', fetch: async () => Promise.reject(new TypeError('fetch failed', { cause: new Error('ECONNREFUSED') })) };
  await assert.rejects(requestToken(definition(), failing, { grant_type: 'x' }), (e: unknown) => e instanceof NetworkError && e.kind === 'transient' && /Could not reach Demo/.test(e.message));
});

test('accounts are listed only when the required scopes were granted', async () => {
  const def = definition({ requiredScopes: { scopes: ['b', 'c'], message: (missing) => `missing ${missing.join(', ')}` } });
  const provider = createOAuthProvider(def, { clientId: 'c', clientSecret: 's' });
  await assert.rejects(provider.listAccounts({ accessToken: 'a', scope: 'a,b' }), (e: unknown) => e instanceof NetworkError && e.kind === 'auth' && e.message === 'missing c');
  const [choice] = await provider.listAccounts({ accessToken: 'a', scope: 'b c', refreshExpiresAt: new Date('2030-01-01T00:00:00Z') });
  assert.deepEqual(choice?.connectInput, { accessToken: 'a', refreshExpiresAt: '2030-01-01T00:00:00.000Z' });
  assert.equal((await provider.listAccounts({ accessToken: 'a' })).length, 1, 'a grant naming no scopes is not second-guessed');
});

test('the callback gives the code for our state; a decline or a foreign state is rejected', () => {
  const def = { network: 'x' as const, who: 'Demo' };
  assert.deepEqual(readCallback(def, `${redirectUri}?code=abc&state=s#_`, 's'), { code: 'abc' });
  assert.throws(() => readCallback(def, `${redirectUri}?error=access_denied&state=s`, 's'), /Demo did not authorize Chorus: the request was declined on Demo\./);
  assert.throws(() => readCallback(def, `${redirectUri}?error=access_denied&error_reason=user_denied&error_description=Nope&state=s`, 's'), /: Nope\./);
  assert.throws(() => readCallback(def, `${redirectUri}?code=abc&state=other`, 's'), (e: unknown) => e instanceof NetworkError && e.kind === 'rejected');
  assert.throws(() => readCallback(def, `${redirectUri}?state=s`, 's'), /without an authorization code/);
});
