import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPinterestOAuthProvider, PINTEREST_SCOPES } from './oauth.js';

const redirectUri = 'https://chorus.example/oauth/pinterest/callback';

test('the authorize URL is www.pinterest.com/oauth/ with comma-separated scopes and no PKCE', () => {
  const url = new URL(createPinterestOAuthProvider({ clientId: 'cid', clientSecret: 's' }).authorizeUrl({ state: 's&1', redirectUri }));
  assert.equal(url.origin + url.pathname, 'https://www.pinterest.com/oauth/');
  assert.deepEqual(Object.fromEntries(url.searchParams), { client_id: 'cid', redirect_uri: redirectUri, response_type: 'code', scope: PINTEREST_SCOPES.join(','), state: 's&1' });
});

test('the code exchange uses HTTP Basic, a form body and asks for continuous refresh', async () => {
  let seen: { url: string; auth: string | null; body: string } | undefined;
  const fetchImpl: typeof fetch = async (url, init) => {
    seen = { url: String(url), auth: new Headers(init?.headers).get('authorization'), body: String(init?.body) };
    return Response.json({ access_token: 'pina_x', refresh_token: 'pinr_y', token_type: 'bearer', expires_in: 2_592_000, refresh_token_expires_in: 5_184_000, refresh_token_expires_at: 1_900_000_000, scope: PINTEREST_SCOPES.join(',') });
  };
  const grant = await createPinterestOAuthProvider({ clientId: 'cid', clientSecret: 'sec', fetch: fetchImpl }).exchangeCode({ code: 'c', redirectUri });
  assert.equal(seen?.url, 'https://api.pinterest.com/v5/oauth/token');
  assert.equal(seen?.auth, `Basic ${Buffer.from('cid:sec').toString('base64')}`);
  assert.deepEqual(Object.fromEntries(new URLSearchParams(seen?.body)), { grant_type: 'authorization_code', code: 'c', redirect_uri: redirectUri, continuous_refresh: 'true' });
  assert.equal(grant.refreshExpiresAt?.getTime(), 1_900_000_000_000);
  assert.ok(grant.expiresAt && Math.abs(grant.expiresAt.getTime() - Date.now() - 2_592_000_000) < 5000);
});
