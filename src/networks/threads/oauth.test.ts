import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NetworkError } from '../connector.js';
import { createThreadsOAuthProvider, readThreadsCallback, THREADS_SCOPES } from './oauth.js';

const redirectUri = 'https://chorus.example/oauth/threads/callback';

test('the authorize URL has client_id, redirect_uri, comma-separated scopes, response_type=code and state', () => {
  const provider = createThreadsOAuthProvider({ clientId: '123', clientSecret: 's' });
  const url = new URL(provider.authorizeUrl({ state: 'a b', redirectUri }));
  assert.equal(url.origin + url.pathname, 'https://threads.net/oauth/authorize');
  assert.deepEqual(Object.fromEntries(url.searchParams), { client_id: '123', redirect_uri: redirectUri, scope: THREADS_SCOPES.join(','), response_type: 'code', state: 'a b' });
  assert.equal(provider.usesPkce, false);
});

test('the callback: code (Threads appends #_), denial, foreign state', () => {
  assert.deepEqual(readThreadsCallback(`${redirectUri}?code=AQB&state=s#_`, 's'), { code: 'AQB' });
  assert.throws(() => readThreadsCallback(`${redirectUri}?error=access_denied&error_reason=user_denied&error_description=Permissions+error&state=s`, 's'), /Permissions error/);
  assert.throws(() => readThreadsCallback(`${redirectUri}?code=x&state=other`, 's'), NetworkError);
});

test('code exchange: short-lived token, then the long-lived one; a refused code is auth', async () => {
  const calls: string[] = [];
  const fetchStub: typeof fetch = async (url, init) => {
    calls.push(`${init?.method} ${String(url)}`);
    if (String(url).includes('/oauth/access_token')) return Response.json({ access_token: 'short', user_id: 42 });
    return Response.json({ access_token: 'long', token_type: 'bearer', expires_in: 5_183_944 });
  };
  const provider = createThreadsOAuthProvider({ clientId: '123', clientSecret: 's', apiUrl: 'https://graph.example', fetch: fetchStub });
  const grant = await provider.exchangeCode({ code: 'c', redirectUri });
  assert.equal(grant.accessToken, 'long');
  assert.equal(grant.userId, '42');
  assert.ok(grant.expiresAt && grant.expiresAt.getTime() > Date.now() + 59 * 86_400_000);
  assert.equal(calls[0], 'POST https://graph.example/oauth/access_token');
  assert.match(calls[1] ?? '', /^GET https:\/\/graph\.example\/access_token\?grant_type=th_exchange_token&client_secret=s&access_token=short$/);

  const refusing: typeof fetch = async () => Response.json({ error_type: 'OAuthException', code: 400, error_message: 'Matching code was not found or was already used' }, { status: 400 });
  const p2 = createThreadsOAuthProvider({ clientId: '123', clientSecret: 's', fetch: refusing });
  await assert.rejects(p2.exchangeCode({ code: 'c', redirectUri }), (e: unknown) => e instanceof NetworkError && e.kind === 'auth' && /Matching code/.test(e.message));
});
