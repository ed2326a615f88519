import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, it } from 'node:test';
import type { DB } from '../../db/database.js';
import { forEachDatabase } from '../../db/testing.js';
import { NetworkError, type ChannelContext } from '../../networks/connector.js';
import { createYouTubeConnector, msUntilPacificMidnight, pacificDay } from '../../networks/youtube/index.js';
import { startFakeYouTube, type FakeYouTube } from '../../../test/fakes/youtube/server.js';
import { databaseYouTubeQuota, networkQuotaRepository } from './network-quota.js';

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
