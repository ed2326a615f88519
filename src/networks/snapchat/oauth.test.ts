import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSnapchatOAuthProvider, SNAPCHAT_SCOPES } from './oauth.js';

const redirectUri = 'https://chorus.example/oauth/snapchat/callback';

test('the authorize URL is on accounts.snapchat.com with the profile scope', () => {
  const url = new URL(createSnapchatOAuthProvider({ clientId: 'cid', clientSecret: 's' }).authorizeUrl({ state: 'st', redirectUri }));
  assert.equal(url.origin + url.pathname, 'https://accounts.snapchat.com/login/oauth2/authorize');
  assert.deepEqual(Object.fromEntries(url.searchParams), { client_id: 'cid', redirect_uri: redirectUri, response_type: 'code', scope: SNAPCHAT_SCOPES.join(' '), state: 'st' });
});

test('the code exchange posts a form with the client credentials to the access_token endpoint', async () => {
  let seen: { url: string; body: string } | undefined;
  const fetchImpl: typeof fetch = async (url, init) => {
    seen = { url: String(url), body: String(init?.body) };
    return Response.json({ access_token: 'a', token_type: 'Bearer', expires_in: 1800, refresh_token: 'r', scope: 'snapchat-profile-api' });
  };
  const grant = await createSnapchatOAuthProvider({ clientId: 'cid', clientSecret: 'sec', fetch: fetchImpl }).exchangeCode({ code: 'c', redirectUri });
  assert.equal(seen?.url, 'https://accounts.snapchat.com/login/oauth2/access_token');
  assert.deepEqual(Object.fromEntries(new URLSearchParams(seen?.body)), { grant_type: 'authorization_code', code: 'c', redirect_uri: redirectUri, client_id: 'cid', client_secret: 'sec' });
  assert.ok(grant.expiresAt && Math.abs(grant.expiresAt.getTime() - Date.now() - 1_800_000) < 5000);
});
