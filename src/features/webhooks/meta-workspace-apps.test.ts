/**
 * Meta webhooks for workspaces that saved their own Meta app (the server sets no Meta app): a delivery counts for a
 * channel only when that channel's workspace's app signed it. Attacks: workspace A's secret about B's Page, unsigned,
 * badly signed, and A's secret about A's and B's Pages at once.
 */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, beforeEach, it } from 'node:test';
import { call, createTestApp, type TestApp } from '../../testing/app.js';
import { setupTenant, type Tenant } from '../../testing/scenario.js';
import { forEachDatabase } from '../../db/testing.js';
import { NetworkRegistry } from '../../networks/registry.js';
import { connectChannel } from '../channels/service.js';
import { saveNetworkApp } from '../network-apps/service.js';
import { InboxNetwork } from '../../../test/fakes/inbox-network.js';

const SECRET_A = 'workspace-a-meta-secret';
const SECRET_B = 'workspace-b-meta-secret';
const sign = (body: string, secret: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

forEachDatabase('webhooks-workspace-meta-apps', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  const pages: Record<'a' | 'b' | 'sharedA' | 'sharedB', { channelId: string; pageId: string }> = {} as never;
  const inbox = new InboxNetwork();

  const post = (body: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/v1/webhooks/meta', headers: { 'content-type': 'application/json', ...headers }, payload: body });
  const count = async (channelId: string) =>
    Number((await getDb().db.selectFrom('engagements').select((eb) => eb.fn.countAll().as('n')).where('channel_id', '=', channelId).executeTakeFirstOrThrow()).n);
  const delivery = (...entries: Array<{ pageId: string; commentId: string }>) =>
    JSON.stringify({
      object: 'page',
      entry: entries.map((e) => ({
        id: e.pageId,
        time: 1_764_000_000,
        changes: [{ field: 'feed', value: { item: 'comment', verb: 'add', comment_id: e.commentId, post_id: `${e.pageId}_1`, message: 'Hi', created_time: 1_764_000_000, from: { id: '9', name: 'Ana' } } }],
      })),
    });

  before(async () => {
    t = await createTestApp(getDb(), { networks: new NetworkRegistry().register(inbox.connector('bluesky')).register(inbox.connector('facebook')), env: {} });
    a = await setupTenant(t.app);
    b = await setupTenant(t.app, { owner: { token: a.token } });
    const access = (x: Tenant) => ({ workspaceId: x.workspaceId, workspaceName: 'W', timezone: 'UTC', userId: x.userId, role: 'owner' as const });
    await saveNetworkApp(t.ctx, access(a), 'facebook', { clientId: '1001', clientSecret: SECRET_A });
    await saveNetworkApp(t.ctx, access(b), 'facebook', { clientId: '2002', clientSecret: SECRET_B });
    const connect = async (x: Tenant, token: string) => {
      const { channel } = await connectChannel(t.ctx, access(x), 'facebook', { accessToken: token });
      const row = await getDb().db.selectFrom('channels').select(['external_id']).where('id', '=', channel.id).executeTakeFirstOrThrow();
      return { channelId: channel.id, pageId: row.external_id };
    };
    pages.a = await connect(a, 'page-a');
    pages.b = await connect(b, 'page-b');
    // One Page connected in both workspaces, each through its own app.
    pages.sharedA = await connect(a, 'page-shared');
    pages.sharedB = await connect(b, 'page-shared');
    assert.equal(pages.sharedA.pageId, pages.sharedB.pageId);
    assert.notEqual(pages.a.pageId, pages.b.pageId);
  });
  after(async () => t?.close());
  beforeEach(() => {
    assert.equal(t.ctx.config.webhooks.metaAppSecret, undefined, 'the server sets no Meta app here');
  });

  it("the handshake answers the verify token the network apps page shows a workspace's owners, and no other", async () => {
    const list = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/network-apps`);
    assert.equal(list.status, 200);
    const meta = (list.body.apps as Array<{ network: string; webhook?: { callbackUrl: string; verifyToken: string } }>).find((x) => x.network === 'facebook');
    assert.match(meta?.webhook?.callbackUrl ?? '', /\/api\/v1\/webhooks\/meta$/);
    const token = meta?.webhook?.verifyToken ?? '';
    assert.ok(token.length >= 32 && !token.includes(SECRET_A));
    const handshake = (verifyToken: string) =>
      t.app.inject({ method: 'GET', url: `/api/v1/webhooks/meta?hub.mode=subscribe&hub.verify_token=${encodeURIComponent(verifyToken)}&hub.challenge=4242` });
    const ok = await handshake(token);
    assert.deepEqual([ok.statusCode, ok.body], [200, '4242']);
    assert.equal((await handshake(`${token.slice(0, -1)}x`)).statusCode, 403);
    assert.equal((await handshake('')).statusCode, 403);
    assert.equal((await handshake(SECRET_A)).statusCode, 403);
  });

  it("a delivery signed with a workspace's own Meta app secret about its own Page is stored", async () => {
    const body = delivery({ pageId: pages.a.pageId, commentId: 'a-1' });
    const ok = await post(body, { 'x-hub-signature-256': sign(body, SECRET_A) });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(await count(pages.a.channelId), 1);
  });

  it("workspace A's secret about workspace B's Page is refused and nothing is stored", async () => {
    const body = delivery({ pageId: pages.b.pageId, commentId: 'forged-1' });
    const forged = await post(body, { 'x-hub-signature-256': sign(body, SECRET_A) });
    assert.equal(forged.statusCode, 401);
    assert.equal(forged.json().error.code, 'invalid_signature');
    // Hidden behind A's own Page in the same delivery: refused as a whole.
    const mixed = delivery({ pageId: pages.a.pageId, commentId: 'a-2' }, { pageId: pages.b.pageId, commentId: 'forged-2' });
    const refused = await post(mixed, { 'x-hub-signature-256': sign(mixed, SECRET_A) });
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().error.code, 'signature_not_for_account');
    assert.equal(await count(pages.b.channelId), 0);
    assert.equal(await count(pages.a.channelId), 1, 'the mixed delivery stored nothing, not even for A');
  });

  it('an unsigned, badly signed or unreadable delivery is refused with 401', async () => {
    const body = delivery({ pageId: pages.b.pageId, commentId: 'b-x' });
    assert.equal((await post(body)).statusCode, 401);
    assert.equal((await post(body, { 'x-hub-signature-256': sign(body, 'guessed') })).statusCode, 401);
    assert.equal((await post(body, { 'x-hub-signature-256': 'sha256=00' })).statusCode, 401);
    assert.equal((await post(`${body} `, { 'x-hub-signature-256': sign(body, SECRET_B) })).statusCode, 401);
    assert.equal((await post('not json', { 'x-hub-signature-256': sign('not json', SECRET_B) })).statusCode, 401);
    assert.equal(await count(pages.b.channelId), 0);
  });

  it('a Page connected in two workspaces gets an event only in the workspace whose app signed it', async () => {
    const body = delivery({ pageId: pages.sharedA.pageId, commentId: 's-1' });
    assert.equal((await post(body, { 'x-hub-signature-256': sign(body, SECRET_B) })).statusCode, 200);
    assert.deepEqual([await count(pages.sharedA.channelId), await count(pages.sharedB.channelId)], [0, 1]);
  });
});
