/**
 * RSS/Atom auto-post on PGlite and PostgreSQL, attacks first: a feed at this machine or the cloud metadata address is
 * refused when private networks are not allowed (typed, and stored earlier then read by the worker); a viewer cannot
 * add one; another workspace's feed is a 404. Then reading, against a local feed server: the first read posts
 * nothing, entries are posted once across runs and concurrent runs, at most the daily cap a day, RSS and Atom, a
 * malformed feed is an error with backoff (not a crash), a 304 for an unchanged feed, text shortened with its link
 * kept, and the preview.
 * Run: node scripts/test.mjs src/features/feeds
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { guardedFetch } from '../../networks/safe-fetch.js';
import { graphemeLength } from '../../networks/text.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { memberToken } from '../../../test/fakes/inbox-network.js';
import { atom, feedServer, rss, type FeedServer, type Item } from './feeds.testing.js';
import { backoffAfter, FEED_INTERVAL_MS, queueDueFeeds, readFeed } from './reader.js';

const allowPrivate = (on: boolean) => {
  if (on) process.env.CHORUS_ALLOW_PRIVATE_NETWORKS = '1';
  else delete process.env.CHORUS_ALLOW_PRIVATE_NETWORKS;
};

const item = (n: number, extra: Partial<Item> = {}): Item => ({ guid: `g${n}`, title: `Entry ${n}`, link: `https://blog.example/${n}`, date: `2026-12-0${Math.min(n, 9)}T08:00:00Z`, ...extra });
const DAY = 86_400_000;

forEachDatabase('feeds', (getDb) => {
  const { t, a, b } = useTenantApp(getDb, { secondTenant: true });
  const ws = (workspaceId = a.workspaceId) => `/api/v1/workspaces/${workspaceId}/feeds`;
  let server: FeedServer;
  let path = 0;
  before(async () => (server = await feedServer()));
  after(async () => server?.close());
  afterEach(() => allowPrivate(false));

  /** A feed on A's channel at a new path of the local server, serving `body`. */
  async function addFeed(body: string, fields: Record<string, unknown> = {}): Promise<{ id: string; path: string }> {
    const p = `/feed-${++path}.xml`;
    server.feeds.set(p, { body });
    allowPrivate(true);
    const res = await call(t.app, a.token, 'POST', ws(), { url: `${server.base}${p}`, channelIds: [a.channelId], ...fields });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return { id: res.body.id as string, path: p };
  }

  const postsOf = async (feedId: string) =>
    t.ctx.database.db.selectFrom('feed_items').select(['item_key', 'status', 'post_id', 'error']).where('feed_id', '=', feedId).where('status', '!=', 'seen').orderBy('item_key').execute();
  const feedRow = (id: string) => t.ctx.database.db.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('refuses a feed at this machine or the metadata address, typed or stored earlier (attack)', async () => {
    for (const url of ['http://127.0.0.1:8080/feed.xml', 'http://169.254.169.254/latest/meta-data/', 'http://[::ffff:7f00:1]/feed', 'file:///etc/passwd']) {
      const res = await call(t.app, a.token, 'POST', ws(), { url, channelIds: [a.channelId] });
      assert.equal(res.status, 422, `${url}: ${JSON.stringify(res.body)}`);
      assert.equal(res.body.error.code, 'unsafe_url');
      assert.equal(res.body.error.field, 'url');
    }
    // Stored while private networks were allowed (or an address whose DNS changed since): the read is refused where
    // the connection opens, the feed shows why, and the local server is never reached.
    const { id, path: p } = await addFeed(rss([item(1)]));
    allowPrivate(false);
    const hits = server.hits.length;
    const result = await readFeed(t.ctx, id);
    assert.equal(result.status, 'error');
    assert.match(result.error!, /local or private address/);
    assert.equal(server.hits.length, hits, `${p} must not be reached`);
    const row = await feedRow(id);
    assert.equal(row.last_status, 'error');
    assert.equal(row.failures, 1);
    await call(t.app, a.token, 'DELETE', `${ws()}/${id}`);
  });

  it('does not follow a redirect to the metadata address, even from a trusted feed server (attack)', async () => {
    const { id, path: p } = await addFeed(rss([item(1)]));
    server.feeds.set(p, { body: '', redirect: 'http://169.254.169.254/latest/meta-data/' });
    allowPrivate(false);
    // The feed server itself is let through (as an operator's own origin would be); the hop it redirects to is not.
    const result = await readFeed(t.ctx, id, new Date(), guardedFetch({ trustedOrigins: [server.base] }));
    assert.equal(result.status, 'error');
    assert.match(result.error!, /169\.254\.169\.254 is a local or private address/);
    assert.equal((await postsOf(id)).length, 0);
    await call(t.app, a.token, 'DELETE', `${ws()}/${id}`);
  });

  it('lets viewers list but not add, change or check feeds', async () => {
    const viewer = await memberToken(t.app, a.token, a.workspaceId, 'viewer');
    const { id } = await addFeed(rss([item(1)]));
    assert.equal((await call(t.app, viewer, 'GET', ws())).status, 200);
    assert.equal((await call(t.app, viewer, 'POST', ws(), { url: 'https://93.184.215.14/feed.xml', channelIds: [a.channelId] })).status, 403);
    assert.equal((await call(t.app, viewer, 'PATCH', `${ws()}/${id}`, { active: false })).status, 403);
    assert.equal((await call(t.app, viewer, 'POST', `${ws()}/${id}/check`)).status, 403);
    assert.equal((await call(t.app, viewer, 'DELETE', `${ws()}/${id}`)).status, 403);
    await call(t.app, a.token, 'DELETE', `${ws()}/${id}`);
  });

  it("answers 404 for another workspace's feed, and refuses its channels (attack)", async () => {
    const theirs = await call(t.app, b.token, 'POST', ws(b.workspaceId), { url: 'https://93.184.215.14/feed.xml', channelIds: [b.channelId] });
    assert.equal(theirs.status, 201, JSON.stringify(theirs.body));
    const id = theirs.body.id as string;
    for (const [method, url, body] of [
      ['PATCH', `${ws()}/${id}`, { active: false }],
      ['DELETE', `${ws()}/${id}`, undefined],
      ['POST', `${ws()}/${id}/check`, undefined],
      ['PATCH', `${ws(b.workspaceId)}/${id}`, { active: false }],
    ] as const) {
      assert.equal((await call(t.app, a.token, method, url, body)).status, 404, `${method} ${url}`);
    }
    assert.ok(!(await call(t.app, a.token, 'GET', ws())).body.feeds.some((f: { id: string }) => f.id === id));
    assert.equal((await feedRow(id)).active, true);
    const mixed = await call(t.app, a.token, 'POST', ws(), { url: 'https://93.184.215.14/feed.xml', channelIds: [b.channelId] });
    assert.equal(mixed.status, 422);
    assert.equal(mixed.body.error.code, 'unknown_channel');
  });

  it('checks its fields: defaults, unknown template variables, the cap between 1 and 50', async () => {
    const { id } = await addFeed(rss([]));
    const got = (await call(t.app, a.token, 'GET', ws())).body.feeds.find((f: { id: string }) => f.id === id);
    assert.deepEqual([got.template, got.dailyCap, got.mode, got.active, got.status, got.primed], ['{{title}} {{link}}', 3, 'publish', true, 'pending', false]);
    const typo = await call(t.app, a.token, 'PATCH', `${ws()}/${id}`, { template: '{{titel}} {{link}}' });
    assert.deepEqual([typo.status, typo.body.error.code, typo.body.error.field], [422, 'unknown_template_variable', 'template']);
    // Out of the request's shape: refused before the handler, naming the field.
    for (const body of [{ dailyCap: 0 }, { dailyCap: 51 }, { mode: 'later' }]) {
      const res = await call(t.app, a.token, 'PATCH', `${ws()}/${id}`, body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.match(JSON.stringify(res.body.error), new RegExp(Object.keys(body)[0]!), JSON.stringify(res.body));
    }
    await call(t.app, a.token, 'DELETE', `${ws()}/${id}`);
  });

  it('posts nothing on the first read, then each new entry once across runs', async () => {
    const { id, path: p } = await addFeed(rss([item(2), item(1)]));
    allowPrivate(true);
    assert.deepEqual(await readFeed(t.ctx, id), { status: 'ok', posted: 0 });
    assert.equal((await postsOf(id)).length, 0);
    assert.equal((await feedRow(id)).primed_at !== null, true);
    server.feeds.set(p, { body: rss([item(3), item(2), item(1)]) });
    assert.deepEqual(await readFeed(t.ctx, id), { status: 'ok', posted: 1 });
    assert.deepEqual(await readFeed(t.ctx, id), { status: 'ok', posted: 0 });
    const items = await postsOf(id);
    assert.deepEqual(items.map((i) => [i.item_key, i.status]), [['g3', 'posted']]);
    const post = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/posts/${items[0]!.post_id}`);
    assert.equal(post.body.text, 'Entry 3 https://blog.example/3');
    assert.equal(post.body.status, 'scheduled');
  });

  it('posts an entry once when two reads run at the same time', async () => {
    const { id, path: p } = await addFeed(rss([item(1)]));
    allowPrivate(true);
    await readFeed(t.ctx, id);
    server.feeds.set(p, { body: rss([item(3), item(2), item(1)]) });
    const [x, y] = await Promise.all([readFeed(t.ctx, id), readFeed(t.ctx, id)]);
    assert.equal(x.posted + y.posted, 2);
    assert.deepEqual((await postsOf(id)).map((i) => i.item_key), ['g2', 'g3']);
    const posts = await t.ctx.database.db.selectFrom('posts').select('id').where('text', 'in', ['Entry 2 https://blog.example/2', 'Entry 3 https://blog.example/3']).where('workspace_id', '=', a.workspaceId).execute();
    assert.ok(posts.length >= 2);
    assert.equal(new Set((await postsOf(id)).map((i) => i.post_id)).size, 2);
  });

  it('posts at most the daily cap a day, the rest on the next day, oldest first', async () => {
    const { id, path: p } = await addFeed(rss([item(1)]), { dailyCap: 2 });
    allowPrivate(true);
    const now = new Date('2026-12-07T10:00:00Z');
    await readFeed(t.ctx, id, now);
    server.feeds.set(p, { body: rss([item(6), item(5), item(4), item(3), item(2), item(1)]) });
    assert.equal((await readFeed(t.ctx, id, now)).posted, 2);
    assert.equal((await readFeed(t.ctx, id, new Date(now.getTime() + 3_600_000))).posted, 0);
    assert.deepEqual((await postsOf(id)).map((i) => i.item_key), ['g2', 'g3']);
    assert.equal((await readFeed(t.ctx, id, new Date(now.getTime() + DAY))).posted, 2);
    assert.deepEqual((await postsOf(id)).map((i) => i.item_key), ['g2', 'g3', 'g4', 'g5']);
  });

  it('reads Atom, with the template, and shortens a long text to the network keeping the link whole', async () => {
    const long = 'Lorem ipsum dolor sit amet. '.repeat(40);
    const { id, path: p } = await addFeed(atom([item(1)]), { template: '{{title}} by {{author}}: {{summary}} {{link}}' });
    allowPrivate(true);
    await readFeed(t.ctx, id);
    server.feeds.set(p, { body: atom([item(2, { summary: `<p>${long}</p>` }), item(1)]) });
    assert.equal((await readFeed(t.ctx, id)).posted, 1);
    const [posted] = await postsOf(id);
    const post = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/posts/${posted!.post_id}`);
    const text = post.body.text as string;
    assert.ok(text.startsWith('Entry 2 by Ann: Lorem ipsum'), text);
    assert.ok(text.endsWith('… https://blog.example/2'), text);
    assert.ok(graphemeLength(text) <= 300, `${graphemeLength(text)} graphemes`);
  });

  it('reports a malformed feed as an error with backoff, and a missing one too, without crashing', async () => {
    const { id, path: p } = await addFeed('<rss><channel><item><title>cut here');
    allowPrivate(true);
    const now = new Date();
    const first = await readFeed(t.ctx, id, now);
    assert.equal(first.status, 'error');
    assert.match(first.error!, /RSS, Atom or RDF/);
    let row = await feedRow(id);
    assert.deepEqual([row.last_status, row.failures, row.next_check_at.getTime()], ['error', 1, now.getTime() + backoffAfter(1)]);
    server.feeds.delete(p);
    await readFeed(t.ctx, id, now);
    row = await feedRow(id);
    assert.deepEqual([row.last_error, row.failures, row.next_check_at.getTime()], ['The feed answered HTTP 404.', 2, now.getTime() + 2 * FEED_INTERVAL_MS]);
    const listed = (await call(t.app, a.token, 'GET', ws())).body.feeds.find((f: { id: string }) => f.id === id);
    assert.deepEqual([listed.status, listed.error, listed.failures], ['error', 'The feed answered HTTP 404.', 2]);
    // Not due again during its backoff: the next round of any worker leaves it alone.
    const queued = await t.ctx.database.db.selectFrom('feeds').select('id').where('id', '=', id).where('next_check_at', '<=', new Date()).execute();
    assert.equal(queued.length, 0);
    await call(t.app, a.token, 'DELETE', `${ws()}/${id}`);
  });

  it("queues entries in each channel's next slot, and shows a refusal on the feed", async () => {
    const { id, path: p } = await addFeed(rss([item(1)]), { mode: 'queue' });
    allowPrivate(true);
    await readFeed(t.ctx, id);
    server.feeds.set(p, { body: rss([item(2), item(1)]) });
    await call(t.app, a.token, 'PUT', `/api/v1/workspaces/${a.workspaceId}/channels/${a.channelId}/queue`, { slots: [] });
    const refused = await readFeed(t.ctx, id);
    assert.equal(refused.status, 'error');
    assert.match(refused.error!, /"Entry 2" could not be posted: .*no queue slots/);
    assert.deepEqual((await postsOf(id)).map((i) => i.status), ['failed']);
    const row = await feedRow(id);
    assert.deepEqual([row.last_status, row.failures], ['error', 0], 'the feed was read; only the post was refused');
    await call(t.app, a.token, 'PUT', `/api/v1/workspaces/${a.workspaceId}/channels/${a.channelId}/queue`, { slots: [{ weekday: 1, time: '09:00' }] });
    server.feeds.set(p, { body: rss([item(3), item(2), item(1)]) });
    assert.deepEqual(await readFeed(t.ctx, id), { status: 'ok', posted: 1 });
    const posted = (await postsOf(id)).find((i) => i.status === 'posted')!;
    const post = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/posts/${posted.post_id}`);
    assert.equal(post.body.publications[0].dueReason.kind, 'queue');
    assert.equal((await feedRow(id)).last_status, 'ok');
  });

  it('asks politely: an unchanged feed answers 304 and posts nothing', async () => {
    const { id, path: p } = await addFeed(rss([item(1)]));
    server.feeds.set(p, { body: rss([item(1)]), etag: '"v1"' });
    allowPrivate(true);
    await readFeed(t.ctx, id);
    assert.deepEqual(await readFeed(t.ctx, id), { status: 'ok', posted: 0 });
    const last = server.hits.filter((h) => h.path === p).at(-1)!;
    assert.equal(last.headers['if-none-match'], '"v1"');
    assert.equal((await feedRow(id)).last_status, 'ok');
  });

  it('previews the next posts without posting, and queues due feeds once', async () => {
    const { id, path: p } = await addFeed(rss([item(1)]), { dailyCap: 1, mode: 'draft' });
    allowPrivate(true);
    let check = await call(t.app, a.token, 'POST', `${ws()}/${id}/check`);
    assert.equal(check.status, 200, JSON.stringify(check.body));
    assert.equal(check.body.firstRead, true);
    assert.deepEqual(check.body.entries.map((e: { willPost: boolean }) => e.willPost), [false]);
    await readFeed(t.ctx, id);
    server.feeds.set(p, { body: rss([item(3), item(2), item(1)]) });
    check = await call(t.app, a.token, 'POST', `${ws()}/${id}/check`);
    assert.deepEqual(
      check.body.entries.map((e: { key: string; willPost: boolean; seen: boolean; text: string }) => [e.key, e.willPost, e.seen, e.text]),
      [['g3', false, false, 'Entry 3 https://blog.example/3'], ['g2', true, false, 'Entry 2 https://blog.example/2'], ['g1', false, true, 'Entry 1 https://blog.example/1']],
    );
    assert.equal((await postsOf(id)).length, 0);
    // Draft mode: the entry waits as a draft on the feed's channel.
    assert.equal((await readFeed(t.ctx, id)).posted, 1);
    const post = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/posts/${(await postsOf(id))[0]!.post_id}`);
    assert.equal(post.body.status, 'draft');
    // Due feeds are claimed once: a second round right after queues nothing more for this one.
    await t.ctx.database.db.updateTable('feeds').set({ next_check_at: new Date(Date.now() - 1000) }).where('id', '=', id).execute();
    assert.ok((await queueDueFeeds(t.ctx)) >= 1);
    assert.ok((await feedRow(id)).next_check_at.getTime() > Date.now());
  });
});
