import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NetworkError } from '../connector.js';
import { authorizeUrl, exchangeCode, readCallback, registerApp, type MastodonApp } from './oauth.js';

const app: MastodonApp = {
  instanceUrl: 'https://example.social',
  clientId: 'cid',
  clientSecret: 'secret',
  redirectUri: 'https://chorus.example/oauth/mastodon/callback',
  scopes: 'read write',
};

test('the authorize URL carries response_type, client, redirect, scopes and state', () => {
  const url = new URL(authorizeUrl({ app, state: 's t&ate' }));
  assert.equal(url.origin + url.pathname, 'https://example.social/oauth/authorize');
  assert.equal(url.searchParams.get('response_type'), 'code');
  assert.equal(url.searchParams.get('client_id'), 'cid');
  assert.equal(url.searchParams.get('redirect_uri'), app.redirectUri);
  assert.equal(url.searchParams.get('scope'), 'read write');
  assert.equal(url.searchParams.get('state'), 's t&ate');
  assert.equal(url.searchParams.get('force_login'), null);
  assert.equal(new URL(authorizeUrl({ app, state: 'x', forceLogin: true })).searchParams.get('force_login'), 'true');
});

test('the callback gives the code only when the state matches', () => {
  assert.deepEqual(readCallback(`${app.redirectUri}?code=abc&state=s1`, 's1'), { code: 'abc' });
  assert.throws(() => readCallback(`${app.redirectUri}?code=abc&state=s2`, 's1'), NetworkError);
  assert.throws(
    () => readCallback(`${app.redirectUri}?error=access_denied&error_description=The+user+declined&state=s1`, 's1'),
    /The user declined/,
  );
  assert.throws(() => readCallback(`${app.redirectUri}?state=s1`, 's1'), /without an authorization code/);
});

test('registerApp posts client_name, redirect_uris and scopes to /api/v1/apps', async () => {
  let request: { url: string; body: unknown; auth: string | undefined } | undefined;
  const fake: typeof fetch = async (url, init) => {
    const headers = init?.headers as Record<string, string>;
    request = { url: String(url), body: JSON.parse(String(init?.body)), auth: headers['authorization'] };
    return Response.json({ id: '1', name: 'Chorus', client_id: 'new-id', client_secret: 'new-secret' });
  };
  const registered = await registerApp({ instanceUrl: 'example.social', redirectUri: app.redirectUri, clientName: 'Chorus', fetch: fake });
  assert.equal(request?.url, 'https://example.social/api/v1/apps');
  assert.deepEqual(request?.body, { client_name: 'Chorus', redirect_uris: app.redirectUri, scopes: 'read write' });
  assert.equal(request?.auth, undefined);
  assert.deepEqual(registered, { ...app, clientId: 'new-id', clientSecret: 'new-secret' });
});

test('exchangeCode posts the authorization_code grant and reads the token', async () => {
  let form: URLSearchParams | undefined;
  const fake: typeof fetch = async (_url, init) => {
    form = init?.body as URLSearchParams;
    return Response.json({ access_token: 'tok', token_type: 'Bearer', scope: 'read write', created_at: 1_700_000_000 });
  };
  const token = await exchangeCode({ app, code: 'the-code', fetch: fake });
  assert.equal(form?.get('grant_type'), 'authorization_code');
  assert.equal(form?.get('code'), 'the-code');
  assert.equal(form?.get('client_id'), 'cid');
  assert.equal(form?.get('client_secret'), 'secret');
  assert.equal(form?.get('redirect_uri'), app.redirectUri);
  assert.deepEqual(token, { accessToken: 'tok', tokenType: 'Bearer', scope: 'read write', createdAt: new Date(1_700_000_000_000) });
});

test('a used or wrong code is rejected (start again), not an auth problem of a stored channel', async () => {
  const fake: typeof fetch = async () => Response.json({ error: 'invalid_grant' }, { status: 400 });
  await assert.rejects(exchangeCode({ app, code: 'old', fetch: fake }), (e: unknown) => e instanceof NetworkError && e.kind === 'rejected');
});
