/**
 * Tags on posts: saved drafts carry words to find them again, cleaned as ideas' are ("#Summer" → "summer"), listed
 * and filtered by tag or words, kept through edits, carried over from an idea turned into a post, and never
 * leaking across workspaces.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { MemoryNetwork } from '../../../test/fakes/memory-network.js';

forEachDatabase('post tags', (getDb) => {
  const { t, a, b } = useTenantApp(getDb, { network: new MemoryNetwork(), secondTenant: true });
  const base = () => `/api/v1/workspaces/${a.workspaceId}`;
  const drafts = async (query: string) => {
    const res = await call(t.app, a.token, 'GET', `${base()}/posts?status=draft&${query}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return (res.body.posts as Array<{ text: string; tags: string[] }>).map((p) => p.text).sort();
  };

  it('saves a draft with cleaned tags, changes them, and lists drafts by tag or words', async () => {
    const cold = await call(t.app, a.token, 'POST', `${base()}/posts`, { text: 'Ice cold, lemon fresh', channelIds: [a.channelId], tags: ['#Summer', 'summer', ' Drinks '] });
    assert.equal(cold.status, 201, JSON.stringify(cold.body));
    assert.deepEqual(cold.body.tags, ['summer', 'drinks']);
    const warm = await call(t.app, a.token, 'POST', `${base()}/posts`, { text: 'Tastes of summer days', channelIds: [] });
    assert.deepEqual(warm.body.tags, [], 'no tags: an empty list');

    assert.deepEqual(await drafts('tag=summer'), ['Ice cold, lemon fresh']);
    assert.deepEqual(await drafts('tag=%23SUMMER'), ['Ice cold, lemon fresh'], 'the filter is cleaned as the tags are');
    assert.deepEqual(await drafts('q=summer'), ['Ice cold, lemon fresh', 'Tastes of summer days'], 'words match the text or the tags');
    assert.deepEqual(await drafts('q=100%25'), [], "a % typed by a person is not a wildcard");

    const edited = await call(t.app, a.token, 'PATCH', `${base()}/posts/${warm.body.id}`, { tags: ['winter', 'Summer'] });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.deepEqual(edited.body.tags, ['winter', 'summer']);
    assert.equal(edited.body.text, 'Tastes of summer days', 'changing the tags leaves the text');
    assert.deepEqual(await drafts('tag=summer'), ['Ice cold, lemon fresh', 'Tastes of summer days']);
    const untouched = await call(t.app, a.token, 'PATCH', `${base()}/posts/${warm.body.id}`, { text: 'Tastes of summer days, all winter' });
    assert.deepEqual(untouched.body.tags, ['winter', 'summer'], 'an edit without tags keeps them');
  });

  it('refuses too many or too long tags with 400 naming the field, and saves nothing', async () => {
    const before = await drafts('');
    const many = await call(t.app, a.token, 'POST', `${base()}/posts`, { text: 'Many tags', channelIds: [], tags: Array.from({ length: 31 }, (_, i) => `t${i}`) });
    assert.equal(many.status, 400);
    assert.match(many.body.error.field, /^tags/);
    const long = await call(t.app, a.token, 'POST', `${base()}/posts`, { text: 'Long tag', channelIds: [], tags: ['x'.repeat(61)] });
    assert.equal(long.status, 400);
    assert.match(long.body.error.field, /^tags/);
    assert.deepEqual(await drafts(''), before);
  });

  it("never lists another workspace's drafts, whatever the tag or words", async () => {
    await call(t.app, a.token, 'POST', `${base()}/posts`, { text: 'Secret launch', channelIds: [], tags: ['launch'] });
    for (const query of ['tag=launch', 'q=Secret', 'q=launch']) {
      const res = await call(t.app, b.token, 'GET', `/api/v1/workspaces/${b.workspaceId}/posts?status=draft&${query}`);
      assert.equal(res.status, 200);
      assert.deepEqual(res.body.posts, [], query);
    }
    const foreign = await call(t.app, b.token, 'GET', `${base()}/posts?status=draft&tag=launch`);
    assert.ok(foreign.status === 403 || foreign.status === 404, `another workspace's list is refused (${foreign.status})`);
  });

  it("gives a post made from an idea the idea's tags", async () => {
    const idea = await call(t.app, a.token, 'POST', `${base()}/ideas`, { title: 'Heatwave drinks', tags: ['Heatwave', 'drinks'] });
    assert.equal(idea.status, 201, JSON.stringify(idea.body));
    const made = await call(t.app, a.token, 'POST', `${base()}/ideas/${idea.body.id}/post`, {});
    assert.equal(made.status, 201, JSON.stringify(made.body));
    const post = await call(t.app, a.token, 'GET', `${base()}/posts/${made.body.postId}`);
    assert.deepEqual(post.body.tags, ['heatwave', 'drinks']);
  });
});
