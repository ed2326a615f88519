/**
 * The ideas board: save ideas with tags and pictures, list them column by column, move one to another column (at the
 * end unless placed), search and filter by tag, turn one into a draft post (once: a second click is 409 naming the
 * post), delete; another workspace's ideas and pictures stay out of reach, viewers read but cannot write.
 * Run: node scripts/test.mjs src/features/ideas (PGlite and PostgreSQL)
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call, type TestApp } from '../../testing/app.js';
import { createTenantApp, setupTenant, type Tenant } from '../../testing/scenario.js';
import { multipart, png } from '../media/testing.js';
import { memberToken } from '../../../test/fakes/inbox-network.js';

interface Idea { id: string; title: string; stage: string; position: number; tags: string[]; mediaIds: string[]; postId: string | null }

forEachDatabase('ideas board', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  const url = (tenant: Tenant, rest = '') => `/api/v1/workspaces/${tenant.workspaceId}/ideas${rest}`;
  const create = async (body: Record<string, unknown>, tenant = a): Promise<Idea> => {
    const res = await call(t.app, tenant.token, 'POST', url(tenant), body);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body as Idea;
  };
  const board = async (query = '', tenant = a) => {
    const res = await call(t.app, tenant.token, 'GET', url(tenant, query));
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body as { ideas: Idea[]; tags: Array<{ tag: string; count: number }> };
  };
  const upload = async (tenant: Tenant): Promise<string> => {
    const body = multipart([{ name: 'file', value: png(2, 2), filename: 'idea.png', type: 'image/png' }]);
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/workspaces/${tenant.workspaceId}/media`, headers: { authorization: `Bearer ${tenant.token}`, 'content-type': body.contentType }, payload: body.payload });
    assert.equal(res.statusCode, 201, res.body);
    return res.json().id as string;
  };

  before(async () => {
    ({ app: t, tenant: a } = await createTenantApp(getDb()));
    b = await setupTenant(t.app, { owner: { token: a.token } });
  });
  after(async () => t?.close());

  it('saves ideas at the end of their column, with cleaned tags and own pictures, and lists them in order', async () => {
    const picture = await upload(a);
    const first = await create({ title: 'Cold drinks for the heatwave', notes: 'Ice, lemon, shade.', tags: ['#Summer', 'summer', 'Drinks'], mediaIds: [picture] });
    const second = await create({ title: 'Winter: tastes of summer days', tags: ['winter'] });
    assert.deepEqual(first.tags, ['summer', 'drinks']);
    assert.deepEqual(first.mediaIds, [picture]);
    assert.equal(first.stage, 'idea');
    assert.ok(second.position > first.position);
    const ready = await create({ title: 'Ready one', stage: 'ready' });
    assert.equal(ready.stage, 'ready');
    const { ideas, tags } = await board();
    assert.deepEqual(ideas.map((i) => i.title), ['Cold drinks for the heatwave', 'Winter: tastes of summer days', 'Ready one']);
    assert.deepEqual(tags.map((x) => x.tag).sort(), ['drinks', 'summer', 'winter']);
    assert.deepEqual((await board('?tag=winter')).ideas.map((i) => i.title), ['Winter: tastes of summer days']);
    assert.deepEqual((await board('?q=lemon')).ideas.map((i) => i.title), ['Cold drinks for the heatwave']);
  });

  it("refuses another workspace's picture as if it did not exist, and bad input with the field at fault", async () => {
    const theirs = await upload(b);
    const res = await call(t.app, a.token, 'POST', url(a), { title: 'Borrowed', mediaIds: [theirs] });
    assert.equal(res.status, 422);
    assert.equal((res.body as { error: { code: string; field: string } }).error.code, 'media_not_found');
    assert.equal((res.body as { error: { field: string } }).error.field, 'mediaIds[0]');
    assert.equal((await call(t.app, a.token, 'POST', url(a), { title: '  ' })).status, 400);
    assert.equal((await call(t.app, a.token, 'POST', url(a), { title: 'x', stage: 'done' })).status, 400);
    assert.equal((await board()).ideas.some((i) => i.title === 'Borrowed'), false, 'nothing half-saved');
  });

  it('moves an idea to another column, at its end unless placed, and edits it', async () => {
    const idea = await create({ title: 'To move' });
    const moved = await call(t.app, a.token, 'PATCH', url(a, `/${idea.id}`), { stage: 'ready' });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    const readies = (await board()).ideas.filter((i) => i.stage === 'ready');
    assert.equal(readies.at(-1)!.id, idea.id);
    const placed = await call(t.app, a.token, 'PATCH', url(a, `/${idea.id}`), { position: readies[0]!.position - 1, notes: 'First now' });
    assert.equal((placed.body as Idea).position, readies[0]!.position - 1);
    assert.equal((await board()).ideas.filter((i) => i.stage === 'ready')[0]!.id, idea.id);
    assert.equal((await call(t.app, a.token, 'PATCH', url(a, `/${idea.id}`), {})).status, 400);
  });

  it('turns an idea into a draft post once; the post keeps its text and pictures; a second click is 409 with the post', async () => {
    const picture = await upload(a);
    const idea = await create({ title: 'Beach day', notes: 'Our drink, cold, on the beach.', mediaIds: [picture] });
    const res = await call(t.app, a.token, 'POST', url(a, `/${idea.id}/post`), {});
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const { postId, idea: used } = res.body as { postId: string; idea: Idea };
    assert.equal(used.stage, 'used');
    assert.equal(used.postId, postId);
    const post = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/posts/${postId}`);
    assert.equal(post.status, 200);
    assert.equal((post.body as { text: string }).text, 'Our drink, cold, on the beach.');
    assert.deepEqual((post.body as { mediaIds: string[] }).mediaIds, [picture]);
    assert.equal((post.body as { status: string }).status, 'draft');
    const again = await call(t.app, a.token, 'POST', url(a, `/${idea.id}/post`), {});
    assert.equal(again.status, 409);
    assert.equal((again.body as { error: { code: string; params?: { postId: string } } }).error.code, 'idea_already_posted');
  });

  it("keeps each workspace's ideas to itself and lets viewers read only", async () => {
    const theirs = await create({ title: 'B only' }, b);
    assert.equal((await board()).ideas.some((i) => i.id === theirs.id), false);
    assert.equal((await call(t.app, a.token, 'PATCH', url(a, `/${theirs.id}`), { title: 'mine' })).status, 404);
    assert.equal((await call(t.app, a.token, 'POST', url(a, `/${theirs.id}/post`), {})).status, 404);
    assert.equal((await call(t.app, a.token, 'DELETE', url(a, `/${theirs.id}`))).status, 404);
    assert.equal((await board('', b)).ideas.find((i) => i.id === theirs.id)?.title, 'B only');

    const viewer = await memberToken(t.app, a.token, a.workspaceId, 'viewer');
    assert.equal((await call(t.app, viewer, 'GET', url(a))).status, 200);
    assert.equal((await call(t.app, viewer, 'POST', url(a), { title: 'x' })).status, 403);
    assert.equal((await call(t.app, viewer, 'PATCH', url(a, `/${(await create({ title: 'A' })).id}`), { title: 'y' })).status, 403);
  });

  it('deletes an idea; the post made from it stays', async () => {
    const idea = await create({ title: 'Short-lived' });
    const made = await call(t.app, a.token, 'POST', url(a, `/${idea.id}/post`), {});
    assert.equal((await call(t.app, a.token, 'DELETE', url(a, `/${idea.id}`))).status, 204);
    assert.equal((await call(t.app, a.token, 'DELETE', url(a, `/${idea.id}`))).status, 404);
    assert.equal((await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/posts/${(made.body as { postId: string }).postId}`)).status, 200);
  });
});
