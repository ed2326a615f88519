/**
 * Notes on posts and their @mentions on PGlite and PostgreSQL: members only are notified (never the author, never
 * someone outside the workspace, even by their address), an email job per person when the server sends email,
 * viewers read but cannot write, authors alone edit or delete, and another workspace sees 404 for post and note.
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { memberToken } from '../../../test/fakes/inbox-network.js';

forEachDatabase('post notes and mentions', (getDb) => {
  // Any address will do: no worker runs here, so the queued mails are only counted.
  const { t, a, b } = useTenantApp(getDb, { secondTenant: true, env: { CHORUS_SMTP_URL: 'smtp://127.0.0.1:2525' } });
  const ws = (id = a.workspaceId) => `/api/v1/workspaces/${id}`;
  let viewer: string;
  let editor: string;
  const people: Record<string, { userId: string; email: string }> = {};
  let outsiderId: string;
  let postId: string;
  const count = async (table: 'notifications', userId: string) =>
    Number((await getDb().db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).where('user_id', '=', userId).executeTakeFirstOrThrow()).n);
  const mailJobs = async () => (await getDb().sql.executeSql(`SELECT id FROM pgboss.job WHERE name = 'post-note-mention-email.v1'`)).rows.length;

  before(async () => {
    viewer = await memberToken(t.app, a.token, a.workspaceId, 'viewer');
    editor = await memberToken(t.app, a.token, a.workspaceId, 'editor');
    const members = (await call(t.app, a.token, 'GET', `${ws()}/members`)).body.members as Array<{ userId: string; email: string; role: string }>;
    for (const m of members) if (m.role === 'viewer' || m.role === 'editor' || m.userId === a.userId) people[m.userId === a.userId ? 'owner' : m.role] = m;
    await getDb().db.updateTable('users').set({ name: 'Ana Silva' }).where('id', '=', people.viewer!.userId).execute();
    // Someone in B only: their address is known to the server, but not a member of A.
    const invited = await call(t.app, b.token, 'POST', `${ws(b.workspaceId)}/members`, { email: 'b-outsider@example.com', role: 'editor' });
    outsiderId = invited.body.member.userId;
    const post = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text: 'Launch day', channelIds: [a.channelId] });
    assert.equal(post.status, 201, JSON.stringify(post.body));
    postId = post.body.id;
  });

  it('a mention notifies members only, once each, never the author or someone outside the workspace; mails are queued', async () => {
    const jobsBefore = await mailJobs();
    const text = `@anasilva and @${people.owner!.email.toUpperCase()}, please check. cc @${people.editor!.email} @b-outsider@example.com @nobody @AnaSilva.`;
    const note = await call(t.app, editor, 'POST', `${ws()}/posts/${postId}/notes`, { text });
    assert.equal(note.status, 201, JSON.stringify(note.body));
    // The author's own mention is shown like any other, but tells nobody.
    assert.deepEqual(note.body.mentions.map((m: { userId: string }) => m.userId), [people.viewer!.userId, people.owner!.userId, people.editor!.userId]);
    assert.equal(note.body.text, text, 'unmatched mentions stay as written');
    assert.deepEqual([await count('notifications', people.viewer!.userId), await count('notifications', people.owner!.userId)], [1, 1]);
    assert.equal(await count('notifications', people.editor!.userId), 0, 'not the author');
    assert.equal(await count('notifications', outsiderId), 0, 'nobody outside the workspace');
    assert.equal((await mailJobs()) - jobsBefore, 2, 'one mail per person told');
  });

  it('each person reads and clears their own notifications, unread first', async () => {
    const mine = await call(t.app, a.token, 'GET', `${ws()}/notifications`);
    assert.equal(mine.status, 200, JSON.stringify(mine.body));
    assert.equal(mine.body.unread, 1);
    const [n] = mine.body.notifications;
    assert.deepEqual([n.kind, n.targetType, n.targetId, n.read, n.actor.userId], ['post.note.mention', 'post', postId, false, people.editor!.userId]);
    assert.match(n.data.excerpt, /please check/);
    // The viewer cannot clear the owner's notification by its id.
    assert.equal((await call(t.app, viewer, 'POST', `${ws()}/notifications/read`, { ids: [n.id] })).body.marked, 0);
    const read = await call(t.app, a.token, 'POST', `${ws()}/notifications/read`, { ids: [n.id] });
    assert.deepEqual(read.body, { marked: 1, unread: 0 });
    assert.equal((await call(t.app, viewer, 'GET', `${ws()}/notifications`)).body.unread, 1);
    assert.deepEqual((await call(t.app, viewer, 'POST', `${ws()}/notifications/read`, {})).body, { marked: 1, unread: 0 });
    assert.equal((await call(t.app, b.token, 'GET', `${ws(b.workspaceId)}/notifications`)).body.notifications.length, 0, "B's owner sees nothing of A's");
  });

  it('viewers read notes but cannot write them; an empty note is refused', async () => {
    const listed = await call(t.app, viewer, 'GET', `${ws()}/posts/${postId}/notes`);
    assert.equal(listed.status, 200);
    assert.equal(listed.body.notes.length, 1);
    assert.ok(listed.body.members.some((m: { handle: string }) => m.handle === 'AnaSilva'), 'members for the autocomplete');
    assert.equal((await call(t.app, viewer, 'POST', `${ws()}/posts/${postId}/notes`, { text: 'hi' })).status, 403);
    assert.equal((await call(t.app, editor, 'POST', `${ws()}/posts/${postId}/notes`, { text: '   ' })).status, 400);
  });

  it('only the author edits or deletes a note; an edit notifies only the people it newly mentions', async () => {
    const [note] = (await call(t.app, editor, 'GET', `${ws()}/posts/${postId}/notes`)).body.notes;
    const url = `${ws()}/posts/${postId}/notes/${note.id}`;
    assert.equal((await call(t.app, a.token, 'PATCH', url, { text: 'mine now' })).status, 403);
    assert.equal((await call(t.app, a.token, 'DELETE', url)).status, 403);
    const before = [await count('notifications', people.viewer!.userId), await count('notifications', people.owner!.userId)];
    const edited = await call(t.app, editor, 'PATCH', url, { text: `${note.text} and @${people.owner!.email} again` });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.deepEqual([await count('notifications', people.viewer!.userId), await count('notifications', people.owner!.userId)], before, 'already told');
    const third = await call(t.app, a.token, 'PATCH', url, { text: 'x' });
    assert.equal(third.status, 403);
    assert.equal((await call(t.app, editor, 'DELETE', url)).status, 204);
    assert.equal((await call(t.app, editor, 'DELETE', url)).status, 404);
  });

  it("another workspace's post or note is 404, by its own workspace's path and by this one's", async () => {
    const note = await call(t.app, a.token, 'POST', `${ws()}/posts/${postId}/notes`, { text: 'A only' });
    const theirPost = await call(t.app, b.token, 'POST', `${ws(b.workspaceId)}/posts`, { text: 'B only', channelIds: [b.channelId] });
    // B's owner asks for A's post through B's workspace.
    assert.equal((await call(t.app, b.token, 'GET', `${ws(b.workspaceId)}/posts/${postId}/notes`)).status, 404);
    assert.equal((await call(t.app, b.token, 'POST', `${ws(b.workspaceId)}/posts/${postId}/notes`, { text: 'x' })).status, 404);
    assert.equal((await call(t.app, b.token, 'PATCH', `${ws(b.workspaceId)}/posts/${theirPost.body.id}/notes/${note.body.id}`, { text: 'x' })).status, 404);
    // A's owner asks for B's post through A's workspace.
    assert.equal((await call(t.app, a.token, 'GET', `${ws()}/posts/${theirPost.body.id}/notes`)).status, 404);
    assert.equal((await call(t.app, a.token, 'GET', `${ws()}/posts/${theirPost.body.id}/versions`)).status, 404);
  });
});
