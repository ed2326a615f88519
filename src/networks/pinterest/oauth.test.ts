import assert from 'node:assert/strict';
import { test } from 'node:test';
import { authorizeRequest, exchangeCodeAnswered } from '../oauth2.testing.js';
import { createPinterestOAuthProvider, PINTEREST_SCOPES } from './oauth.js';

const redirectUri = 'https://chorus.example/oauth/pinterest/callback';

test('the authorize URL is www.pinterest.com/oauth/ with comma-separated scopes and no PKCE', () => {
  const { endpoint, query } = authorizeRequest(createPinterestOAuthProvider({ clientId: 'cid', clientSecret: 's' }), { state: 's&1', redirectUri });
  assert.equal(endpoint, 'https://www.pinterest.com/oauth/');
  assert.deepEqual(query, { client_id: 'cid', redirect_uri: redirectUri, response_type: 'code', scope: PINTEREST_SCOPES.join(','), state: 's&1' });
});

test('the code exchange uses HTTP Basic, a form body and asks for continuous refresh', async () => {
  const { grant, request } = await exchangeCodeAnswered(
    (fetch) => createPinterestOAuthProvider({ clientId: 'cid', clientSecret: 'sec', fetch }),
    { access_token: 'pina_x', refresh_token: 'pinr_y', token_type: 'bearer', expires_in: 2_592_000, refresh_token_expires_in: 5_184_000, refresh_token_expires_at: 1_900_000_000, scope: PINTEREST_SCOPES.join(',') },
    { code: 'c', redirectUri },
  );
  assert.equal(request.url, 'https://api.pinterest.com/v5/oauth/token');
  assert.equal(request.authorization, `Basic ${Buffer.from('cid:sec').toString('base64')}`);
  assert.deepEqual(request.form, { grant_type: 'authorization_code', code: 'c', redirect_uri: redirectUri, continuous_refresh: 'true' });
  assert.equal(grant.refreshExpiresAt?.getTime(), 1_900_000_000_000);
  assert.ok(grant.expiresAt && Math.abs(grant.expiresAt.getTime() - Date.now() - 2_592_000_000) < 5000);
});
