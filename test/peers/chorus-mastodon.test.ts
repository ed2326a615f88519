/**
 * Chorus end to end against a real Mastodon-API server (snac2): "Sign in with Mastodon" through Chorus's own routes,
 * then compose with a Mastodon variant, publish, and find the status on the server.
 * Run: sh test/peers/mastodon/setup.sh && node scripts/test.mjs test/peers/chorus-mastodon.test.ts
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { call, waitFor } from '../../src/testing/app.js';
import { startWorkers } from '../../src/app/workers.js';
import { chorusBeside } from './chorus-beside.js';
import { startSnac } from './mastodon/harness.js';

const env = chorusBeside(startSnac);

it('connects through Mastodon OAuth, then publishes a post with a Mastodon variant', async () => {
  const { t, peer: snac } = env;
  const setup = await call(t.app, null, 'POST', '/api/v1/setup', { email: 'carol@example.com', password: 'carol password 1', workspaceName: 'Carol & Co' });
  const tenant = { token: setup.body.token as string };
  const ws = `/api/v1/workspaces/${setup.body.workspace.id}`;
  const password = await snac.addUser('carol');

  const start = await call(t.app, tenant.token, 'POST', `${ws}/channels/mastodon/oauth`, { instanceUrl: snac.baseUrl });
  assert.equal(start.status, 200, JSON.stringify(start.body));
  const authorize = new URL(start.body.authorizeUrl);
  assert.equal(authorize.origin, new URL(snac.baseUrl).origin);
  const clientId = authorize.searchParams.get('client_id')!;
  const redirectUri = authorize.searchParams.get('redirect_uri')!;
  const state = authorize.searchParams.get('state')!;
  assert.ok(redirectUri.endsWith('/api/v1/oauth/mastodon/callback'));

  // The person signs in on their instance, which sends the browser back to Chorus with a code.
  const back = await snac.login({ name: 'carol', password, clientId, redirectUri, state });
  const callback = await t.app.inject({ method: 'GET', url: back.pathname + back.search });
  assert.equal(callback.statusCode, 303);
  const location = callback.headers.location as string;
  assert.match(location, /^\/#\/channels\?connected=/, location);
  const channelId = decodeURIComponent(location.split('connected=')[1]!);

  // The state works once.
  const replay = await t.app.inject({ method: 'GET', url: back.pathname + back.search });
  assert.match(replay.headers.location as string, /error=/);

  const channels = await call(t.app, tenant.token, 'GET', `${ws}/channels`);
  const channel = channels.body.channels.find((c: { id: string }) => c.id === channelId);
  assert.equal(channel.network, 'mastodon');
  assert.equal(channel.status, 'active');
  assert.ok(channel.limits.maxGraphemes > 0, 'limits read from the instance');
  assert.equal(JSON.stringify(channels.body).includes('accessToken'), false, 'no secret in API responses');

  const wrong = await call(t.app, tenant.token, 'POST', `${ws}/channels`, { network: 'mastodon', instanceUrl: snac.baseUrl, accessToken: 'not-a-token' });
  assert.equal(wrong.status, 422);
  assert.equal(wrong.body.error.code, 'credentials_rejected');

  const stop = startWorkers(t.ctx);
  try {
    const created = await call(t.app, tenant.token, 'POST', `${ws}/posts`, {
      text: 'Shared text',
      channelIds: [channelId],
      variants: [{ network: 'mastodon', text: 'Hello fediverse from Chorus https://example.com/spring' }],
      publishNow: true,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const post = await waitFor(async () => {
      const got = await call(t.app, tenant.token, 'GET', `${ws}/posts/${created.body.id}`);
      return got.body.status === 'published' ? got.body : null;
    }, 30_000);
    const pub = post.publications[0];
    // The status as the server shows it to anyone (snac's API wants a token for it; the public page does not).
    const page = await fetch(pub.externalUrl, { headers: { connection: 'close' } });
    assert.equal(page.status, 200, pub.externalUrl);
    assert.match(await page.text(), /Hello fediverse from Chorus/);
  } finally {
    await stop();
  }
});
