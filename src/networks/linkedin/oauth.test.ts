import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NetworkError } from '../connector.js';
import { createLinkedInOAuthProvider, LINKEDIN_SCOPES, readLinkedInCallback } from './oauth.js';

const redirectUri = 'https://chorus.example/oauth/linkedin/callback';

test('the authorize URL has response_type, client_id, redirect_uri, state and space-separated scopes', () => {
  const provider = createLinkedInOAuthProvider({ clientId: 'cid', clientSecret: 's' });
  const url = new URL(provider.authorizeUrl({ state: 'st', redirectUri }));
  assert.equal(url.origin + url.pathname, 'https://www.linkedin.com/oauth/v2/authorization');
  assert.deepEqual(Object.fromEntries(url.searchParams), { response_type: 'code', client_id: 'cid', redirect_uri: redirectUri, state: 'st', scope: LINKEDIN_SCOPES.join(' ') });
});

test('the token answer has no token_type; refresh token and its expiry are read', async () => {
  let form: URLSearchParams | undefined;
  const fetchStub: typeof fetch = async (url, init) => {
    assert.equal(String(url), 'https://www.linkedin.com/oauth/v2/accessToken');
    form = init?.body as URLSearchParams;
    return Response.json({ access_token: 'AQV', expires_in: 5_184_000, refresh_token: 'AQX', refresh_token_expires_in: 31_536_000, scope: 'openid,profile' });
  };
  const grant = await createLinkedInOAuthProvider({ clientId: 'cid', clientSecret: 's', fetch: fetchStub }).exchangeCode({ code: 'c', redirectUri });
  assert.equal(form?.get('grant_type'), 'authorization_code');
  assert.equal(form?.get('client_secret'), 's');
  assert.equal(grant.refreshToken, 'AQX');
  assert.ok(grant.refreshExpiresAt && grant.refreshExpiresAt.getTime() > Date.now() + 364 * 86_400_000);
});

test('a refused code is auth with LinkedIn’s description; a cancel on the consent page is rejected', async () => {
  const refusing: typeof fetch = async () => Response.json({ error: 'invalid_request', error_description: 'Unable to retrieve access token: authorization code expired' }, { status: 400 });
  await assert.rejects(
    createLinkedInOAuthProvider({ clientId: 'cid', clientSecret: 's', fetch: refusing }).exchangeCode({ code: 'c', redirectUri }),
    (e: unknown) => e instanceof NetworkError && e.kind === 'auth' && /authorization code expired/.test(e.message),
  );
  assert.throws(() => readLinkedInCallback(`${redirectUri}?error=user_cancelled_login&error_description=The+user+cancelled+LinkedIn+login&state=s`, 's'), /cancelled LinkedIn login/);
  assert.deepEqual(readLinkedInCallback(`${redirectUri}?code=abc&state=s`, 's'), { code: 'abc' });
});
