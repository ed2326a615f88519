/**
 * `GET …/media` (the media library) and `PATCH …/media/{id}` with tags: newest first with pages that neither repeat nor
 * skip (the tag and missing-alt counts on the first page only), search by name, alt text or tag, missing alt text flagged and counted, where each file is used (drafts,
 * scheduled posts), tags cleaned; another workspace's files never show, viewers read but cannot tag.
 * Run: node scripts/test.mjs src/features/media/library.routes.test.ts (PGlite and PostgreSQL)
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call, type TestApp } from '../../testing/app.js';
import { createTenantApp, setupTenant, type Tenant } from '../../testing/scenario.js';
import { decodeCursor, encodeCursor } from './library.js';
import { multipart, png } from './testing.js';

interface Item { id: string; fileName: string; tags: string[]; missingAlt: boolean; usage: { posts: number; open: number; postIds: string[] } }
interface Page { items: Item[]; nextCursor: string | null; tags?: Array<{ tag: string; count: number }>; missingAlt?: number }

forEachDatabase('media library', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  const ids: Record<string, string> = {};
  const base = (tenant: Tenant) => `/api/v1/workspaces/${tenant.workspaceId}/media`;

  const upload = async (tenant: Tenant, fileName: string, altText = ''): Promise<string> => {
    const body = multipart([
      ...(altText ? [{ name: 'altText', value: altText }] : []),
      { name: 'file', value: png(2, 2), filename: fileName, type: 'image/png' },
    ]);
    const res = await t.app.inject({
      method: 'POST',
      url: base(tenant),
      headers: { authorization: `Bearer ${tenant.token}`, 'content-type': body.contentType },
      payload: body.payload,
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json().id as string;
  };
  const list = async (query = '', tenant = a): Promise<Page> => {
    const res = await call(t.app, tenant.token, 'GET', `${base(tenant)}${query}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body as Page;
  };

  before(async () => {
    ({ app: t, tenant: a } = await createTenantApp(getDb()));
    b = await setupTenant(t.app, { owner: { token: a.token } });
    ids.beach = await upload(a, 'summer-beach.png', 'Two friends on a beach with cold drinks');
    ids.snow = await upload(a, 'winter-snow.png');
    ids.logo = await upload(a, 'logo_100%.png', 'The logo');
    ids.other = await upload(b, 'summer-other.png');
  });
  after(async () => t?.close());

  it('lists the workspace\'s uploads newest first, never another workspace\'s, with the missing alt texts counted', async () => {
    const page = await list();
    assert.deepEqual(page.items.map((i) => i.id), [ids.logo, ids.snow, ids.beach]);
    assert.equal(page.missingAlt, 1);
    assert.deepEqual(page.items.map((i) => i.missingAlt), [false, true, false]);
    assert.equal(page.nextCursor, null);
    assert.deepEqual((await list('?missingAlt=true')).items.map((i) => i.id), [ids.snow]);
    // Naming another workspace's file among the ids does not reveal it.
    assert.deepEqual((await list(`?ids=${ids.other},${ids.beach}`)).items.map((i) => i.id), [ids.beach]);
  });

  it('pages with a cursor that neither repeats nor skips a file, and refuses a made-up cursor', async () => {
    const first = await list('?limit=2');
    assert.equal(first.items.length, 2);
    assert.ok(first.nextCursor);
    const second = await list(`?limit=2&cursor=${first.nextCursor}`);
    assert.deepEqual([...first.items, ...second.items].map((i) => i.id), [ids.logo, ids.snow, ids.beach]);
    assert.equal(second.nextCursor, null);
    // The counts are the whole library's: the first page carries them, "Load more" pages do not count again.
    assert.equal(first.missingAlt, 1);
    assert.ok(Array.isArray(first.tags));
    assert.equal(second.missingAlt, undefined);
    assert.equal(second.tags, undefined);
    const bad = await call(t.app, a.token, 'GET', `${base(a)}?cursor=not-a-cursor`);
    assert.equal(bad.status, 422);
    assert.equal((bad.body as { error: { code: string } }).error.code, 'invalid_cursor');
    const when = new Date('2026-12-01T10:00:00.000Z');
    assert.deepEqual(decodeCursor(encodeCursor(when, ids.beach!)), { createdAt: when, id: ids.beach });
  });

  it('searches file names, alt texts and tags; LIKE wildcards typed are literal', async () => {
    assert.deepEqual((await list('?q=summer')).items.map((i) => i.id), [ids.beach]);
    assert.deepEqual((await list('?q=cold%20drinks')).items.map((i) => i.id), [ids.beach]);
    assert.deepEqual((await list('?q=100%25')).items.map((i) => i.id), [ids.logo]);
    assert.deepEqual((await list('?q=_')).items.map((i) => i.id), [ids.logo], '"_" matches the underscore only');
  });

  it('tags files (cleaned: no "#", lower case, each once), filters and counts by tag', async () => {
    const res = await call(t.app, a.token, 'PATCH', `${base(a)}/${ids.snow}`, { tags: ['#Winter', 'winter ', 'Campaign-2027'] });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual((res.body as { tags: string[] }).tags, ['winter', 'campaign-2027']);
    await call(t.app, a.token, 'PATCH', `${base(a)}/${ids.beach}`, { tags: ['campaign-2027'], altText: 'A beach' });
    const page = await list('?tag=campaign-2027');
    assert.deepEqual(page.items.map((i) => i.id), [ids.snow, ids.beach]);
    assert.deepEqual(page.tags, [{ tag: 'campaign-2027', count: 2 }, { tag: 'winter', count: 1 }]);
    assert.deepEqual((await list('?q=winter')).items.map((i) => i.id), [ids.snow]);
    const empty = await call(t.app, a.token, 'PATCH', `${base(a)}/${ids.snow}`, {});
    assert.equal(empty.status, 400);
    // Another workspace's file cannot be tagged through this workspace.
    assert.equal((await call(t.app, a.token, 'PATCH', `${base(a)}/${ids.other}`, { tags: ['x'] })).status, 404);
  });

  it('says where each file is used: a draft without channels and a scheduled post, the open one blocking deletion', async () => {
    const draft = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, { text: 'Idea', mediaIds: [ids.beach], channelIds: [] });
    assert.equal(draft.status, 201, JSON.stringify(draft.body));
    const scheduled = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, {
      text: 'Cold drinks on the beach',
      mediaIds: [ids.beach],
      channelIds: [a.channelId],
      scheduledAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    assert.equal(scheduled.status, 201, JSON.stringify(scheduled.body));
    const beach = (await list(`?ids=${ids.beach}`)).items[0]!;
    assert.equal(beach.usage.posts, 2);
    assert.equal(beach.usage.open, 1);
    assert.deepEqual(new Set(beach.usage.postIds), new Set([(draft.body as { id: string }).id, (scheduled.body as { id: string }).id]));
    assert.deepEqual((await list(`?ids=${ids.snow}`)).items[0]!.usage, { posts: 0, open: 0, postIds: [] });
  });

  it('refuses bad filters with a 4xx naming them', async () => {
    assert.equal((await call(t.app, a.token, 'GET', `${base(a)}?ids=not-an-id`)).status, 400);
    assert.equal((await call(t.app, a.token, 'GET', `${base(a)}?kind=audio`)).status, 400);
    assert.equal((await call(t.app, a.token, 'GET', `${base(a)}?limit=1000`)).status, 400);
  });
});
