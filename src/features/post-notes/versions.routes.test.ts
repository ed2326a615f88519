/**
 * A post's version history on PGlite and PostgreSQL: a version per change of content (none for an edit that changes
 * nothing), the word diff between versions, restore as an edit that the network rules check again, editors only, and
 * another workspace's version → 404.
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { memberToken } from '../../../test/fakes/inbox-network.js';
import { postNotesRepository } from './repository.js';

forEachDatabase('post versions', (getDb) => {
  const { t, a, b } = useTenantApp(getDb, { secondTenant: true });
  const ws = (id = a.workspaceId) => `/api/v1/workspaces/${id}`;
  let viewer: string;
  let postId: string;
  const versions = async () => (await call(t.app, a.token, 'GET', `${ws()}/posts/${postId}/versions`)).body.versions;

  before(async () => {
    viewer = await memberToken(t.app, a.token, a.workspaceId, 'viewer');
    const post = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text: 'Our spring sale starts today', channelIds: [a.channelId] });
    assert.equal(post.status, 201, JSON.stringify(post.body));
    postId = post.body.id;
  });

  it('an edit of the content records a version (the first one also keeps the post as written); an edit that changes nothing does not', async () => {
    assert.deepEqual(await versions(), [], 'nothing before the first edit');
    const edited = await call(t.app, a.token, 'PATCH', `${ws()}/posts/${postId}`, { text: 'Our summer sale starts today' });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    const list = await versions();
    assert.deepEqual(list.map((v: { number: number }) => v.number), [2, 1]);
    assert.deepEqual(list[0].changes, ['text']);
    assert.equal(list[0].author.userId, a.userId);
    assert.equal(list[1].content.text, 'Our spring sale starts today');
    assert.deepEqual(list[1].content.channelIds, [a.channelId]);
    assert.equal((await call(t.app, a.token, 'PATCH', `${ws()}/posts/${postId}`, { text: 'Our summer sale starts today' })).status, 200);
    assert.equal((await versions()).length, 2, 'same content, no version');
    const at = new Date(Date.now() + 86_400_000).toISOString();
    await call(t.app, a.token, 'PATCH', `${ws()}/posts/${postId}`, { scheduledAt: at });
    const [latest] = await versions();
    assert.deepEqual([latest.number, latest.changes, latest.content.scheduledAt], [3, ['schedule'], at]);
    assert.equal((await call(t.app, viewer, 'GET', `${ws()}/posts/${postId}/versions`)).status, 200, 'viewers read the history');
  });

  it('the diff shows the words removed and added, against the version before or the one asked', async () => {
    const [v3, v2, v1] = await versions();
    const diff = await call(t.app, a.token, 'GET', `${ws()}/posts/${postId}/versions/${v2.id}/diff`);
    assert.equal(diff.status, 200, JSON.stringify(diff.body));
    assert.equal(diff.body.against.number, 1);
    const text = diff.body.sections.find((s: { key: string }) => s.key === 'text');
    assert.equal(text.changed, true);
    assert.deepEqual(text.parts.filter((p: { removed: boolean }) => p.removed).map((p: { value: string }) => p.value), ['spring']);
    assert.deepEqual(text.parts.filter((p: { added: boolean }) => p.added).map((p: { value: string }) => p.value), ['summer']);
    assert.equal(diff.body.sections.find((s: { key: string }) => s.key === 'schedule').changed, false);
    const wide = await call(t.app, a.token, 'GET', `${ws()}/posts/${postId}/versions/${v3.id}/diff?against=${v1.id}`);
    assert.deepEqual(wide.body.sections.filter((s: { changed: boolean }) => s.changed).map((s: { key: string }) => s.key), ['text', 'schedule']);
    const first = await call(t.app, a.token, 'GET', `${ws()}/posts/${postId}/versions/${v1.id}/diff`);
    assert.equal(first.body.against, null, 'the first version, against nothing');
  });

  it('restore brings a version back as a new one; viewers cannot; the network rules are checked again', async () => {
    const [, , v1] = await versions();
    assert.equal((await call(t.app, viewer, 'POST', `${ws()}/posts/${postId}/versions/${v1.id}/restore`)).status, 403);
    const restored = await call(t.app, a.token, 'POST', `${ws()}/posts/${postId}/versions/${v1.id}/restore`);
    assert.equal(restored.status, 200, JSON.stringify(restored.body));
    assert.equal(restored.body.text, 'Our spring sale starts today');
    assert.equal(restored.body.status, 'scheduled', 'the schedule of today stays: v1 had none to bring back');
    const [latest] = await versions();
    assert.deepEqual([latest.number, latest.changes], [4, ['text']]);
    // A version the network would refuse today (the post is scheduled now, and Bluesky takes 300 characters).
    const long = await postNotesRepository.insertVersion(getDb().db, {
      workspaceId: a.workspaceId, postId, number: 99, authorId: a.userId, changes: ['text'],
      content: { ...latest.content, text: 'x'.repeat(400) },
    });
    const refused = await call(t.app, a.token, 'POST', `${ws()}/posts/${postId}/versions/${long.id}/restore`);
    assert.equal(refused.status, 422, JSON.stringify(refused.body));
    assert.equal((await call(t.app, a.token, 'GET', `${ws()}/posts/${postId}`)).body.text, 'Our spring sale starts today', 'nothing changed');
  });

  it("another workspace's post or version is 404", async () => {
    const [v1] = (await versions()).slice(-1);
    const theirs = await call(t.app, b.token, 'POST', `${ws(b.workspaceId)}/posts`, { text: 'B only', channelIds: [b.channelId] });
    await call(t.app, b.token, 'PATCH', `${ws(b.workspaceId)}/posts/${theirs.body.id}`, { text: 'B only, edited' });
    const [theirVersion] = (await call(t.app, b.token, 'GET', `${ws(b.workspaceId)}/posts/${theirs.body.id}/versions`)).body.versions;
    assert.ok(theirVersion);
    // B's version through A's post, and A's version as the one to compare against from B.
    assert.equal((await call(t.app, a.token, 'GET', `${ws()}/posts/${postId}/versions/${theirVersion.id}/diff`)).status, 404);
    assert.equal((await call(t.app, a.token, 'POST', `${ws()}/posts/${postId}/versions/${theirVersion.id}/restore`)).status, 404);
    assert.equal((await call(t.app, a.token, 'GET', `${ws()}/posts/${postId}/versions/${v1.id}/diff?against=${theirVersion.id}`)).status, 404);
    assert.equal((await call(t.app, b.token, 'GET', `${ws(b.workspaceId)}/posts/${theirs.body.id}/versions/${theirVersion.id}/diff?against=${v1.id}`)).status, 404);
    assert.equal((await call(t.app, b.token, 'GET', `${ws(b.workspaceId)}/posts/${postId}/versions`)).status, 404);
  });
});
