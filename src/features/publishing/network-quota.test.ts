import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, it } from 'node:test';
import type { DB } from '../../db/database.js';
import { forEachDatabase } from '../../db/testing.js';
import { NetworkError, type ChannelContext, type MediaForNetwork } from '../../networks/connector.js';
import { createYouTubeConnector, msUntilPacificMidnight, pacificDay } from '../../networks/youtube/index.js';
import { startFakeYouTube, type FakeYouTube } from '../../../test/fakes/youtube/server.js';
import { databaseYouTubeQuota } from './network-quota.js';
import { networkQuotaRepository } from './network-quota-repository.js';

/** A port nothing listens on: connections to it are refused before any byte leaves. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

forEachDatabase('YouTube quota shared in the database', (getDb) => {
  let db: DB;
  let fake: FakeYouTube;
  let ann: { id: string; token: string };
  before(async () => {
    db = getDb().db;
    fake = await startFakeYouTube();
    ann = fake.addChannel('Ann');
  });
  after(async () => fake?.stop());

  const ctx = (): ChannelContext => ({ channelId: 'c1', credentials: { accessToken: ann.token }, externalId: ann.id, serviceUrl: null, onCredentialsChanged: async () => {} });

  it('reservations are atomic: racing for the last units, never more than the limit is counted', async () => {
    const key = { project: 'race', bucket: 'units' as const, day: '2026-03-01' };
    const results = await Promise.all(Array.from({ length: 40 }, () => networkQuotaRepository.reserve(db, 'youtube', key, 7, 100)));
    assert.equal(results.filter((r) => r.reserved).length, 14);
    assert.equal(await networkQuotaRepository.units(db, 'youtube', key), 98);
    assert.deepEqual(await networkQuotaRepository.reserve(db, 'youtube', key, 3, 100), { reserved: false, used: 98 });
    assert.deepEqual(await networkQuotaRepository.reserve(db, 'youtube', key, 2, 100), { reserved: true, used: 100 });
    // Another day, bucket or project is another counter; a cost above the limit is refused even on a fresh day.
    assert.deepEqual(await networkQuotaRepository.reserve(db, 'youtube', { ...key, day: '2026-03-02' }, 7, 100), { reserved: true, used: 7 });
    assert.deepEqual(await networkQuotaRepository.reserve(db, 'youtube', { ...key, bucket: 'uploads' }, 1, 100), { reserved: true, used: 1 });
    assert.deepEqual(await networkQuotaRepository.reserve(db, 'youtube', { ...key, project: 'other', day: '2026-03-03' }, 101, 100), { reserved: false, used: 0 });
    await networkQuotaRepository.refund(db, 'youtube', key, 150);
    assert.equal(await networkQuotaRepository.units(db, 'youtube', key), 0, 'a refund never goes below zero');
  });

  it('two connectors (two workers) sharing the store cannot spend more than the daily limit together', async () => {
    // Each is its own connector with its own store object, as in two processes; only the database is shared.
    const worker = () =>
      createYouTubeConnector({ apiUrl: fake.baseUrl, clientId: 'project-a.apps.googleusercontent.com', quota: { dailyUnits: 120 }, quotaStore: databaseYouTubeQuota(db) });
    const [a, b] = [worker(), worker()];
    fake.quota.units = 0;
    // videos.delete costs 50 units: 10 calls race for 120 units, 2 fit. The fake answers 404 (no such video) after charging.
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).delete(ctx(), 'nosuchvideo')));
    const kinds = outcomes.map((o) => (o.status === 'rejected' && o.reason instanceof NetworkError ? o.reason.kind : 'other'));
    assert.equal(kinds.filter((k) => k === 'not_found').length, 2, kinds.join(','));
    assert.equal(kinds.filter((k) => k === 'rate_limited').length, 8, kinds.join(','));
    assert.equal(fake.quota.units, 100, 'only the 2 reserved calls reached Google');
    const usage = await databaseYouTubeQuota(db).usage('project-a.apps.googleusercontent.com', pacificDay());
    assert.deepEqual(usage, { units: 100, uploads: 0 });
    // The refusal happens before spending, says why and when, and waits until midnight Pacific.
    const before = fake.requests.length;
    const refused = await a.fetchMetrics(ctx(), ['abcdefghijk']).then(() => null, (e: unknown) => e);
    assert.equal(fake.requests.length, before + 1, 'the 1-unit call still fits');
    assert.equal(refused, null);
    const error = await b.delete(ctx(), 'nosuchvideo').then(() => null, (e: unknown) => e);
    assert.ok(error instanceof NetworkError && error.kind === 'rate_limited', String(error));
    assert.match(error.message, /daily YouTube quota \(120 units\) cannot carry videos\.delete \(50 units, 19 left\); it comes back at midnight Pacific time/);
    const wait = error.details.retryAfterMs ?? 0;
    assert.ok(Math.abs(wait - msUntilPacificMidnight()) < 5000, `${wait}`);
    assert.equal(fake.requests.length, before + 1, 'the refused call never reached Google');
  });

  it('exhaust sets a counter to its limit in one upsert, keeps a higher count, and refuses every later reservation', async () => {
    const key = { project: 'spent', bucket: 'units' as const, day: '2026-03-01' };
    await networkQuotaRepository.exhaust(db, 'youtube', key, 100);
    assert.equal(await networkQuotaRepository.units(db, 'youtube', key), 100, 'no row yet: inserted at the limit');
    assert.deepEqual(await networkQuotaRepository.reserve(db, 'youtube', key, 1, 100), { reserved: false, used: 100 });
    const other = { ...key, day: '2026-03-02' };
    await networkQuotaRepository.reserve(db, 'youtube', other, 30, 100);
    await Promise.all([networkQuotaRepository.exhaust(db, 'youtube', other, 100), networkQuotaRepository.exhaust(db, 'youtube', other, 100)]);
    assert.equal(await networkQuotaRepository.units(db, 'youtube', other), 100);
    await networkQuotaRepository.exhaust(db, 'youtube', other, 60);
    assert.equal(await networkQuotaRepository.units(db, 'youtube', other), 100, 'a smaller limit (another process\'s setting) never lowers the count');
  });

  it('Google\'s quotaExceeded marks the call\'s bucket spent in the database: the other worker refuses without a request', async () => {
    const worker = (project: string) => createYouTubeConnector({ apiUrl: fake.baseUrl, clientId: project, quotaStore: databaseYouTubeQuota(db) });
    const today = () => pacificDay();
    try {
      // Units: another app of the Google project spent them all, which Chorus's count (0) cannot know.
      const [a, b] = [worker('project-units'), worker('project-units')];
      fake.quota.units = 10_000;
      let sent = fake.requests.length;
      await assert.rejects(a.fetchMetrics(ctx(), ['abcdefghijk']), (e) => e instanceof NetworkError && e.kind === 'rate_limited' && /Google says the daily YouTube API quota is spent/.test(e.message));
      assert.equal(fake.requests.length, sent + 1);
      assert.deepEqual(await databaseYouTubeQuota(db).usage('project-units', today()), { units: 10_000, uploads: 0 });
      sent = fake.requests.length;
      const refused = await b.delete(ctx(), 'abcdefghijk').then(() => null, (e: unknown) => e);
      assert.ok(refused instanceof NetworkError && refused.kind === 'rate_limited', String(refused));
      assert.match(refused.message, /daily YouTube quota \(10,000 units\) cannot carry videos\.delete \(50 units, 0 left\); it comes back at midnight Pacific/);
      assert.ok(Math.abs((refused.details.retryAfterMs ?? 0) - msUntilPacificMidnight()) < 5000);
      await assert.rejects(b.fetchMetrics(ctx(), ['abcdefghijk']), (e) => e instanceof NetworkError && e.kind === 'rate_limited');
      assert.equal(fake.requests.length, sent, 'no request reached Google after it said the quota was spent');

      // Uploads: the separate bucket is marked, the units stay usable.
      fake.quota.units = 0;
      fake.quota.uploads = 100;
      const [c, d] = [worker('project-uploads'), worker('project-uploads')];
      const video: MediaForNetwork = { id: 'v', mimeType: 'video/mp4', sizeBytes: 1000, width: 1920, height: 1080, altText: '', read: async () => Buffer.alloc(1000), url: '' };
      const content = { text: 'Spent', media: [video], options: { title: 'Spent' } };
      await assert.rejects(c.publish(ctx(), content, 'up-1'), (e) => e instanceof NetworkError && e.kind === 'rate_limited');
      assert.deepEqual(await databaseYouTubeQuota(db).usage('project-uploads', today()), { units: 0, uploads: 100 });
      sent = fake.requests.length;
      await assert.rejects(d.publish(ctx(), content, 'up-2'), (e) => e instanceof NetworkError && e.kind === 'rate_limited' && /\(100 uploads\) cannot carry videos\.insert/.test(e.message));
      assert.equal(fake.requests.length, sent, 'the upload was refused before any request');
      await d.fetchMetrics(ctx(), ['abcdefghijk']);
      assert.equal(fake.requests.length, sent + 1, 'the units bucket still reaches Google');
    } finally {
      fake.quota.units = 0;
      fake.quota.uploads = 0;
    }
  });

  it('a call that never reached Google gives its units back', async () => {
    const project = 'project-refund';
    const offline = createYouTubeConnector({ apiUrl: `http://127.0.0.1:${await closedPort()}`, clientId: project, quotaStore: databaseYouTubeQuota(db) });
    await assert.rejects(offline.delete(ctx(), 'abcdefghijk'), (e) => e instanceof NetworkError && e.kind === 'transient');
    assert.deepEqual(await databaseYouTubeQuota(db).usage(project, pacificDay()), { units: 0, uploads: 0 });
    // A call Google answered (even with an error) stays counted, as Google counts it.
    const online = createYouTubeConnector({ apiUrl: fake.baseUrl, clientId: project, quotaStore: databaseYouTubeQuota(db) });
    await assert.rejects(online.delete(ctx(), 'abcdefghijk'), (e) => e instanceof NetworkError && e.kind === 'not_found');
    assert.deepEqual(await databaseYouTubeQuota(db).usage(project, pacificDay()), { units: 50, uploads: 0 });
  });
});
