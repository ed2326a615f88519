import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, beforeEach, it } from 'node:test';
import { call, createTestApp, type TestApp } from '../../testing/app.js';
import { setupTenant, type Tenant } from '../../testing/scenario.js';
import { forEachDatabase } from '../../db/testing.js';
import { NetworkError } from '../../networks/connector.js';
import { NetworkRegistry } from '../../networks/registry.js';
import { crcResponse } from '../../networks/x/webhooks.js';
import { connectChannel } from '../channels/service.js';
import { runPublish } from '../publishing/publisher.js';
import { pollChannelEngagement } from '../engagement/jobs.js';
import { comment, InboxNetwork } from '../../../test/fakes/inbox-network.js';

const APP_SECRET = 'meta-app-secret';
const VERIFY_TOKEN = 'meatball';
const X_SECRET = 'x-consumer-secret';

const metaSign = (body: string, secret = APP_SECRET) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
const xSign = (body: string, secret = X_SECRET) => `sha256=${createHmac('sha256', secret).update(body).digest('base64')}`;

forEachDatabase('webhooks', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  let pageId: string;
  let facebookChannelId: string;
  let xChannelId: string;
  let xUserId: string;
  let ourPostId: string;
  const inbox = new InboxNetwork();

  const count = async (channelId: string) =>
    Number((await getDb().db.selectFrom('engagements').select((eb) => eb.fn.countAll().as('n')).where('channel_id', '=', channelId).executeTakeFirstOrThrow()).n);

  const postMeta = (body: string, headers: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/webhooks/meta', headers: { 'content-type': 'application/json', ...headers }, payload: body });

  before(async () => {
    const registry = new NetworkRegistry().register(inbox.connector('bluesky')).register(inbox.connector('facebook')).register(inbox.connector('x'));
    t = await createTestApp(getDb(), {
      networks: registry,
      env: { CHORUS_META_APP_SECRET: APP_SECRET, CHORUS_META_VERIFY_TOKEN: VERIFY_TOKEN, CHORUS_X_CONSUMER_SECRET: X_SECRET },
    });
    a = await setupTenant(t.app);
    const access = { workspaceId: a.workspaceId, workspaceName: 'A', timezone: 'UTC', userId: a.userId, role: 'owner' as const };
    const facebook = await connectChannel(t.ctx, access, 'facebook', { accessToken: 'page' });
    facebookChannelId = facebook.channel.id;
    const x = await connectChannel(t.ctx, access, 'x', { accessToken: 'xuser' });
    xChannelId = x.channel.id;
    const rows = await getDb().db.selectFrom('channels').select(['id', 'external_id']).where('id', 'in', [facebookChannelId, xChannelId]).execute();
    pageId = rows.find((r) => r.id === facebookChannelId)!.external_id;
    xUserId = rows.find((r) => r.id === xChannelId)!.external_id;
    // One post of ours on the Page, published, so comments on it belong to its publication.
    const post = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, { text: 'Open Sunday', channelIds: [facebookChannelId], publishNow: true });
    assert.equal(post.status, 201, JSON.stringify(post.body));
    const pub = post.body.publications[0] as { id: string };
    const row = await getDb().db.selectFrom('publications').selectAll().where('id', '=', pub.id).executeTakeFirstOrThrow();
    await runPublish(t.ctx, { publicationId: pub.id, version: row.version });
    const published = await getDb().db.selectFrom('publications').selectAll().where('id', '=', pub.id).executeTakeFirstOrThrow();
    assert.equal(published.status, 'published');
    ourPostId = published.external_id!;
  });
  after(async () => t?.close());
  beforeEach(() => {
    inbox.engagement = [];
  });

  const feedComment = (commentId: string, message = 'Nice!') =>
    JSON.stringify({
      object: 'page',
      entry: [
        {
          id: pageId,
          time: 1_764_000_000,
          changes: [{ field: 'feed', value: { item: 'comment', verb: 'add', comment_id: commentId, post_id: ourPostId, message, created_time: 1_764_000_000, from: { id: '9', name: 'Ana' } } }],
        },
      ],
    });

  it("Meta's handshake answers hub.challenge only to our verify token", async () => {
    const ok = await t.app.inject({ method: 'GET', url: `/api/v1/webhooks/meta?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444` });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.body, '1158201444');
    const wrong = await t.app.inject({ method: 'GET', url: '/api/v1/webhooks/meta?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1' });
    assert.equal(wrong.statusCode, 403);
    const mode = await t.app.inject({ method: 'GET', url: `/api/v1/webhooks/meta?hub.mode=unsubscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1` });
    assert.equal(mode.statusCode, 403);
  });

  it('a signed Meta delivery is stored with its publication; unsigned or wrongly signed stores nothing', async () => {
    const body = feedComment('c-unsigned');
    assert.equal((await postMeta(body, {})).statusCode, 401);
    const wrong = await postMeta(body, { 'x-hub-signature-256': metaSign(body, 'another-secret') });
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.json().error.code, 'invalid_signature');
    // The signature covers the raw bytes: the same JSON re-serialised differently does not pass.
    const spaced = body.replace('"object":"page"', '"object": "page"');
    assert.equal((await postMeta(spaced, { 'x-hub-signature-256': metaSign(body) })).statusCode, 401);
    assert.equal(await count(facebookChannelId), 0, 'nothing stored from refused deliveries');

    const good = await postMeta(body, { 'x-hub-signature-256': metaSign(body) });
    assert.equal(good.statusCode, 200, good.body);
    assert.deepEqual(good.json(), { received: 1 });
    const row = await getDb().db.selectFrom('engagements').selectAll().where('external_id', '=', 'c-unsigned').executeTakeFirstOrThrow();
    assert.equal(row.channel_id, facebookChannelId);
    assert.equal(row.workspace_id, a.workspaceId);
    assert.equal(row.kind, 'reply');
    assert.equal(row.parent_external_id, ourPostId);
    const pub = await getDb().db.selectFrom('publications').select('id').where('external_id', '=', ourPostId).executeTakeFirstOrThrow();
    assert.equal(row.publication_id, pub.id);
    assert.equal((await postMeta('not json', { 'x-hub-signature-256': metaSign('not json') })).statusCode, 400);
  });

  it('a webhook and a poll that find the same comment store it once', async () => {
    const body = feedComment('c-both', 'Seen twice');
    assert.equal((await postMeta(body, { 'x-hub-signature-256': metaSign(body) })).statusCode, 200);
    const before = await count(facebookChannelId);
    inbox.engagement = [{ ...comment('c-both', ourPostId, new Date(1_764_000_000_000), 'Seen twice'), author: { externalId: '9', handle: 'ana.b', displayName: 'Ana B', avatarUrl: 'https://cdn.example/ana.jpg' } }];
    const polled = await pollChannelEngagement(t.ctx, facebookChannelId);
    assert.deepEqual(polled, { kind: 'polled', found: 1, stored: 0 });
    assert.equal(await count(facebookChannelId), before);
    const row = await getDb().db.selectFrom('engagements').selectAll().where('external_id', '=', 'c-both').executeTakeFirstOrThrow();
    assert.equal(row.author_avatar_url, 'https://cdn.example/ana.jpg', 'the poll filled in what the webhook lacked');
    // And the other way round: polled first, then delivered.
    inbox.engagement = [comment('c-poll-first', ourPostId, new Date())];
    assert.equal((await pollChannelEngagement(t.ctx, facebookChannelId)).kind, 'polled');
    const later = feedComment('c-poll-first');
    assert.equal((await postMeta(later, { 'x-hub-signature-256': metaSign(later) })).statusCode, 200);
    assert.equal(await count(facebookChannelId), before + 1);
  });

  it("X: CRC answered with the consumer secret; deliveries need x-twitter-webhooks-signature", async () => {
    const crc = await call(t.app, null, 'GET', '/api/v1/webhooks/x?crc_token=challenge-123');
    assert.equal(crc.status, 200);
    assert.deepEqual(crc.body, { response_token: crcResponse('challenge-123', X_SECRET) });
    assert.equal((await call(t.app, null, 'GET', '/api/v1/webhooks/x')).status, 400);

    const body = JSON.stringify({
      for_user_id: xUserId,
      tweet_create_events: [
        { id_str: '9001', created_at: 'Wed Nov 25 10:00:00 +0000 2026', text: '@us hello', user: { id_str: '77', screen_name: 'ben', name: 'Ben' }, in_reply_to_status_id_str: '42', in_reply_to_user_id_str: xUserId },
      ],
    });
    const post = (headers: Record<string, string>) => t.app.inject({ method: 'POST', url: '/api/v1/webhooks/x', headers: { 'content-type': 'application/json', ...headers }, payload: body });
    assert.equal((await post({})).statusCode, 401);
    assert.equal((await post({ 'x-twitter-webhooks-signature': xSign(body, 'wrong') })).statusCode, 401);
    assert.equal(await count(xChannelId), 0);
    const ok = await post({ 'x-twitter-webhooks-signature': xSign(body) });
    assert.equal(ok.statusCode, 200, ok.body);
    const row = await getDb().db.selectFrom('engagements').selectAll().where('channel_id', '=', xChannelId).executeTakeFirstOrThrow();
    assert.deepEqual([row.kind, row.external_id, row.parent_external_id, row.author_handle], ['reply', '9001', '42', '@ben']);
    // Delivered again (X retries): still one row.
    assert.equal((await post({ 'x-twitter-webhooks-signature': xSign(body) })).statusCode, 200);
    assert.equal(await count(xChannelId), 1);
  });

  it('a secret that is not configured answers 503 with what to set', async () => {
    const saved = { ...t.ctx.config.webhooks };
    try {
      Object.assign(t.ctx.config.webhooks, { metaAppSecret: undefined, metaVerifyToken: undefined, xConsumerSecret: undefined });
      const body = feedComment('c-none');
      const meta = await postMeta(body, { 'x-hub-signature-256': metaSign(body) });
      assert.equal(meta.statusCode, 503);
      assert.match(meta.json().error.message, /CHORUS_META_APP_SECRET/);
      assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/webhooks/meta?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1' })).statusCode, 503);
      const x = await call(t.app, null, 'GET', '/api/v1/webhooks/x?crc_token=abc');
      assert.equal(x.status, 503);
      assert.match(x.body.error.message, /CHORUS_X_CONSUMER_SECRET/);
    } finally {
      Object.assign(t.ctx.config.webhooks, saved);
    }
  });

  it('polling keeps a cursor per channel and honours a rate limit to the millisecond', async () => {
    const now = Date.now();
    inbox.sinces = [];
    inbox.engagement = [comment('p-1', null, new Date(now - 60_000))];
    assert.equal((await pollChannelEngagement(t.ctx, a.channelId, now)).kind, 'polled');
    const sync = await getDb().db.selectFrom('channel_sync').selectAll().where('channel_id', '=', a.channelId).executeTakeFirstOrThrow();
    // The cursor is the newest item minus the overlap that catches late-indexed items.
    assert.equal(sync.engagement_since?.getTime(), now - 60_000 - 10 * 60_000);
    assert.equal(sync.engagement_next_at.getTime(), now + 5 * 60_000);
    inbox.failures = [new NetworkError('rate_limited', 'slow down', { retryAfterMs: 123_456 })];
    const limited = await pollChannelEngagement(t.ctx, a.channelId, now);
    assert.deepEqual(limited, { kind: 'retry_later', atMs: now + 123_456 });
    assert.equal(inbox.sinces.at(-1)?.getTime(), sync.engagement_since?.getTime(), 'the next poll asks from the cursor');
    const after = await getDb().db.selectFrom('channel_sync').selectAll().where('channel_id', '=', a.channelId).executeTakeFirstOrThrow();
    assert.equal(after.engagement_next_at.getTime(), now + 123_456);
    assert.equal(after.engagement_since?.getTime(), sync.engagement_since?.getTime(), 'a failed poll keeps the cursor');
  });
});
