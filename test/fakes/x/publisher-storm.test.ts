/**
 * The publisher, the refresh job and the real X connector together, against the strict fake X API (real HTTP):
 * a 429 storm is waited out exactly as X's headers say (Retry-After, x-rate-limit-reset) with no duplicate post,
 * and a token that expires while posts are queued is refreshed once and each post is published once.
 * Run: node scripts/test.mjs test/fakes/x/publisher-storm.test.ts
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { call, createTestApp } from '../../../src/testing/app.js';
import { forEachDatabase } from '../../../src/db/testing.js';
import { channelsRepository } from '../../../src/features/channels/repository.js';
import { refreshChannel } from '../../../src/features/channels/refresh.js';
import { connectChannel } from '../../../src/features/channels/service.js';
import { runPublish } from '../../../src/features/publishing/publisher.js';
import { NetworkRegistry } from '../../../src/networks/registry.js';
import { createXConnector } from '../../../src/networks/x/index.js';
import { MemoryNetwork } from '../memory-network.js';
import { useFake } from '../fixtures.js';
import { startFakeX, type FakeX } from './server.js';
import { useXTenant, X_APP } from './tenant.js';

const tooMany = { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 };

forEachDatabase('publisher against the X fake', (getDb) => {
  const x = useXTenant(getDb);
  // A second X whose per-user posting window allows one post, to meet X's own x-rate-limit-reset.
  let strict: FakeX;
  useFake(async () => {
    strict = await startFakeX({ postLimit: 1 });
    strict.addApp(X_APP);
    return strict;
  });

  const db = () => getDb().db;
  /** Connects an X account of the fake with a refreshable 2-hour token, as the OAuth flow would. */
  const connectX = async (on: FakeX, username: string) => {
    const user = on.addUser(username);
    const grant = on.grant(user.id, X_APP.clientId);
    const expiresAt = new Date(Date.now() + grant.expires_in * 1000).toISOString();
    const input = { accessToken: grant.access_token, refreshToken: grant.refresh_token ?? '', expiresAt };
    const { channel } = await connectChannel(x.t.ctx, x.access(), 'x', input);
    return { channelId: channel.id, userId: user.id, grant };
  };
  const queue = async (channelId: string, text: string) => {
    const res = await call(x.t.app, x.a.token, 'POST', `/api/v1/workspaces/${x.a.workspaceId}/posts`, { text, channelIds: [channelId], publishNow: true });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.publications[0].id as string;
  };
  const publication = (id: string) => db().selectFrom('publications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const run = async (id: string) => runPublish(x.t.ctx, { publicationId: id, version: (await publication(id)).version });
  const tweetPosts = (on: FakeX) => on.requests.filter((r) => r.method === 'POST' && r.path === '/2/tweets').length;
  const copies = (on: FakeX, text: string) => [...on.tweets.values()].filter((tw) => tw.sourceText === text).length;

  it('a 429 storm: every retry waits as long as X says, the channel waits too, and the post is made once', async () => {
    const { fake, a } = x;
    const { channelId } = await connectX(fake, 'stormy');
    const resetIn = 2;
    fake.failNext('POST', /^\/2\/tweets$/, { status: 429, headers: { 'retry-after': '1' }, body: tooMany });
    fake.failNext('POST', /^\/2\/tweets$/, {
      status: 429,
      headers: { 'x-rate-limit-limit': '100', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(Math.ceil(Date.now() / 1000) + resetIn) },
      body: tooMany,
    });
    fake.failNext('POST', /^\/2\/tweets$/, { status: 429, headers: { 'retry-after': '1' }, body: tooMany });
    const id = await queue(channelId, 'Out in the storm');
    const postsBefore = tweetPosts(fake);

    for (let round = 1; round <= 4; round++) {
      const startedAt = Date.now();
      await run(id);
      const row = await publication(id);
      if (round === 4) {
        assert.equal(row.status, 'published', row.error ?? '');
        break;
      }
      assert.equal(row.status, 'publishing', `round ${round}: waiting to retry`);
      const waited = (row.next_attempt_at?.getTime() ?? 0) - startedAt;
      // X's word is the floor: Retry-After 1 s, or the window's reset (whole seconds, so up to a second less).
      const floor = round === 2 ? (resetIn - 1) * 1000 : 1000;
      assert.ok(waited >= floor, `round ${round}: retry in ${waited} ms, X asked for at least ${floor} ms`);
      const bucket = await db().selectFrom('channel_rate').selectAll().where('channel_id', '=', channelId).executeTakeFirstOrThrow();
      assert.ok(bucket.blocked_until && bucket.blocked_until.getTime() >= startedAt + floor, 'the whole channel waits, not just this post');
      // Running the job early does not touch X: the claim puts it back until the time X gave.
      const before = tweetPosts(fake);
      await run(id);
      assert.equal(tweetPosts(fake), before, `round ${round}: nothing sent before the retry time`);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, (row.next_attempt_at?.getTime() ?? 0) - Date.now()) + 20));
    }
    assert.equal(tweetPosts(fake) - postsBefore, 4, 'three refusals, one post');
    assert.equal(copies(fake, 'Out in the storm'), 1, 'no duplicate post');
    // Each retry first looked for an earlier attempt's post (X has no idempotency key) before posting.
    assert.ok(fake.requests.some((r) => r.method === 'GET' && /^\/2\/users\/\d+\/tweets/.test(r.path)));
  });

  it("X's own posting window: the retry is set for its x-rate-limit-reset, not a fixed pause", async () => {
    const { fake, a } = x;
    const registry = new NetworkRegistry().register(new MemoryNetwork().connector('bluesky')).register(createXConnector({ apiUrl: strict.baseUrl, ...X_APP }));
    const other = await createTestApp(getDb(), { networks: registry });
    try {
      const user = strict.addUser('windowed');
      const grant = strict.grant(user.id, X_APP.clientId);
      const { channel } = await connectChannel(other.ctx, x.access(), 'x', { accessToken: grant.access_token, refreshToken: grant.refresh_token ?? '' });
      const post = async (text: string) => {
        const res = await call(other.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, { text, channelIds: [channel.id], publishNow: true });
        const id = res.body.publications[0].id as string;
        await runPublish(other.ctx, { publicationId: id, version: (await publication(id)).version });
        return publication(id);
      };
      assert.equal((await post('First in the window')).status, 'published');
      const startedAt = Date.now();
      const second = await post('Second in the window');
      assert.equal(second.status, 'publishing');
      const last = strict.requests.filter((r) => r.method === 'POST' && r.path === '/2/tweets').length;
      assert.equal(last, 2);
      // The fake's window is 15 minutes from the first post; the retry is there (X sends whole seconds).
      const wait = (second.next_attempt_at?.getTime() ?? 0) - startedAt;
      assert.ok(wait > 14 * 60_000 && wait <= 15 * 60_000 + 1000, `retry in ${Math.round(wait / 1000)} s`);
      assert.match(second.error ?? '', /slow down/);
      assert.equal(copies(strict, 'Second in the window'), 0);
    } finally {
      await other.close();
    }
  });

  it('a token expiring mid-queue is refreshed once (the rotating refresh token used once) and each post is published once', async () => {
    const { fake, t, a } = x;
    const { channelId, grant } = await connectX(fake, 'queued');
    const ids = [await queue(channelId, 'Queued one'), await queue(channelId, 'Queued two'), await queue(channelId, 'Queued three')];
    await run(ids[0]!);
    assert.equal((await publication(ids[0]!)).status, 'published');

    // Two hours pass: X stops accepting the token, and the saved expiry says so too.
    fake.expire(grant.access_token);
    const row = (await channelsRepository.findById(db(), channelId))!;
    const creds = t.ctx.secrets.open(row.credentials_enc, row.workspace_id);
    await channelsRepository.setCredentials(db(), channelId, t.ctx.secrets.seal({ ...creds, expiresAt: new Date(Date.now() - 1000).toISOString() }, row.workspace_id));
    const tokenCalls = () => fake.requests.filter((r) => r.path === '/2/oauth2/token').length;
    const before = tokenCalls();

    for (const id of ids.slice(1)) await run(id);
    for (const id of ids) assert.equal((await publication(id)).status, 'published', (await publication(id)).error ?? '');
    assert.equal(tokenCalls() - before, 1, 'one refresh for the queue');
    assert.ok(!fake.refreshTokens.has(grant.refresh_token ?? ''), 'the old refresh token was used (and rotated)');
    const saved = t.ctx.secrets.open((await channelsRepository.findById(db(), channelId))!.credentials_enc, a.workspaceId);
    assert.notEqual(saved['accessToken'], grant.access_token);
    assert.ok(Date.parse(saved['expiresAt'] ?? '') > Date.now() + 3600_000, 'a fresh 2-hour expiry was saved');
    for (const text of ['Queued one', 'Queued two', 'Queued three']) assert.equal(copies(fake, text), 1, text);
    assert.equal((await channelsRepository.findById(db(), channelId))?.status, 'active');
  });

  // Two publications of one channel whose token has already expired, claimed at the same moment, each read the same
  // refresh token; X rotates it on use, so the later refresh is refused. The publisher sees that the channel's saved
  // credentials changed since its claim and retries with them instead of marking the channel needs_reconnect.
  it('concurrent publications meeting an expired rotating token are all published', async () => {
    const { fake, t } = x;
    const { channelId, grant } = await connectX(fake, 'racer');
    const ids = [await queue(channelId, 'Race one'), await queue(channelId, 'Race two'), await queue(channelId, 'Race three')];
    fake.expire(grant.access_token);
    const row = (await channelsRepository.findById(db(), channelId))!;
    const creds = t.ctx.secrets.open(row.credentials_enc, row.workspace_id);
    await channelsRepository.setCredentials(db(), channelId, t.ctx.secrets.seal({ ...creds, expiresAt: new Date(Date.now() - 1000).toISOString() }, row.workspace_id));
    await Promise.all(ids.map((id) => run(id)));
    // What the queue does next: run the retried ones again, with the credentials saved meanwhile.
    for (const id of ids) if ((await publication(id)).status !== 'published') await run(id);
    for (const id of ids) assert.equal((await publication(id)).status, 'published', (await publication(id)).error ?? '');
    for (const text of ['Race one', 'Race two', 'Race three']) assert.equal(copies(fake, text), 1, text);
    assert.equal((await channelsRepository.findById(db(), channelId))?.status, 'active');
  });

  it('the refresh job renews a token nearing expiry, so queued posts never meet an expired one', async () => {
    const { fake, t } = x;
    const { channelId, grant } = await connectX(fake, 'ahead');
    // Five minutes left: inside the refresh margin.
    const row = (await channelsRepository.findById(db(), channelId))!;
    const creds = t.ctx.secrets.open(row.credentials_enc, row.workspace_id);
    await channelsRepository.setCredentials(db(), channelId, t.ctx.secrets.seal({ ...creds, expiresAt: new Date(Date.now() + 5 * 60_000).toISOString() }, row.workspace_id));
    assert.equal(await refreshChannel(t.ctx, channelId), 'refreshed');
    fake.expire(grant.access_token);
    const id = await queue(channelId, 'After the renewal');
    await run(id);
    assert.equal((await publication(id)).status, 'published', (await publication(id)).error ?? '');
    assert.equal(copies(fake, 'After the renewal'), 1);
  });
});
