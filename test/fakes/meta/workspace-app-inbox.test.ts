/**
 * A workspace's own Meta app all the way, with no Meta app on the server, against the strict fake Graph API set to
 * "Require App Secret": sign-in with the workspace's app, the Page becomes a channel, a post is published, Meta's
 * webhook signed with that app's secret reaches the inbox, and the same delivery signed by another workspace's app
 * is refused.
 * Run: node scripts/test.mjs test/fakes/meta/workspace-app-inbox.test.ts
 */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, it } from 'node:test';
import { call, createTestApp, type TestApp } from '../../../src/testing/app.js';
import { setupTenant, type Tenant } from '../../../src/testing/scenario.js';
import { forEachDatabase } from '../../../src/db/testing.js';
import { connectChoice } from '../../../src/features/channels/network-oauth.js';
import { pollChannelEngagement } from '../../../src/features/engagement/jobs.js';
import { oauthRedirectUri, saveNetworkApp, workspaceOAuthProvider } from '../../../src/features/network-apps/service.js';
import { runPublish } from '../../../src/features/publishing/publisher.js';
import { createFacebookConnector } from '../../../src/networks/facebook/index.js';
import { NetworkRegistry } from '../../../src/networks/registry.js';
import { MemoryNetwork } from '../memory-network.js';
import { startFakeMeta, type FakeMeta } from './server.js';

const sign = (body: string, secret: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

forEachDatabase("A workspace's own Meta app: sign-in, publishing and webhooks against the Graph fake", (getDb) => {
  let fake: FakeMeta;
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  const access = (x: Tenant) => ({ workspaceId: x.workspaceId, workspaceName: 'W', timezone: 'UTC', userId: x.userId, role: 'owner' as const });

  before(async () => {
    fake = await startFakeMeta({ requireProof: true });
    // The server's Facebook connector knows no Meta app: only the workspace's saved one can sign its calls.
    const facebook = createFacebookConnector({ apiUrl: fake.baseUrl });
    t = await createTestApp(getDb(), {
      networks: new NetworkRegistry().register(new MemoryNetwork().connector('bluesky')).register(facebook),
      env: { CHORUS_FACEBOOK_API_URL: fake.baseUrl },
    });
    a = await setupTenant(t.app);
    b = await setupTenant(t.app, { owner: { token: a.token } });
    await saveNetworkApp(t.ctx, access(a), 'facebook', { clientId: fake.appId, clientSecret: fake.appSecret });
    await saveNetworkApp(t.ctx, access(b), 'facebook', { clientId: '99999', clientSecret: 'workspace-b-meta-secret' });
  });
  after(async () => {
    await t?.close();
    await fake?.stop();
  });

  it('connects, publishes and receives signed webhooks with the workspace app; another workspace app cannot forge them', async () => {
    assert.equal(t.ctx.config.webhooks.metaAppSecret, undefined);
    const { page, owner } = fake.addPageWithOwner('Workspace Bakery');
    const provider = await workspaceOAuthProvider(t.ctx, a.workspaceId, 'facebook');
    assert.ok(provider, "the workspace's saved app gives a sign-in");
    const redirectUri = oauthRedirectUri(t.ctx, 'facebook');
    const choices = await provider.listAccounts(await provider.exchangeCode({ code: fake.approve(owner.id, redirectUri), redirectUri }));
    const channelId = await connectChoice(t.ctx, access(a), choices[0]!);

    const post = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, { text: 'Signed by our own app', channelIds: [channelId], publishNow: true });
    assert.equal(post.status, 201, JSON.stringify(post.body));
    const publicationId = post.body.publications[0].id as string;
    const row = await getDb().db.selectFrom('publications').selectAll().where('id', '=', publicationId).executeTakeFirstOrThrow();
    await runPublish(t.ctx, { publicationId, version: row.version });
    const published = await getDb().db.selectFrom('publications').selectAll().where('id', '=', publicationId).executeTakeFirstOrThrow();
    assert.equal(published.status, 'published', published.error ?? '');

    const comment = fake.comment({ on: published.external_id!, fromId: '902', fromName: 'Cy', message: 'Lovely' });
    const now = Math.floor(Date.now() / 1000);
    const body = JSON.stringify({
      object: 'page',
      entry: [{ id: page.id, time: now, changes: [{ field: 'feed', value: { item: 'comment', verb: 'add', comment_id: comment.id, post_id: published.external_id, message: 'Lovely', created_time: now, from: { id: '902', name: 'Cy' } } }] }],
    });
    const send = (signature: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/webhooks/meta', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature }, payload: body });
    assert.equal((await send(sign(body, 'workspace-b-meta-secret'))).statusCode, 401, "workspace B's app about A's Page");
    const rows = () => getDb().db.selectFrom('engagements').selectAll().where('channel_id', '=', channelId).execute();
    assert.equal((await rows()).length, 0);
    const good = await send(sign(body, fake.appSecret));
    assert.equal(good.statusCode, 200, good.body);
    // The poll (signed with the workspace's app too) finds the same comment: still one row, of our publication.
    const polled = await pollChannelEngagement(t.ctx, channelId);
    assert.equal(polled.kind, 'polled', JSON.stringify(polled));
    assert.deepEqual((await rows()).map((r) => [r.external_id, r.publication_id]), [[comment.id, publicationId]]);
  });
});
