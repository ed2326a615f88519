import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NetworkError } from '../connector.js';
import { GRAPH_API_VERSION } from './graph.js';
import { createMetaOAuthProvider, META_SCOPES, readMetaCallback } from './oauth.js';

test('the login dialog is on www.facebook.com/{version}/dialog/oauth with client, redirect, state and scope', () => {
  const provider = createMetaOAuthProvider({ clientId: 'app-1', clientSecret: 's' });
  const url = new URL(provider.authorizeUrl({ state: 'st', redirectUri: 'https://chorus.example/cb' }));
  assert.equal(url.origin + url.pathname, `https://www.facebook.com/${GRAPH_API_VERSION}/dialog/oauth`);
  assert.equal(url.searchParams.get('client_id'), 'app-1');
  assert.equal(url.searchParams.get('redirect_uri'), 'https://chorus.example/cb');
  assert.equal(url.searchParams.get('state'), 'st');
  assert.equal(url.searchParams.get('response_type'), 'code');
  assert.equal(url.searchParams.get('scope'), META_SCOPES.join(','));
  assert.equal(url.searchParams.get('config_id'), null);
  assert.equal(provider.usesPkce, false);
});

test('Login for Business uses config_id instead of scope; origin and version are configurable', () => {
  const provider = createMetaOAuthProvider({ clientId: 'a', clientSecret: 's', configId: '42', authorizeUrl: 'http://127.0.0.1:9/', graphVersion: 'v24.0' });
  const url = new URL(provider.authorizeUrl({ state: 's', redirectUri: 'https://x/cb' }));
  assert.equal(url.origin + url.pathname, 'http://127.0.0.1:9/v24.0/dialog/oauth');
  assert.equal(url.searchParams.get('config_id'), '42');
  assert.equal(url.searchParams.get('scope'), null);
});

test('the callback gives the code, or auth with Meta\'s reason when the person declined', () => {
  assert.deepEqual(readMetaCallback(new URLSearchParams('code=AQx&state=s1')), { code: 'AQx', state: 's1' });
  assert.throws(
    () => readMetaCallback(new URLSearchParams('error=access_denied&error_code=200&error_description=Permissions+error&error_reason=user_denied')),
    (e: unknown) => e instanceof NetworkError && e.kind === 'auth' && /Permissions error/.test(e.message),
  );
  assert.throws(() => readMetaCallback(new URLSearchParams('state=s1')), (e: unknown) => e instanceof NetworkError && e.kind === 'auth');
});
