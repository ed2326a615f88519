import assert from 'node:assert/strict';
import { test } from 'node:test';
import { authorizeRequest, exchangeCodeAnswered } from '../oauth2.testing.js';
import { createSnapchatOAuthProvider, SNAPCHAT_SCOPES } from './oauth.js';

const redirectUri = 'https://chorus.example/oauth/snapchat/callback';

test('the authorize URL is on accounts.snapchat.com with the profile scope', () => {
  const { endpoint, query } = authorizeRequest(createSnapchatOAuthProvider({ clientId: 'cid', clientSecret: 's' }), { state: 'st', redirectUri });
  assert.equal(endpoint, 'https://accounts.snapchat.com/login/oauth2/authorize');
  assert.deepEqual(query, { client_id: 'cid', redirect_uri: redirectUri, response_type: 'code', scope: SNAPCHAT_SCOPES.join(' '), state: 'st' });
});

test('the code exchange posts a form with the client credentials to the access_token endpoint', async () => {
  const { grant, request } = await exchangeCodeAnswered(
    (fetch) => createSnapchatOAuthProvider({ clientId: 'cid', clientSecret: 'sec', fetch }),
    { access_token: 'a', token_type: 'Bearer', expires_in: 1800, refresh_token: 'r', scope: 'snapchat-profile-api' },
    { code: 'c', redirectUri },
  );
  assert.equal(request.url, 'https://accounts.snapchat.com/login/oauth2/access_token');
  assert.deepEqual(request.form, { grant_type: 'authorization_code', code: 'c', redirect_uri: redirectUri, client_id: 'cid', client_secret: 'sec' });
  assert.ok(grant.expiresAt && Math.abs(grant.expiresAt.getTime() - Date.now() - 1_800_000) < 5000);
});
