/**
 * A Facebook Page channel end to end with the real connector against the strict fake Graph API (real HTTP): a
 * comment delivered by the signed Meta webhook and found again by the poll is one row belonging to our publication;
 * metrics become a series point; the refresh job leaves Page tokens alone, renews an expiring user token, and marks
 * the channel needs_reconnect when Meta refuses.
 * Run: node scripts/test.mjs test/fakes/meta/inbox-webhook.test.ts
 */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, it } from 'node:test';
import { call, createTestApp, type TestApp } from '../../../src/testing/app.js';
import { setupTenant, type Tenant } from '../../../src/testing/scenario.js';
import { forEachDatabase } from '../../../src/db/testing.js';
import { refreshChannel } from '../../../src/features/channels/refresh.js';
import { channelsRepository } from '../../../src/features/channels/repository.js';
import { connectChannel } from '../../../src/features/channels/service.js';
import { pollChannelEngagement } from '../../../src/features/engagement/jobs.js';
import { collectChannelMetrics } from '../../../src/features/metrics/jobs.js';
import { runPublish } from '../../../src/features/publishing/publisher.js';
import { createFacebookConnector } from '../../../src/networks/facebook/index.js';
import { NetworkRegistry } from '../../../src/networks/registry.js';
import { MemoryNetwork } from '../memory-network.js';
import { startFakeMeta, type FakeMeta } from './server.js';

forEachDatabase('Facebook Page inbox, metrics and refresh against the Graph fake', (getDb) => {
  let fake: FakeMeta;
  let t: TestApp;
  let a: Tenant;
  let pageId: string;
  let channelId: string;
  let publicationId: string;
  let postExternalId: string;

  const access = () => ({ workspaceId: a.workspaceId, workspaceName: 'A', timezone: 'UTC', userId: a.userId, role: 'owner' as const });

  before(async () => {
    fake = await startFakeMeta();
    const facebook = createFacebookConnector({ apiUrl: fake.baseUrl, appSecret: fake.appSecret, appId: fake.appId });
    t = await createTestApp(getDb(), {
      networks: new NetworkRegistry().register(new MemoryNetwork().connector('bluesky')).register(facebook),
      env: { CHORUS_META_APP_SECRET: fake.appSecret, CHORUS_META_VERIFY_TOKEN: 'verify-me' },
    });
    a = await setupTenant(t.app);
    const { page } = fake.addPageWithOwner('Acme Bakery');
    pageId = page.id;
    channelId = (await connectChannel(t.ctx, access(), 'facebook', { accessToken: page.token })).channel.id;
    const post = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, { text: 'Fresh bread at 7', channelIds: [channelId], publishNow: true });
    assert.equal(post.status, 201, JSON.stringify(post.body));
    publicationId = post.body.publications[0].id;
    const row = await getDb().db.selectFrom('publications').selectAll().where('id', '=', publicationId).executeTakeFirstOrThrow();
    await runPublish(t.ctx, { publicationId, version: row.version });
    const published = await getDb().db.selectFrom('publications').selectAll().where('id', '=', publicationId).executeTakeFirstOrThrow();
    assert.equal(published.status, 'published', published.error ?? '');
    postExternalId = published.external_id!;
  });
  after(async () => {
    await t?.close();
    await fake?.stop();
  });

  it('a comment delivered by the signed webhook and found by the poll is one row of our publication', async () => {
    const comment = fake.comment({ on: postExternalId, fromId: '902', fromName: 'Cy', message: 'Lovely' });
    const body = JSON.stringify({
      object: 'page',
      entry: [
        {
          id: pageId,
          time: Math.floor(Date.now() / 1000),
          changes: [{ field: 'feed', value: { item: 'comment', verb: 'add', comment_id: comment.id, post_id: postExternalId, message: 'Lovely', created_time: Math.floor(Date.now() / 1000), from: { id: '902', name: 'Cy' } } }],
        },
      ],
    });
    const send = (signature?: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/webhooks/meta', headers: { 'content-type': 'application/json', ...(signature ? { 'x-hub-signature-256': signature } : {}) }, payload: body });
    assert.equal((await send()).statusCode, 401);
    const good = await send(`sha256=${createHmac('sha256', fake.appSecret).update(body).digest('hex')}`);
    assert.equal(good.statusCode, 200, good.body);

    const polled = await pollChannelEngagement(t.ctx, channelId);
    assert.equal(polled.kind, 'polled', JSON.stringify(polled));
    const rows = await getDb().db.selectFrom('engagements').selectAll().where('channel_id', '=', channelId).execute();
    assert.deepEqual(rows.map((r) => [r.external_id, r.kind, r.publication_id, r.author_name]), [[comment.id, 'reply', publicationId, 'Cy']]);

    // Hidden from the inbox, on Facebook too.
    const hidden = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/engagements/${rows[0]!.id}/hide`, { hidden: true });
    assert.equal(hidden.status, 200, JSON.stringify(hidden.body));
    assert.equal(fake.state.comments.get(comment.id)?.hidden, true);
  });

  it('metrics: a series point from Graph', async () => {
    fake.comment({ on: postExternalId, fromId: '903', fromName: 'Di', message: 'Yum' });
    const outcome = await collectChannelMetrics(t.ctx, channelId);
    assert.deepEqual(outcome, { kind: 'collected', points: 1 });
    const point = await getDb().db.selectFrom('publication_metrics').selectAll().where('publication_id', '=', publicationId).executeTakeFirstOrThrow();
    assert.ok(point.replies >= 2, `replies ${point.replies}`);
  });

  it('refresh: Page tokens are left alone; an expiring user token is renewed; a dead one needs reconnecting', async () => {
    assert.equal(await refreshChannel(t.ctx, channelId), 'unchanged');
    // A channel connected with a pasted user token and its id, whose ~60-day token is near its end.
    const { owner, page } = fake.addPageWithOwner('Second Shop');
    const second = (await connectChannel(t.ctx, access(), 'facebook', { accessToken: owner.token, accountId: page.id })).channel.id;
    const setExpiry = async (id: string, expiresAt: Date, token?: string) => {
      const row = (await channelsRepository.findById(getDb().db, id))!;
      const creds = t.ctx.secrets.open(row.credentials_enc, row.workspace_id);
      await channelsRepository.setCredentials(getDb().db, id, t.ctx.secrets.seal({ ...creds, ...(token && { accessToken: token }), expiresAt: expiresAt.toISOString() }, row.workspace_id));
    };
    await setExpiry(second, new Date(Date.now() + 60_000), owner.token);
    assert.equal(await refreshChannel(t.ctx, second), 'refreshed');
    const row = (await channelsRepository.findById(getDb().db, second))!;
    const renewed = t.ctx.secrets.open(row.credentials_enc, row.workspace_id);
    assert.notEqual(renewed['accessToken'], owner.token);
    assert.ok(Date.parse(renewed['expiresAt'] ?? '') > Date.now() + 50 * 86_400_000);

    fake.expireToken(renewed['accessToken'] ?? '');
    await setExpiry(second, new Date(Date.now() - 1000));
    assert.equal(await refreshChannel(t.ctx, second), 'needs_reconnect');
    const dead = (await channelsRepository.findById(getDb().db, second))!;
    assert.equal(dead.status, 'needs_reconnect');
    assert.match(dead.status_reason ?? '', /Reconnect/);
  });
});
