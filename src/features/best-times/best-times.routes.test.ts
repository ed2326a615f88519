/**
 * Best time to post through the API, on PGlite and PostgreSQL: importing a history CSV as a body and as a multipart
 * file (bad rows named, nothing stored twice, a missing column refused), the audience time zone, the recommended
 * slots from imported rows and Chorus's own publications — with the attacks: a viewer importing, another
 * workspace's channel.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { call, type TestApp } from '../../testing/app.js';
import { setupTenant, createTenantApp, type Tenant } from '../../testing/scenario.js';
import { forEachDatabase } from '../../db/testing.js';
import { InboxNetwork, memberToken } from '../../../test/fakes/inbox-network.js';
import { runPublish } from '../publishing/publisher.js';
import { metricsRepository } from '../metrics/repository.js';
import { bestTimesRepository } from './repository.js';

const CSV = [
  'published_at,impressions,engagements,clicks',
  '2026-11-17T10:00:00Z,1000,40,3',
  '2026-11-18T10:00:00Z,1000,20,',
  'yesterday,1000,20,1',
  '2026-11-19T10:00:00Z,many,20,1',
  '2026-11-20T10:00:00Z,1000,30,1',
].join('\n');

/** A multipart/form-data body with one file field, as a browser's form would send it. */
function multipart(field: string, content: string) {
  const boundary = '----chorus-test-boundary';
  const payload = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="history.csv"\r\nContent-Type: text/csv\r\n\r\n${content}\r\n--${boundary}--\r\n`;
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

forEachDatabase('best times API', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let editor: string;
  let viewer: string;
  const inbox = new InboxNetwork();
  const channelUrl = (tenant: Tenant, channelId = tenant.channelId) => `/api/v1/workspaces/${tenant.workspaceId}/channels/${channelId}`;
  const upload = (token: string, url: string, body: string, contentType = 'text/csv') =>
    t.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token}`, 'content-type': contentType }, payload: body });

  before(async () => {
    ({ app: t, tenant: a } = await createTenantApp(getDb(), { network: inbox }));
    b = await setupTenant(t.app, { owner: { token: a.token } });
    editor = await memberToken(t.app, a.token, a.workspaceId, 'editor');
    viewer = await memberToken(t.app, a.token, a.workspaceId, 'viewer');
  });
  after(async () => t?.close());

  it('imports a CSV body, naming the bad rows; the same file again imports nothing', async () => {
    const first = await upload(editor, `${channelUrl(a)}/history`, CSV);
    assert.equal(first.statusCode, 200, first.body);
    const body = first.json();
    assert.equal(body.imported, 3);
    assert.equal(body.skipped, 0);
    assert.deepEqual(body.errors.map((e: { line: number }) => e.line), [4, 5]);
    const again = (await upload(editor, `${channelUrl(a)}/history`, CSV)).json();
    assert.deepEqual({ imported: again.imported, skipped: again.skipped, errors: again.errors.length }, { imported: 0, skipped: 3, errors: 2 });
    const stored = await bestTimesRepository.history(getDb().db, a.channelId);
    assert.equal(stored.length, 3);
    assert.deepEqual(stored.find((p) => p.publishedAt.getTime() === Date.parse('2026-11-17T10:00:00Z')), { publishedAt: new Date('2026-11-17T10:00:00Z'), impressions: 1000, engagements: 40 });
  });

  it('imports a multipart file, skipping the rows already stored and those repeated in the file', async () => {
    const form = multipart('file', 'Impressions,Engagements,Published_At\n500,10,2026-11-21T18:00:00Z\n1000,40,2026-11-17T10:00:00Z\n500,10,2026-11-21T19:00:00+01:00\n');
    const res = await upload(editor, `${channelUrl(a)}/history`, form.payload, form.contentType);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { imported: 1, skipped: 2, errors: [] });
    const noFile = multipart('other', 'x');
    const missing = await upload(editor, `${channelUrl(a)}/history`, noFile.payload, noFile.contentType);
    assert.equal(missing.statusCode, 422);
    assert.equal(missing.json().error.code, 'file_missing');
  });

  it('refuses a file without a required column, naming it, and stores nothing', async () => {
    const res = await upload(editor, `${channelUrl(a)}/history`, 'published_at,impressions\n2026-11-22T10:00:00Z,5\n');
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().error.code, 'history_column_missing');
    assert.match(res.json().error.message, /"engagements"/);
    assert.equal((await bestTimesRepository.history(getDb().db, a.channelId)).length, 4);
  });

  it('refuses a file over 5 MB with a 413', async () => {
    const row = '2026-11-17T10:00:00Z,1000,40\n';
    const res = await upload(editor, `${channelUrl(a)}/history`, `published_at,impressions,engagements\n${row.repeat(Math.ceil((5 * 1024 * 1024) / row.length) + 1)}`);
    assert.equal(res.statusCode, 413);
    assert.equal(res.json().error.code, 'history_too_large');
  });

  it('lets viewers read best times but not import, and hides other workspaces\' channels', async () => {
    assert.equal((await upload(viewer, `${channelUrl(a)}/history`, CSV)).statusCode, 403);
    assert.equal((await call(t.app, viewer, 'PUT', `${channelUrl(a)}/audience-time-zone`, { timeZone: 'Europe/Paris' })).status, 403);
    assert.equal((await call(t.app, viewer, 'GET', `${channelUrl(a)}/best-times`)).status, 200);
    // Workspace A's URL with workspace B's channel, and B's workspace with A's token: not found either way.
    for (const url of [channelUrl(a, b.channelId), channelUrl(b)]) {
      assert.equal((await upload(a.token, `${url}/history`, CSV)).statusCode, 404, url);
      assert.equal((await call(t.app, a.token, 'GET', `${url}/best-times`)).status, 404, url);
      assert.equal((await call(t.app, a.token, 'PUT', `${url}/audience-time-zone`, { timeZone: 'UTC' })).status, 404, url);
    }
    assert.equal((await bestTimesRepository.history(getDb().db, b.channelId)).length, 0);
  });

  it('answers the best slots in the audience time zone, and checks count and timeZone', async () => {
    const utc = await call(t.app, viewer, 'GET', `${channelUrl(a)}/best-times?count=3&timeZone=UTC`);
    assert.equal(utc.status, 200, JSON.stringify(utc.body));
    assert.equal(utc.body.timeZone, 'UTC');
    assert.equal(utc.body.slots.length, 3);
    const tuesday = (await call(t.app, viewer, 'GET', `${channelUrl(a)}/best-times?count=168&timeZone=UTC`)).body.slots.find((s: { weekday: number; hour: number }) => s.weekday === 2 && s.hour === 10);
    assert.equal(tuesday.posts, 1);

    const zone = await call(t.app, editor, 'PUT', `${channelUrl(a)}/audience-time-zone`, { timeZone: 'america/new_york' });
    assert.deepEqual(zone.body, { timeZone: 'America/New_York', audienceTimeZone: 'America/New_York' });
    const local = await call(t.app, viewer, 'GET', `${channelUrl(a)}/best-times?count=168`);
    assert.equal(local.body.timeZone, 'America/New_York');
    // 10:00 UTC on Tuesday 17 November is 05:00 in New York.
    assert.equal(local.body.slots.find((s: { weekday: number; hour: number }) => s.weekday === 2 && s.hour === 5).posts, 1);
    assert.equal((await call(t.app, viewer, 'GET', `${channelUrl(a)}/best-times`)).body.slots.length, 7);

    const badZone = await call(t.app, viewer, 'GET', `${channelUrl(a)}/best-times?timeZone=Mars/Olympus`);
    assert.equal(badZone.status, 422);
    assert.equal(badZone.body.error.code, 'invalid_time_zone');
    assert.equal((await call(t.app, editor, 'PUT', `${channelUrl(a)}/audience-time-zone`, { timeZone: 'Nowhere' })).status, 422);
    for (const count of ['0', '169', 'x']) assert.equal((await call(t.app, viewer, 'GET', `${channelUrl(a)}/best-times?count=${count}`)).status, 400, count);
    const reset = await call(t.app, editor, 'PUT', `${channelUrl(a)}/audience-time-zone`, { timeZone: null });
    assert.deepEqual(reset.body, { timeZone: 'UTC', audienceTimeZone: null });
  });

  it('counts Chorus\'s own publications with their latest metrics point', async () => {
    const post = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, { text: 'Timed', channelIds: [a.channelId], publishNow: true });
    const publicationId = post.body.publications[0].id as string;
    const db = getDb().db;
    const row = await db.selectFrom('publications').selectAll().where('id', '=', publicationId).executeTakeFirstOrThrow();
    await runPublish(t.ctx, { publicationId, version: row.version });
    await db.updateTable('publications').set({ published_at: new Date('2026-11-22T15:00:00Z') }).where('id', '=', publicationId).execute();
    await metricsRepository.addPoints(db, [
      { publicationId, metrics: { externalId: row.id, likes: 1, reposts: 0, replies: 0, quotes: null, views: null, impressions: 10, fetchedAt: new Date('2026-11-22T16:00:00Z') } },
      { publicationId, metrics: { externalId: row.id, likes: 7, reposts: 2, replies: 1, quotes: 1, views: 400, fetchedAt: new Date('2026-11-23T16:00:00Z') } },
    ]);
    assert.deepEqual(await bestTimesRepository.publishedWithMetrics(db, a.channelId), [{ publishedAt: new Date('2026-11-22T15:00:00Z'), impressions: 400, engagements: 11 }]);
    const slots = (await call(t.app, viewer, 'GET', `${channelUrl(a)}/best-times?count=168&timeZone=UTC`)).body.slots;
    assert.equal(slots.find((s: { weekday: number; hour: number }) => s.weekday === 7 && s.hour === 15).posts, 1);
  });
});
