import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkYouTubeQuota, memoryQuotaStore, msUntilPacificMidnight, pacificDay, reserveYouTubeQuota } from './quota.js';

test('midnight Pacific: PST (UTC-8) in winter, PDT (UTC-7) in summer, across the DST change', () => {
  assert.equal(msUntilPacificMidnight(Date.parse('2026-01-15T07:00:00Z')), 1 * 3600_000);
  assert.equal(msUntilPacificMidnight(Date.parse('2026-07-15T06:30:00Z')), 30 * 60_000);
  // 2026-11-01 is the fall-back day: at 00:30 PDT (07:30Z) the next midnight is 24.5 h away (a 25-hour day).
  assert.equal(msUntilPacificMidnight(Date.parse('2026-11-01T07:30:00Z')), 24.5 * 3600_000);
  assert.equal(pacificDay(Date.parse('2026-11-24T07:59:00Z')), '2026-11-23');
  assert.equal(pacificDay(Date.parse('2026-11-24T08:00:00Z')), '2026-11-24');
});

test('checkYouTubeQuota: units and the separate upload bucket; the older 1,600-unit upload when configured', () => {
  const at = Date.parse('2026-01-15T07:00:00Z');
  assert.deepEqual(checkYouTubeQuota({ units: 9_950, uploads: 0 }, 'videos.delete', undefined, at), { allowed: true, cost: 50, bucket: 'units', remaining: 50 });
  const refused = checkYouTubeQuota({ units: 9_951, uploads: 0 }, 'videos.delete', undefined, at);
  assert.equal(refused.allowed, false);
  assert.equal(!refused.allowed && refused.retryAfterMs, 3600_000);
  assert.equal(checkYouTubeQuota({ units: 10_000, uploads: 99 }, 'videos.insert', undefined, at).allowed, true);
  assert.equal(checkYouTubeQuota({ units: 0, uploads: 100 }, 'videos.insert', undefined, at).allowed, false);
  const legacy = { dailyUnits: 10_000, dailyUploads: 100, uploadsShareUnits: true };
  assert.deepEqual(checkYouTubeQuota({ units: 8_400, uploads: 0 }, 'videos.insert', legacy, at), { allowed: true, cost: 1600, bucket: 'units', remaining: 1600 });
  assert.equal(checkYouTubeQuota({ units: 8_401, uploads: 0 }, 'videos.insert', legacy, at).allowed, false);
});

test('the memory store starts again on a new Pacific day, counts nothing it refuses, and takes refunds', async () => {
  const store = memoryQuotaStore();
  const settings = { dailyUnits: 100, dailyUploads: 1, uploadsShareUnits: false };
  const day1 = Date.parse('2026-01-15T12:00:00Z');
  const spend = (op: Parameters<typeof reserveYouTubeQuota>[2], at = day1) => reserveYouTubeQuota(store, 'p', op, settings, at);
  assert.equal((await spend('thumbnails.set')).allowed, true);
  const second = await spend('thumbnails.set');
  assert.equal(second.allowed, true);
  const refused = await spend('videos.list');
  assert.equal(refused.allowed, false);
  assert.match(refused.allowed ? '' : refused.message, /\(100 units\) cannot carry videos\.list \(1 units, 0 left\)/);
  assert.deepEqual(await store.usage('p', '2026-01-15'), { units: 100, uploads: 0 });
  if (second.allowed) await second.refund();
  assert.deepEqual(await store.usage('p', '2026-01-15'), { units: 50, uploads: 0 });
  assert.equal((await spend('videos.insert')).allowed, true);
  assert.equal((await spend('videos.insert')).allowed, false, 'the upload bucket is separate');
  assert.equal((await spend('videos.list', day1 + 86_400_000)).allowed, true);
  assert.deepEqual(await store.usage('p', '2026-01-16'), { units: 1, uploads: 0 });
  assert.deepEqual(await store.usage('other', '2026-01-15'), { units: 0, uploads: 0 }, 'per project');
});

test('exhaust: Google said the quota is spent, so the bucket is full for the rest of its day only', async () => {
  const store = memoryQuotaStore();
  const settings = { dailyUnits: 100, dailyUploads: 5, uploadsShareUnits: false };
  const day1 = Date.parse('2026-01-15T12:00:00Z');
  const first = await reserveYouTubeQuota(store, 'p', 'videos.insert', settings, day1);
  assert.ok(first.allowed);
  await first.exhaust();
  assert.deepEqual(await store.usage('p', '2026-01-15'), { units: 0, uploads: 5 }, 'the call\'s bucket only, set to its limit');
  assert.equal((await reserveYouTubeQuota(store, 'p', 'videos.insert', settings, day1)).allowed, false);
  assert.equal((await reserveYouTubeQuota(store, 'p', 'videos.list', settings, day1)).allowed, true);
  assert.equal((await reserveYouTubeQuota(store, 'p', 'videos.insert', settings, day1 + 86_400_000)).allowed, true, 'the next Pacific day starts again');
  await store.exhaust({ project: 'p', bucket: 'uploads', day: '2026-01-15' }, 3);
  assert.deepEqual(await store.usage('p', '2026-01-15'), { units: 1, uploads: 5 }, 'never lowers a higher count');
});
