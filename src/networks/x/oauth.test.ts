import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NetworkError } from '../connector.js';
import { createPkce } from '../oauth2.js';
import { authorizeRequest, exchangeCodeAnswered } from '../oauth2.testing.js';
import { createXOAuthProvider, readXCallback, X_SCOPES } from './oauth.js';

const redirectUri = 'https://chorus.example/oauth/x/callback';

test('the authorize URL is on x.com (or the configured origin) with PKCE S256, scopes and state', () => {
  const pkce = createPkce();
  const { endpoint, query } = authorizeRequest(createXOAuthProvider({ clientId: 'cid', clientSecret: 's' }), { state: 'st&1', redirectUri, codeChallenge: pkce.challenge });
  assert.equal(endpoint, 'https://x.com/i/oauth2/authorize');
  assert.deepEqual(query, {
    response_type: 'code',
    client_id: 'cid',
    redirect_uri: redirectUri,
    scope: X_SCOPES.join(' '),
    state: 'st&1',
    code_challenge: pkce.challenge,
    code_challenge_method: 'S256',
  });
  assert.ok(X_SCOPES.includes('offline.access') && X_SCOPES.includes('media.write'));
  const custom = createXOAuthProvider({ clientId: 'cid', clientSecret: 's', authorizeUrl: 'http://127.0.0.1:9/i/oauth2/authorize' });
  assert.match(custom.authorizeUrl({ state: 's', redirectUri, codeChallenge: 'c' }), /^http:\/\/127\.0\.0\.1:9\/i\/oauth2\/authorize\?/);
  assert.throws(() => custom.authorizeUrl({ state: 's', redirectUri }), /PKCE/);
  assert.equal(custom.usesPkce, true);
});

test('the callback gives the code only when the state matches; a refusal is rejected', () => {
  assert.deepEqual(readXCallback(`${redirectUri}?state=s1&code=abc`, 's1'), { code: 'abc' });
  assert.throws(() => readXCallback(`${redirectUri}?state=s2&code=abc`, 's1'), NetworkError);
  assert.throws(() => readXCallback(`${redirectUri}?error=access_denied&state=s1`, 's1'), /declined on X/);
  assert.throws(() => readXCallback(`${redirectUri}?state=s1`, 's1'), /without an authorization code/);
});

test('the code exchange uses HTTP Basic client auth and the verifier', async () => {
  const { grant, request } = await exchangeCodeAnswered(
    (fetch) => createXOAuthProvider({ clientId: 'cid', clientSecret: 'sec', fetch }),
    { token_type: 'bearer', expires_in: 7200, access_token: 'at', refresh_token: 'rt', scope: X_SCOPES.join(' ') },
    { code: 'c', redirectUri, codeVerifier: 'v' },
  );
  assert.equal(request.authorization, `Basic ${Buffer.from('cid:sec').toString('base64')}`);
  assert.deepEqual(request.form, { grant_type: 'authorization_code', code: 'c', redirect_uri: redirectUri, code_verifier: 'v', client_id: 'cid' });
  assert.equal(grant.refreshToken, 'rt');
  assert.ok(grant.expiresAt && Math.abs(grant.expiresAt.getTime() - Date.now() - 7_200_000) < 5000);
});
