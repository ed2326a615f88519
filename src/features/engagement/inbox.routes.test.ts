/**
 * The inbox as a team's queue: filters that combine and still page, status/assignee/tags on an item, internal notes,
 * saved replies with variables, counts — and the attacks: another workspace's item, saved reply or member, a viewer
 * trying to change anything.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { call, type TestApp } from '../../testing/app.js';
import { setupTenant, createTenantApp, type Tenant } from '../../testing/scenario.js';
import { forEachDatabase } from '../../db/testing.js';
import { NetworkRegistry } from '../../networks/registry.js';
import { channelsRepository } from '../channels/repository.js';
import { connectChannel } from '../channels/service.js';
import { storeEngagement } from './service.js';
import { comment, InboxNetwork, memberToken } from '../../../test/fakes/inbox-network.js';

type Item = { externalId: string; status: string; tags: string[]; assignee: { id: string; name: string } | null; post: { id: string; excerpt: string; publicationUrl: string | null } | null };
const externalIds = (body: { engagements: Item[] }) => body.engagements.map((e) => e.externalId);

forEachDatabase('inbox workflow API', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let viewer: string;
  let editor: string;
  let editorId: string;
  let outsiderId: string;
  const ids: Record<string, string> = {};
  const ws = () => `/api/v1/workspaces/${a.workspaceId}`;
  const base = () => `${ws()}/engagements`;
  const minute = (n: number) => new Date(Date.UTC(2026, 10, 1, 12, n));

  before(async () => {
    const inbox = new InboxNetwork();
    const registry = new NetworkRegistry().register(inbox.connector('bluesky', { hide: true })).register(inbox.connector('facebook', { hide: true, delete: true }));
    ({ app: t, tenant: a } = await createTenantApp(getDb(), { networks: registry }));
    b = await setupTenant(t.app, { owner: { token: a.token } });
    viewer = await memberToken(t.app, a.token, a.workspaceId, 'viewer');
    editor = await memberToken(t.app, a.token, a.workspaceId, 'editor');
    editorId = (await call(t.app, editor, 'GET', '/api/v1/me')).body.user.id;
    // A member of B only: never assignable in A.
    outsiderId = (await call(t.app, await memberToken(t.app, b.token, b.workspaceId, 'editor'), 'GET', '/api/v1/me')).body.user.id;
    const access = { workspaceId: a.workspaceId, workspaceName: 'A', timezone: 'UTC', userId: a.userId, role: 'owner' as const };
    const facebookChannelId = (await connectChannel(t.ctx, access, 'facebook', { accessToken: 'page-1' })).channel.id;
    const db = getDb().db;
    // One of our posts, published on Bluesky as `post-1`: its comments thread under it.
    const post = await db
      .insertInto('posts')
      .values({ workspace_id: a.workspaceId, text: 'Our launch post', media_ids: '[]', variants: '[]', status: 'published' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('publications')
      .values({
        workspace_id: a.workspaceId,
        post_id: post.id,
        channel_id: a.channelId,
        network: 'bluesky',
        text: 'Our launch post, on Bluesky',
        media_ids: '[]',
        options: '{}',
        status: 'published',
        idempotency_key: `inbox-test-${a.workspaceId}`,
        external_id: 'post-1',
        external_url: 'https://bsky.test/post-1',
        published_at: minute(0),
      })
      .execute();
    ids['post'] = post.id;
    const bluesky = (await channelsRepository.findById(db, a.channelId))!;
    const facebook = (await channelsRepository.findById(db, facebookChannelId))!;
    await storeEngagement(t.ctx, bluesky, [comment('bs-1', 'post-1', minute(1)), comment('bs-2', 'post-1', minute(2)), comment('bs-3', null, minute(3))]);
    await storeEngagement(t.ctx, facebook, [comment('fb-1', 'fbpost', minute(4)), comment('fb-2', 'fbpost', minute(5))]);
    await storeEngagement(t.ctx, (await channelsRepository.findById(db, b.channelId))!, [comment('b-only', null, minute(6))]);
    const rows = await db.selectFrom('engagements').select(['id', 'external_id']).execute();
    for (const row of rows) ids[row.external_id] = row.id;
  });
  after(async () => t?.close());

  it('a viewer cannot change an item, add a note or touch saved replies', async () => {
    assert.equal((await call(t.app, viewer, 'PATCH', `${base()}/${ids['bs-1']}`, { status: 'done' })).status, 403);
    assert.equal((await call(t.app, viewer, 'POST', `${base()}/${ids['bs-1']}/notes`, { text: 'mine' })).status, 403);
    assert.equal((await call(t.app, viewer, 'POST', `${ws()}/saved-replies`, { name: 'Thanks', text: 'Thanks!' })).status, 403);
    assert.equal((await call(t.app, viewer, 'GET', `${base()}/${ids['bs-1']}/notes`)).status, 200);
  });

  it("another workspace's item, saved reply or member is refused", async () => {
    assert.equal((await call(t.app, a.token, 'PATCH', `${base()}/${ids['b-only']}`, { status: 'done' })).status, 404);
    assert.equal((await call(t.app, a.token, 'GET', `${base()}/${ids['b-only']}/notes`)).status, 404);
    assert.equal((await call(t.app, a.token, 'POST', `${base()}/${ids['b-only']}/notes`, { text: 'x' })).status, 404);
    const assigned = await call(t.app, editor, 'PATCH', `${base()}/${ids['bs-1']}`, { assigneeId: outsiderId });
    assert.equal(assigned.status, 422);
    assert.equal(assigned.body.error.code, 'assignee_not_member');
    assert.equal((await call(t.app, editor, 'PATCH', `${base()}/${ids['bs-1']}`, { assigneeId: 'nobody' })).status, 422);
    const theirs = await call(t.app, b.token, 'POST', `/api/v1/workspaces/${b.workspaceId}/saved-replies`, { name: 'B', text: 'B only' });
    assert.equal(theirs.status, 201);
    assert.equal((await call(t.app, a.token, 'PATCH', `${ws()}/saved-replies/${theirs.body.id}`, { text: 'mine now' })).status, 404);
    assert.equal((await call(t.app, a.token, 'DELETE', `${ws()}/saved-replies/${theirs.body.id}`)).status, 404);
    assert.deepEqual((await call(t.app, a.token, 'GET', `${ws()}/saved-replies`)).body.savedReplies, []);
    // Filtering by another workspace's member or channel shows nothing of theirs.
    assert.deepEqual((await call(t.app, a.token, 'GET', `${base()}?assigneeId=${outsiderId}`)).body.engagements, []);
  });

  it('editors assign, tag (normalised) and mark done; the item and the audit log show it', async () => {
    const patched = await call(t.app, editor, 'PATCH', `${base()}/${ids['bs-2']}`, { assigneeId: editorId, tags: ['  Urgent ', 'urgent', 'Billing'] });
    assert.equal(patched.status, 200, JSON.stringify(patched.body));
    assert.equal(patched.body.status, 'assigned');
    assert.equal(patched.body.assignee.id, editorId);
    assert.deepEqual(patched.body.tags, ['urgent', 'billing']);
    assert.deepEqual(patched.body.post, { id: ids['post'], excerpt: 'Our launch post, on Bluesky', publicationUrl: 'https://bsky.test/post-1' });
    assert.equal((await call(t.app, editor, 'PATCH', `${base()}/${ids['bs-2']}`, { tags: ['x'.repeat(41)] })).status, 400);
    assert.equal((await call(t.app, editor, 'PATCH', `${base()}/${ids['bs-2']}`, { tags: ['   '] })).status, 400);
    const many = Array.from({ length: 21 }, (_, i) => `t${i}`);
    assert.equal((await call(t.app, editor, 'PATCH', `${base()}/${ids['bs-2']}`, { tags: many })).status, 400);

    const done = await call(t.app, editor, 'PATCH', `${base()}/${ids['fb-1']}`, { status: 'done', tags: ['billing'] });
    assert.equal(done.body.status, 'done');
    assert.ok(done.body.doneAt);
    const counts = await call(t.app, editor, 'GET', `${base()}/counts`);
    assert.deepEqual(counts.body, { open: 4, assignedToMe: 1, doneToday: 1 });
    const audit = await call(t.app, a.token, 'GET', `${ws()}/audit`);
    const actions = audit.body.entries.map((e: { action: string }) => e.action);
    assert.ok(actions.includes('engagement.assigned') && actions.includes('engagement.done'), actions.join(', '));

    const reopened = await call(t.app, editor, 'PATCH', `${base()}/${ids['fb-1']}`, { status: 'open' });
    assert.equal(reopened.body.status, 'open');
    assert.equal(reopened.body.doneAt, null);
    await call(t.app, editor, 'PATCH', `${base()}/${ids['fb-1']}`, { status: 'done' });
    const unassigned = await call(t.app, editor, 'PATCH', `${base()}/${ids['bs-3']}`, { assigneeId: null });
    assert.equal(unassigned.body.assignee, null);
  });

  it('filters combine, orders are newest or oldest open, and keyset paging follows both', async () => {
    const list = async (query: string, token = viewer) => {
      const answer = await call(t.app, token, 'GET', `${base()}?${query}`);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      return answer.body;
    };
    assert.deepEqual(externalIds(await list('')), ['fb-2', 'fb-1', 'bs-3', 'bs-2', 'bs-1']);
    assert.deepEqual(externalIds(await list('status=open')), ['fb-2', 'bs-3', 'bs-2', 'bs-1']);
    assert.deepEqual(externalIds(await list('status=assigned')), ['bs-2']);
    assert.deepEqual(externalIds(await list('status=done')), ['fb-1']);
    assert.deepEqual(externalIds(await list('assigneeId=me', editor)), ['bs-2']);
    assert.deepEqual(externalIds(await list('tag=BILLING')), ['fb-1', 'bs-2']);
    assert.deepEqual(externalIds(await list('tag=billing&network=bluesky')), ['bs-2']);
    assert.deepEqual(externalIds(await list('network=facebook&status=open')), ['fb-2']);
    assert.deepEqual(externalIds(await list(`kind=reply&channelId=${a.channelId}`)), ['bs-2', 'bs-1']);
    const from = encodeURIComponent(minute(2).toISOString());
    const to = encodeURIComponent(minute(4).toISOString());
    assert.deepEqual(externalIds(await list(`from=${from}&to=${to}`)), ['bs-3', 'bs-2']);
    assert.equal((await call(t.app, viewer, 'GET', `${base()}?from=${to}&to=${from}`)).status, 400);

    assert.deepEqual(externalIds(await list('order=oldest_open')), ['bs-1', 'bs-2', 'bs-3', 'fb-2']);
    const first = await list('order=oldest_open&limit=2');
    assert.deepEqual(externalIds(first), ['bs-1', 'bs-2']);
    const second = await list(`order=oldest_open&limit=2&before=${encodeURIComponent(first.nextBefore)}`);
    assert.deepEqual(externalIds(second), ['bs-3', 'fb-2']);
    const open1 = await list('status=open&limit=3');
    assert.deepEqual(externalIds(open1), ['fb-2', 'bs-3', 'bs-2']);
    const open2 = await list(`status=open&limit=3&before=${encodeURIComponent(open1.nextBefore)}`);
    assert.deepEqual(externalIds(open2), ['bs-1']);
    assert.equal(open2.nextBefore, null);
    const threaded = (await list('')).engagements.find((e: Item) => e.externalId === 'bs-1');
    assert.equal(threaded.post.id, ids['post']);
    assert.equal((await list('')).engagements.find((e: Item) => e.externalId === 'bs-3').post, null);
  });

  it('notes are the team’s, with author and time', async () => {
    const added = await call(t.app, editor, 'POST', `${base()}/${ids['bs-1']}/notes`, { text: 'Customer since 2019, be kind.' });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    assert.equal(added.body.author.id, editorId);
    assert.equal((await call(t.app, editor, 'POST', `${base()}/${ids['bs-1']}/notes`, { text: '  ' })).status, 400);
    const notes = await call(t.app, viewer, 'GET', `${base()}/${ids['bs-1']}/notes`);
    assert.deepEqual(notes.body.notes.map((n: { text: string }) => n.text), ['Customer since 2019, be kind.']);
    const item = (await call(t.app, viewer, 'GET', base())).body.engagements.find((e: Item) => e.externalId === 'bs-1');
    assert.equal(item.notesCount, 1);
  });

  it('saved replies: CRUD for editors; an unknown variable is a 422 naming it', async () => {
    const url = `${ws()}/saved-replies`;
    const created = await call(t.app, editor, 'POST', url, { name: 'Thanks', text: 'Thanks {{first_name}}! See {{ post_url }} ({{author_handle}})' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const unknown = await call(t.app, editor, 'POST', url, { name: 'Typo', text: 'Hi {{frist_name}}' });
    assert.equal(unknown.status, 422);
    assert.equal(unknown.body.error.code, 'unknown_variable');
    assert.deepEqual(unknown.body.error.params, { variable: 'frist_name' });
    assert.match(unknown.body.error.message, /frist_name/);
    const badEdit = await call(t.app, editor, 'PATCH', `${url}/${created.body.id}`, { text: '{{email}}' });
    assert.equal(badEdit.status, 422);
    const renamed = await call(t.app, editor, 'PATCH', `${url}/${created.body.id}`, { name: 'Thank you' });
    assert.equal(renamed.body.name, 'Thank you');
    assert.deepEqual((await call(t.app, viewer, 'GET', url)).body.savedReplies.map((r: { name: string }) => r.name), ['Thank you']);
    assert.equal((await call(t.app, editor, 'DELETE', `${url}/${created.body.id}`)).status, 204);
    assert.equal((await call(t.app, editor, 'DELETE', `${url}/${created.body.id}`)).status, 404);
  });
});
