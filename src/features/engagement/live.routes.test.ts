import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call, waitFor } from '../../testing/app.js';
import { openEventStream } from '../../testing/event-stream.js';
import { createTenantApp, useTenantApp, type Tenant } from '../../testing/scenario.js';
import type { EngagementItem } from '../../networks/connector.js';
import type { AppContext } from '../../core/context.js';
import { liveRepository } from './live-repository.js';
import { storeEngagement } from './service.js';

let seq = 0;
function comment(text: string): EngagementItem {
  seq++;
  return { kind: 'mention', externalId: `live-${seq}`, inReplyTo: null, author: { externalId: 'p', handle: 'p.test', displayName: 'P', avatarUrl: null }, text, url: null, createdAt: new Date() };
}

async function store(ctx: AppContext, tenant: Tenant, texts: string[]): Promise<string[]> {
  const db = ctx.database.db;
  const channel = await db.selectFrom('channels').select(['id', 'workspace_id', 'network']).where('id', '=', tenant.channelId).executeTakeFirstOrThrow();
  const items = texts.map(comment);
  await storeEngagement(ctx, channel, items);
  const rows = await db.selectFrom('engagements').select('id').where('channel_id', '=', channel.id).where('external_id', 'in', items.map((i) => i.externalId)).execute();
  return rows.map((r) => r.id).sort();
}

const eventsUrl = (base: string, workspaceId: string) => `${base}/api/v1/workspaces/${workspaceId}/inbox/events`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

forEachDatabase('live inbox events', (getDb) => {
  const { t, a, b } = useTenantApp(getDb, { secondTenant: true });
  let base: string;
  before(async () => {
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });

  it('answers 406 with what to send when the client does not ask for an event stream', async () => {
    const res = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/inbox/events`);
    assert.equal(res.status, 406);
    assert.equal(res.body.error.code, 'not_acceptable');
    assert.equal(res.body.error.field, 'accept');
    assert.match(res.body.error.message, /Accept: text\/event-stream/);
    const anonymous = await openEventStream(eventsUrl(base, a.workspaceId), {});
    assert.equal(anonymous.status, 401);
    anonymous.close();
  });

  it('sends the new items and the open count once they are committed, and nothing for a rolled-back transaction', async () => {
    const stream = await openEventStream(eventsUrl(base, a.workspaceId), bearer(a.token));
    try {
      assert.equal(stream.status, 200);
      assert.match(stream.headers.get('content-type') ?? '', /^text\/event-stream/);
      // Announced in a transaction that then fails: PostgreSQL drops the notice with it.
      await t.ctx.database.db
        .transaction()
        .execute(async (trx) => {
          await liveRepository.notifyNew(trx, [{ id: '00000000-0000-4000-8000-000000000001', workspace_id: a.workspaceId }]);
          throw new Error('roll back');
        })
        .catch((error: Error) => assert.equal(error.message, 'roll back'));
      const ids = await store(t.ctx, a, ['first', 'second']);
      const event = await stream.next();
      assert.equal(event.event, 'engagement.created');
      assert.deepEqual([...event.data.ids].sort(), ids);
      assert.equal(event.data.count, 2);
      const counts = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/engagements/counts`);
      assert.equal(event.data.open, counts.body.open);
      // Seen again (a poll and a webhook finding the same comment): nothing new, no event.
      await storeEngagement(t.ctx, { id: a.channelId, workspace_id: a.workspaceId, network: 'bluesky' }, [{ ...comment('again'), externalId: `live-${seq - 1}` }]);
      await stream.nothingWithin(300);
    } finally {
      stream.close();
    }
  });

  it("keeps workspaces apart: B's stream hears nothing of A's items, and B cannot open A's stream", async () => {
    const streamB = await openEventStream(eventsUrl(base, b.workspaceId), bearer(b.token));
    try {
      assert.equal(streamB.status, 200);
      await store(t.ctx, a, ['for A only']);
      await streamB.nothingWithin(500);
      const own = await store(t.ctx, b, ['for B']);
      assert.deepEqual((await streamB.next()).data.ids, own);
    } finally {
      streamB.close();
    }
    const crossed = await openEventStream(eventsUrl(base, a.workspaceId), bearer(b.token));
    assert.equal(crossed.status, 404);
    crossed.close();
  });

  it('opens for a viewer signed in with a browser session (a GET needs no CSRF token)', async () => {
    const invited = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/members`, { email: 'live-viewer@example.com', role: 'viewer' });
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invites/accept',
      payload: { token: String(invited.body.inviteUrl).split('/invite/')[1], password: 'a viewer password' },
    });
    const cookie = accepted.cookies.find((c) => c.name === 'chorus_session')!.value;
    const stream = await openEventStream(eventsUrl(base, a.workspaceId), { cookie: `chorus_session=${cookie}` });
    try {
      assert.equal(stream.status, 200);
      const ids = await store(t.ctx, a, ['seen by the viewer']);
      assert.deepEqual((await stream.next()).data.ids, ids);
    } finally {
      stream.close();
    }
  });

  it('forgets a stream when its client goes away', async () => {
    const openStreams = async () => (await t.ctx.metrics.liveStreams.get()).values[0]?.value ?? 0;
    await waitFor(async () => ((await openStreams()) === 0 ? true : null));
    const streams = await Promise.all([1, 2].map(() => openEventStream(eventsUrl(base, a.workspaceId), bearer(a.token))));
    assert.equal(await openStreams(), 2);
    streams[0]!.close();
    await waitFor(async () => ((await openStreams()) === 1 ? true : null), 3000);
    // The one left still hears.
    const ids = await store(t.ctx, a, ['after one left']);
    assert.deepEqual((await streams[1]!.next()).data.ids, ids);
    streams[1]!.close();
    await waitFor(async () => ((await openStreams()) === 0 ? true : null), 3000);
  });
});

forEachDatabase('live inbox events on shutdown', (getDb) => {
  it('an open stream does not hold up the server closing; the stream ends', async () => {
    const { app: t, tenant: a } = await createTenantApp(getDb());
    const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const stream = await openEventStream(eventsUrl(base, a.workspaceId), bearer(a.token));
    assert.equal(stream.status, 200);
    const started = Date.now();
    await t.close();
    assert.ok(Date.now() - started < 5000, `closed in ${Date.now() - started} ms`);
    await waitFor(async () => (stream.ended() ? true : null), 3000);
  });
});
