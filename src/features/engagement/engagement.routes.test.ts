import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { call, type TestApp } from '../../testing/app.js';
import { setupTenant, createTenantApp, type Tenant } from '../../testing/scenario.js';
import { forEachDatabase } from '../../db/testing.js';
import { NetworkError } from '../../networks/connector.js';
import { NetworkRegistry } from '../../networks/registry.js';
import { channelsRepository } from '../channels/repository.js';
import { connectChannel } from '../channels/service.js';
import { sendReply } from './reply-sender.js';
import { storeEngagement } from './service.js';
import { comment, InboxNetwork, memberToken } from '../../../test/fakes/inbox-network.js';

forEachDatabase('engagement API', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let viewer: string;
  let editor: string;
  let facebookChannelId: string;
  const inbox = new InboxNetwork();
  const ids: Record<string, string> = {};
  const base = () => `/api/v1/workspaces/${a.workspaceId}/engagements`;
  const idOf = async (channelId: string, externalId: string) =>
    (await getDb().db.selectFrom('engagements').select('id').where('channel_id', '=', channelId).where('external_id', '=', externalId).executeTakeFirstOrThrow()).id;

  before(async () => {
    const registry = new NetworkRegistry().register(inbox.connector('bluesky', { hide: true })).register(inbox.connector('facebook', { hide: true, delete: true }));
    ({ app: t, tenant: a } = await createTenantApp(getDb(), { networks: registry }));
    b = await setupTenant(t.app, { owner: { token: a.token } });
    viewer = await memberToken(t.app, a.token, a.workspaceId, 'viewer');
    editor = await memberToken(t.app, a.token, a.workspaceId, 'editor');
    const access = { workspaceId: a.workspaceId, workspaceName: 'A', timezone: 'UTC', userId: a.userId, role: 'owner' as const };
    facebookChannelId = (await connectChannel(t.ctx, access, 'facebook', { accessToken: 'page-1' })).channel.id;
    const db = getDb().db;
    const bluesky = (await channelsRepository.findById(db, a.channelId))!;
    const facebook = (await channelsRepository.findById(db, facebookChannelId))!;
    const minute = (n: number) => new Date(Date.UTC(2026, 10, 1, 12, n));
    await storeEngagement(t.ctx, bluesky, [comment('bs-1', 'post-1', minute(1)), comment('bs-2', 'post-1', minute(2)), comment('bs-3', null, minute(3))]);
    await storeEngagement(t.ctx, facebook, [comment('fb-1', 'fbpost', minute(4))]);
    await storeEngagement(t.ctx, (await channelsRepository.findById(db, b.channelId))!, [comment('b-only', null, minute(5))]);
    for (const [name, channelId, externalId] of [
      ['bs1', a.channelId, 'bs-1'],
      ['bs3', a.channelId, 'bs-3'],
      ['fb1', facebookChannelId, 'fb-1'],
      ['bOnly', b.channelId, 'b-only'],
    ] as const) {
      ids[name] = await idOf(channelId, externalId);
    }
  });
  after(async () => t?.close());

  it('viewers read the inbox newest first, page by page and filtered', async () => {
    const all = await call(t.app, viewer, 'GET', base());
    assert.equal(all.status, 200, JSON.stringify(all.body));
    assert.deepEqual(all.body.engagements.map((e: { externalId: string }) => e.externalId), ['fb-1', 'bs-3', 'bs-2', 'bs-1']);
    assert.equal(all.body.nextBefore, null);
    const first = all.body.engagements[3];
    assert.deepEqual(first.author, { externalId: 'fan-1', handle: '@fan', name: 'A Fan', avatarUrl: null });
    assert.equal(first.parentExternalId, 'post-1');

    const page1 = await call(t.app, viewer, 'GET', `${base()}?limit=2`);
    assert.equal(page1.body.engagements.length, 2);
    const page2 = await call(t.app, viewer, 'GET', `${base()}?limit=2&before=${encodeURIComponent(page1.body.nextBefore)}`);
    assert.deepEqual(page2.body.engagements.map((e: { externalId: string }) => e.externalId), ['bs-2', 'bs-1']);

    const mentions = await call(t.app, viewer, 'GET', `${base()}?kind=mention&channelId=${a.channelId}`);
    assert.deepEqual(mentions.body.engagements.map((e: { externalId: string }) => e.externalId), ['bs-3']);
    assert.equal((await call(t.app, viewer, 'GET', `${base()}?before=yesterday`)).status, 400);
    // Another workspace's channel id matches nothing here.
    assert.deepEqual((await call(t.app, a.token, 'GET', `${base()}?channelId=${b.channelId}`)).body.engagements, []);
  });

  it('viewers cannot act; editors queue replies, hide, and delete where the network allows', async () => {
    const reply = `${base()}/${ids.bs1}/reply`;
    const refused = await call(t.app, viewer, 'POST', reply, { text: 'Thanks!' });
    assert.equal(refused.status, 403);
    assert.match(refused.body.error.message, /contributor or above/);
    assert.equal((await call(t.app, viewer, 'POST', `${base()}/${ids.bs1}/hide`, { hidden: true })).status, 403);
    assert.equal((await call(t.app, viewer, 'DELETE', `${base()}/${ids.fb1}`)).status, 403);

    // Queued (202) and sent by the reply job; replies.routes.test.ts covers the lifecycle.
    const answered = await call(t.app, editor, 'POST', reply, { text: 'Thanks!' });
    assert.equal(answered.status, 202, JSON.stringify(answered.body));
    assert.equal(answered.body.reply.status, 'queued');
    assert.equal(await sendReply(t.ctx, answered.body.reply.id), 'sent');
    assert.equal(inbox.replies.length, 1);
    assert.equal(inbox.replies[0]?.to, 'bs-1');
    const item = (await call(t.app, viewer, 'GET', base())).body.engagements.find((e: { id: string }) => e.id === ids.bs1);
    assert.equal(item.replyUrl, `https://memory.test/r-${inbox.replies[0]?.key}`);
    assert.equal((await call(t.app, editor, 'POST', reply, { text: '   ' })).status, 400);

    const hidden = await call(t.app, editor, 'POST', `${base()}/${ids.bs1}/hide`, { hidden: true });
    assert.equal(hidden.status, 200);
    assert.equal(hidden.body.hidden, true);
    assert.equal(inbox.hidden.get('bs-1'), true);

    const unsupported = await call(t.app, editor, 'DELETE', `${base()}/${ids.bs3}`);
    assert.equal(unsupported.status, 422);
    assert.equal(unsupported.body.error.code, 'unsupported');
    assert.match(unsupported.body.error.message, /does not let Chorus delete/);

    assert.equal((await call(t.app, editor, 'DELETE', `${base()}/${ids.fb1}`)).status, 204);
    assert.deepEqual(inbox.deleted, ['fb-1']);
    const left = await call(t.app, viewer, 'GET', base());
    assert.ok(!left.body.engagements.some((e: { externalId: string }) => e.externalId === 'fb-1'));
    assert.equal((await call(t.app, editor, 'DELETE', `${base()}/${ids.fb1}`)).status, 404, 'already deleted');
  });

  it("another workspace's engagement is 404 for every action", async () => {
    assert.equal((await call(t.app, a.token, 'POST', `${base()}/${ids.bOnly}/reply`, { text: 'hi' })).status, 404);
    assert.equal((await call(t.app, a.token, 'POST', `${base()}/${ids.bOnly}/hide`, { hidden: true })).status, 404);
    assert.equal((await call(t.app, a.token, 'DELETE', `${base()}/${ids.bOnly}`)).status, 404);
    assert.equal((await call(t.app, a.token, 'POST', `${base()}/not-a-uuid/reply`, { text: 'hi' })).status, 404);
    const bList = await call(t.app, b.token, 'GET', `/api/v1/workspaces/${b.workspaceId}/engagements`);
    assert.deepEqual(bList.body.engagements.map((e: { externalId: string }) => e.externalId), ['b-only']);
  });

  it("network refusals: a rate limit says when to retry; a dead token marks the channel for reconnection, and no reply is queued for it", async () => {
    inbox.failures = [new NetworkError('rate_limited', 'slow down', { retryAfterMs: 42_000 })];
    const limited = await call(t.app, editor, 'POST', `${base()}/${ids.bs3}/hide`, { hidden: true });
    assert.equal(limited.status, 429);
    assert.deepEqual(limited.body.error.details, { retryAfterSeconds: 42 });
    inbox.failures = [new NetworkError('rejected', 'You cannot hide this post')];
    const rejected = await call(t.app, editor, 'POST', `${base()}/${ids.bs3}/hide`, { hidden: true });
    assert.equal(rejected.status, 422);
    assert.match(rejected.body.error.message, /cannot hide this post/);
    inbox.failures = [new NetworkError('auth', 'Token has been revoked')];
    const dead = await call(t.app, editor, 'POST', `${base()}/${ids.bs3}/hide`, { hidden: true });
    assert.equal(dead.status, 409);
    const channel = await channelsRepository.findById(getDb().db, a.channelId);
    assert.equal(channel?.status, 'needs_reconnect');
    assert.match(channel?.status_reason ?? '', /revoked/);
    const again = await call(t.app, editor, 'POST', `${base()}/${ids.bs3}/reply`, { text: 'Still?' });
    assert.equal(again.status, 409);
    assert.match(again.body.error.message, /Reconnect/);
  });
});
