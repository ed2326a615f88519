import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { memberToken } from '../../../test/fakes/inbox-network.js';
import { MemoryNetwork } from '../../../test/fakes/memory-network.js';
import { NetworkRegistry } from '../../networks/registry.js';
import { validateForX, X_DEFAULT_LIMITS } from '../../networks/x/rules.js';
import { channelsRepository } from '../channels/repository.js';

/** An X channel that checks posts with X's own rules (weighted length) and publishes nowhere. */
function xLikeRegistry(): NetworkRegistry {
  const memory = new MemoryNetwork().connector('bluesky');
  return new NetworkRegistry().register(memory).register({ ...memory, network: 'x', limits: () => X_DEFAULT_LIMITS, validate: validateForX });
}

/** A date `days` ahead on UTC clocks, as dd/mm/yyyy and as yyyy-mm-dd. */
function ahead(days: number) {
  const iso = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return { iso, dmy: iso.split('-').reverse().join('/') };
}

forEachDatabase('imports API', (getDb) => {
  const { t, a, b } = useTenantApp(getDb, { secondTenant: true, networks: xLikeRegistry() });
  const base = () => `/api/v1/workspaces/${a.workspaceId}`;
  const postCount = async () => Number((await getDb().db.selectFrom('posts').select((e) => e.fn.countAll<string>().as('n')).where('workspace_id', '=', a.workspaceId).executeTakeFirstOrThrow()).n);
  const importCsv = (csv: string, extra: Record<string, unknown> = {}, token = a.token) =>
    call(t.app, token, 'POST', `${base()}/imports`, { csv, channelIds: [a.channelId], timeZone: 'UTC', dateOrder: 'DMY', dryRun: true, ...extra });
  const day = ahead(3);
  let viewer: string;
  // A file host on this machine, reachable only while a test allows private addresses (as a private deployment may).
  let host: Server;
  let hostUrl: string;
  const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
  before(async () => {
    viewer = await memberToken(t.app, a.token, a.workspaceId, 'viewer');
    host = createServer((req, res) => {
      if (req.url === '/pic.gif') res.writeHead(200, { 'content-type': 'image/gif' }).end(GIF);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => host.close(() => resolve())));
  const mediaCount = async () => Number((await getDb().db.selectFrom('media').select((e) => e.fn.countAll<string>().as('n')).where('workspace_id', '=', a.workspaceId).executeTakeFirstOrThrow()).n);

  it('checks a Sprout Social file with its quirks row by row and saves nothing on a dry run', async () => {
    const before = await postCount();
    const csv =
      '\ufeffdate,time_24hr,message_text,link_url,image_url\r\n' +
      `${day.dmy},09:00,"Bonjour, ""le monde"" — crème brûlée 🍮",https://example.com/a,\r\n` +
      `${day.dmy},09:05,Too close,,\r\n` +
      `01/01/2020,09:00,Long past,,\r\n` +
      `${day.dmy},11:00,${'é'.repeat(301)},,\r\n` +
      `${day.dmy},12:00,Local file,,C:\\Users\\me\\photo.jpg\r\n`;
    const res = await importCsv(csv);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.format, 'sprout');
    assert.equal(res.body.imported, 0);
    const [ok, close, past, long, local] = res.body.rows;
    assert.deepEqual({ line: ok.line, status: ok.status, text: ok.text }, { line: 2, status: 'ok', text: 'Bonjour, "le monde" — crème brûlée 🍮 https://example.com/a' });
    assert.equal(new Date(ok.scheduledAt).toISOString(), `${day.iso}T09:00:00.000Z`);
    assert.deepEqual({ line: close.line, column: close.errors[0].column }, { line: 3, column: 'date' });
    assert.match(close.errors[0].message, /10 minutes apart/);
    assert.match(past.errors[0].message, /has passed/);
    assert.equal(long.errors[0].column, 'message_text');
    assert.match(long.errors[0].message, /^bluesky: .*300/);
    assert.equal(local.errors[0].column, 'image_url');
    assert.match(local.errors[0].message, /file on a computer/);
    assert.equal(await postCount(), before);
  });

  it('imports a Hootsuite file in the given zone and date order, saving the valid rows and naming the others', async () => {
    const before = await postCount();
    const csv = `${day.dmy} 09:00,First post,https://example.com/1\n${day.dmy} 09:03,Odd minute\n${day.dmy} 10:00,First post,https://example.com/1\n`;
    const res = await importCsv(csv, { dryRun: false, timeZone: 'Europe/Paris', dateOrder: 'DMY' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.format, 'hootsuite');
    assert.equal(res.body.imported, 1);
    assert.deepEqual(res.body.rows.map((r: { status: string }) => r.status), ['ok', 'error', 'error']);
    assert.deepEqual(res.body.rows[1].errors.map((e: { column: string }) => e.column), ['A']);
    assert.deepEqual(res.body.rows[2].errors.map((e: { column: string }) => e.column), ['B']);
    assert.equal(await postCount(), before + 1);
    const posts = await call(t.app, a.token, 'GET', `${base()}/posts?status=scheduled`);
    const saved = posts.body.posts.find((p: { text: string }) => p.text === 'First post https://example.com/1');
    // 09:00 in Paris in winter is 08:00 UTC.
    assert.equal(new Date(saved.scheduledAt).toISOString().slice(11, 16), '08:00');
  });

  it('imports Agorapulse rows without a date as drafts, and all rows as drafts when asked', async () => {
    const res = await importCsv('post_content,post_link,image_url,video_url\nAn idea for later,https://example.com/idea,,\n', { dryRun: false });
    assert.equal(res.body.imported, 1, JSON.stringify(res.body));
    assert.equal(res.body.rows[0].scheduledAt, undefined);
    const drafts = await call(t.app, a.token, 'GET', `${base()}/posts?status=draft`);
    assert.ok(drafts.body.posts.some((p: { text: string }) => p.text === 'An idea for later https://example.com/idea'));
    const asDrafts = await importCsv(`date,time_24hr,message_text\n${day.dmy},15:00,Draft me\n`, { dryRun: false, asDrafts: true });
    assert.equal(asDrafts.body.imported, 1);
    assert.equal(asDrafts.body.rows[0].scheduledAt, undefined);
  });

  it('with allOrNothing, one refused row saves nothing', async () => {
    const before = await postCount();
    const csv = `date,time_24hr,message_text\n${day.dmy},16:00,Good one\n${day.dmy},16:30,${'x'.repeat(400)}\n`;
    const res = await importCsv(csv, { dryRun: false, allOrNothing: true });
    assert.equal(res.status, 200);
    assert.equal(res.body.imported, 0);
    assert.deepEqual(res.body.rows.map((r: { status: string }) => r.status), ['ok', 'error']);
    assert.equal(await postCount(), before);
  });

  it('round trip: the exported posts.csv imports again with every row ok', async () => {
    const campaign = await call(t.app, a.token, 'POST', `${base()}/campaigns`, { name: 'Winter sale', goal: 'traffic', startsAt: '2026-01-01T00:00:00Z', endsAt: '2030-01-01T00:00:00Z' });
    assert.equal(campaign.status, 201, JSON.stringify(campaign.body));
    const created = await call(t.app, a.token, 'POST', `${base()}/posts`, {
      text: '@everyone =sale starts, "quoted"',
      channelIds: [a.channelId],
      variants: [{ network: 'bluesky', text: 'Sale on Bluesky 🦋' }],
      scheduledAt: `${ahead(5).iso}T07:30:00Z`,
      campaignId: campaign.body.id,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const exported = await t.app.inject({ method: 'GET', url: `${base()}/posts.csv`, headers: { authorization: `Bearer ${viewer}` } });
    assert.equal(exported.statusCode, 200);
    assert.match(exported.headers['content-type'] as string, /text\/csv/);
    assert.match(exported.body, /^date,time,time_zone,text,link,media,campaign,text:bluesky\r\n/);
    assert.match(exported.body, /'@everyone/);
    const res = await importCsv(exported.body);
    assert.equal(res.body.format, 'chorus');
    assert.deepEqual(res.body.rows.filter((r: { status: string }) => r.status !== 'ok'), []);
    const row = res.body.rows.find((r: { text: string }) => r.text.startsWith('@everyone'));
    assert.equal(row.text, '@everyone =sale starts, "quoted"');
    assert.equal(new Date(row.scheduledAt).toISOString(), `${ahead(5).iso}T07:30:00.000Z`);
  });

  it('names unknown campaigns and segments on their columns', async () => {
    const res = await importCsv(`date,time,text,campaign,text@Night owls\n${day.iso},09:00,Hi,Nope,Hello owls\n`);
    const columns = res.body.rows[0].errors.map((e: { column: string }) => e.column).sort();
    assert.deepEqual(columns, ['campaign', 'text@Night owls']);
  });

  it("refuses another workspace's channel without saving anything", async () => {
    const before = await postCount();
    const res = await call(t.app, a.token, 'POST', `${base()}/imports`, { csv: `date,time_24hr,message_text\n${day.dmy},09:00,x\n`, channelIds: [b.channelId], dryRun: false });
    assert.equal(res.status, 422);
    assert.equal(res.body.error.field, 'channelIds');
    assert.equal(await postCount(), before);
  });

  it('refuses local addresses as media, on a dry run and on the import, naming the row', async () => {
    const csv = `date,time_24hr,message_text,image_url\n${day.dmy},18:00,Secret,file:///etc/passwd\n${day.dmy},18:30,Loopback,http://127.0.0.1/x.png\n`;
    for (const dryRun of [true, false]) {
      const res = await importCsv(csv, { dryRun });
      assert.equal(res.body.imported, 0);
      assert.deepEqual(res.body.rows.map((r: { line: number; errors: Array<{ column: string }> }) => [r.line, r.errors[0]!.column]), [[2, 'image_url'], [3, 'image_url']]);
      assert.match(res.body.rows[0].errors[0].message, /file:\/\/\/etc\/passwd: Only http\(s\)/);
      assert.match(res.body.rows[1].errors[0].message, /local or private address/);
    }
    const media = await call(t.app, a.token, 'GET', `${base()}/media`);
    assert.ok(media.status === 404 || (media.body.media ?? []).length === 0);
  });

  it('lets viewers export but not import', async () => {
    const res = await importCsv(`date,time_24hr,message_text\n${day.dmy},09:00,x\n`, {}, viewer);
    assert.equal(res.status, 403);
  });

  /** A dry run of a one-row file sent as multipart/form-data to `url` (its form without the file when `file` is false). */
  const multipartImport = (url: string, file = true) => {
    const boundary = 'XyZ';
    const field = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const payload =
      field('channelIds', a.channelId) + field('dryRun', 'true') + field('timeZone', 'UTC') + field('dateOrder', 'DMY') +
      (file ? `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="posts.csv"\r\nContent-Type: text/csv\r\n\r\ndate,time_24hr,message_text\r\n${day.dmy},20:00,From a form\r\n` : '') +
      `--${boundary}--\r\n`;
    return t.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${a.token}`, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
  };

  it('takes the file as multipart/form-data', async () => {
    const res = await multipartImport(`${base()}/imports`);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().rows.map((r: { status: string }) => r.status), ['ok']);
  });

  it("answers 404 for another workspace's import form before reading it", async () => {
    // Without its file, a form that was read would answer 400 file_missing: the tenant gate must come first.
    const res = await multipartImport(`/api/v1/workspaces/${b.workspaceId}/imports`, false);
    assert.equal(res.statusCode, 404, res.body);
    assert.equal((await multipartImport(`${base()}/imports`, false)).json().error.code, 'file_missing');
  });

  it('streams progress lines before the result when asked for NDJSON', async () => {
    const csv = `date,time_24hr,message_text\n${day.dmy},21:00,One\n${day.dmy},21:30,Two\n`;
    const res = await t.app.inject({
      method: 'POST',
      url: `${base()}/imports`,
      headers: { authorization: `Bearer ${a.token}`, accept: 'application/x-ndjson' },
      payload: { csv, channelIds: [a.channelId], timeZone: 'UTC', dryRun: true },
    });
    assert.equal(res.statusCode, 200);
    const lines = res.body.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.slice(0, 2).map((l) => l.progress), [{ phase: 'checking', done: 1, total: 2 }, { phase: 'checking', done: 2, total: 2 }]);
    assert.equal(lines.at(-1).result.rows.length, 2);
  });

  it('downloads media into the library on import, names the row of a file that fails, and keeps nothing unused', async () => {
    process.env.CHORUS_ALLOW_PRIVATE_NETWORKS = '1';
    try {
      const before = await mediaCount();
      const csv = `date,time_24hr,message_text,image_url\n${day.dmy},22:00,With a picture,${hostUrl}/pic.gif\n${day.dmy},22:30,Broken picture,${hostUrl}/missing.gif\n`;
      const all = await importCsv(csv, { dryRun: false, allOrNothing: true });
      assert.equal(all.body.imported, 0);
      assert.match(all.body.rows[1].errors[0].message, /missing\.gif: the server answered 404/);
      assert.equal(await mediaCount(), before, 'the file fetched for an import that saved nothing is removed again');
      const res = await importCsv(csv, { dryRun: false });
      assert.equal(res.body.imported, 1, JSON.stringify(res.body));
      assert.deepEqual(res.body.rows.map((r: { line: number; status: string }) => [r.line, r.status]), [[2, 'ok'], [3, 'error']]);
      assert.equal(res.body.rows[1].errors[0].column, 'image_url');
      assert.equal(await mediaCount(), before + 1);
      const posts = await call(t.app, a.token, 'GET', `${base()}/posts?status=scheduled`);
      const saved = posts.body.posts.find((p: { text: string }) => p.text === 'With a picture');
      assert.equal(saved.publications[0].mediaIds.length, 1);
    } finally {
      delete process.env.CHORUS_ALLOW_PRIVATE_NETWORKS;
    }
  });

  it("checks X's weighted length: 140 CJK characters fit, 141 do not", async () => {
    const { row: x } = await channelsRepository.upsert(getDb().db, {
      workspaceId: a.workspaceId, network: 'x', externalId: 'x-1', handle: 'brand', displayName: 'Brand', avatarUrl: null, serviceUrl: null, credentialsEnc: 'unused', limits: {},
    });
    const csv = `date,time_24hr,message_text\n${day.dmy},23:00,${'漢'.repeat(140)}\n${day.dmy},23:30,${'漢'.repeat(141)}\n`;
    const res = await importCsv(csv, { channelIds: [a.channelId, x.id] });
    assert.equal(res.body.rows[0].status, 'ok', JSON.stringify(res.body.rows[0]));
    assert.equal(res.body.rows[1].errors.length, 1);
    assert.equal(res.body.rows[1].errors[0].column, 'message_text');
    assert.match(res.body.rows[1].errors[0].message, /^x: /);
  });
});
