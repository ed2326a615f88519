/**
 * Queue slots through the API and into posts, on PGlite and PostgreSQL: setting and reading a channel's week (bad
 * slots named, viewers refused, another workspace's channel not found), posts added to the queue and timed at the
 * best time (each channel its own slot, a slot taken once, why in `dueReason`), and the assignment across time zones
 * and summer time (Paris 2027-03-28, New York 2027-03-14) against publications already scheduled.
 * Run: node scripts/test.mjs src/features/queue/queue.routes.test.ts
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { memberToken } from '../../../test/fakes/inbox-network.js';
import { chooseTimes } from './service.js';
import { nextQueueSlot } from './slots.js';

interface Pub {
  channelId: string;
  scheduledAt: string;
  dueReason: { kind: string; slot: { weekday: number; time: string }; timeZone: string; score?: number; posts?: number } | null;
}

forEachDatabase('queue slots', (getDb) => {
  const { t, a, b } = useTenantApp(getDb, { secondTenant: true });
  const ws = () => `/api/v1/workspaces/${a.workspaceId}`;
  const queueUrl = (channelId = a.channelId, workspaceId = a.workspaceId) => `/api/v1/workspaces/${workspaceId}/channels/${channelId}/queue`;
  let second = '';

  it('sets a week of slots, sorted and kept once, and reads it back on the audience clock', async () => {
    const put = await call(t.app, a.token, 'PUT', queueUrl(), { slots: [{ weekday: 3, time: '18:00' }, { weekday: 1, time: '09:30' }, { weekday: 1, time: '09:30' }] });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    assert.deepEqual(put.body, { channelId: a.channelId, timeZone: 'UTC', slots: [{ weekday: 1, time: '09:30' }, { weekday: 3, time: '18:00' }] });
    await call(t.app, a.token, 'PUT', `${ws()}/channels/${a.channelId}/audience-time-zone`, { timeZone: 'Europe/Paris' });
    const got = await call(t.app, a.token, 'GET', queueUrl());
    assert.deepEqual(got.body, { ...put.body, timeZone: 'Europe/Paris' });
  });

  it('refuses bad slots with a 422 naming the field, and stores nothing', async () => {
    for (const [slots, field] of [
      [[{ weekday: 0, time: '09:00' }], 'slots[0].weekday'],
      [[{ weekday: 2, time: '09:00' }, { weekday: 2, time: '25:00' }], 'slots[1].time'],
      [Array.from({ length: 101 }, (_, i) => ({ weekday: (i % 7) + 1, time: `${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}` })), 'slots'],
    ] as const) {
      const res = await call(t.app, a.token, 'PUT', queueUrl(), { slots });
      assert.equal(res.status, 422, JSON.stringify(res.body));
      assert.equal(res.body.error.field, field);
    }
    assert.equal((await call(t.app, a.token, 'GET', queueUrl())).body.slots.length, 2);
  });

  it('lets viewers read but not write, and hides other workspaces\' channels (attack)', async () => {
    const viewer = await memberToken(t.app, a.token, a.workspaceId, 'viewer');
    assert.equal((await call(t.app, viewer, 'GET', queueUrl())).status, 200);
    assert.equal((await call(t.app, viewer, 'PUT', queueUrl(), { slots: [] })).status, 403);
    // A's workspace with B's channel, and B's workspace with A's token: not found either way, nothing written.
    for (const url of [queueUrl(b.channelId), queueUrl(b.channelId, b.workspaceId), queueUrl('not-a-uuid')]) {
      assert.equal((await call(t.app, a.token, 'GET', url)).status, 404, url);
      assert.equal((await call(t.app, a.token, 'PUT', url, { slots: [{ weekday: 1, time: '08:00' }] })).status, 404, url);
    }
    assert.deepEqual((await call(t.app, b.token, 'GET', queueUrl(b.channelId, b.workspaceId))).body.slots, []);
    // B's channel named in A's queued post is refused like any unknown channel, B's slots untouched.
    await call(t.app, b.token, 'PUT', queueUrl(b.channelId, b.workspaceId), { slots: [{ weekday: 1, time: '08:00' }] });
    const post = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text: 'x', channelIds: [b.channelId], queue: true });
    assert.equal(post.status, 422);
    assert.equal(post.body.error.code, 'unknown_channel');
  });

  it('gives each channel of a queued post its next free slot in its own zone, and the next post the slot after', async () => {
    const channel = await call(t.app, a.token, 'POST', `${ws()}/channels`, { network: 'bluesky', identifier: 'queue-second.test', appPassword: 'good' });
    second = channel.body.id as string;
    await call(t.app, a.token, 'PUT', `${ws()}/channels/${second}/audience-time-zone`, { timeZone: 'America/New_York' });
    const slots = [{ weekday: 1, time: '09:30' }, { weekday: 3, time: '18:00' }];
    await call(t.app, a.token, 'PUT', queueUrl(second), { slots });

    const first = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text: 'Queued', channelIds: [a.channelId, second], queue: true });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.equal(first.body.status, 'scheduled');
    const pubs = first.body.publications as Pub[];
    const paris = pubs.find((p) => p.channelId === a.channelId)!;
    const ny = pubs.find((p) => p.channelId === second)!;
    const now = new Date();
    assert.equal(paris.scheduledAt, nextQueueSlot(slots, 'Europe/Paris', now, new Set())!.at.toISOString());
    assert.equal(ny.scheduledAt, nextQueueSlot(slots, 'America/New_York', now, new Set())!.at.toISOString());
    assert.notEqual(paris.scheduledAt, ny.scheduledAt, 'the same wall time is two instants');
    assert.equal(paris.dueReason?.kind, 'queue');
    assert.equal(ny.dueReason?.timeZone, 'America/New_York');
    assert.equal(first.body.scheduledAt, [paris.scheduledAt, ny.scheduledAt].sort()[0], "the post's own time is the earliest");

    const next = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text: 'Queued too', channelIds: [a.channelId], queue: true });
    const taken = new Set([Math.floor(Date.parse(paris.scheduledAt) / 60_000)]);
    assert.equal(next.body.publications[0].scheduledAt, nextQueueSlot(slots, 'Europe/Paris', now, taken)!.at.toISOString());

    // Editing the text keeps the chosen times; asking for the queue again finds the post's own slot free.
    const edited = await call(t.app, a.token, 'PATCH', `${ws()}/posts/${first.body.id}`, { text: 'Queued, edited' });
    assert.deepEqual((edited.body.publications as Pub[]).map((p) => [p.scheduledAt, p.dueReason?.kind]), pubs.map((p) => [p.scheduledAt, 'queue']));
    const again = await call(t.app, a.token, 'PATCH', `${ws()}/posts/${first.body.id}`, { queue: true });
    assert.deepEqual((again.body.publications as Pub[]).map((p) => p.scheduledAt), pubs.map((p) => p.scheduledAt));
    const fixed = await call(t.app, a.token, 'PATCH', `${ws()}/posts/${first.body.id}`, { scheduledAt: '2027-06-01T10:00:00Z' });
    assert.deepEqual((fixed.body.publications as Pub[]).map((p) => [p.scheduledAt, p.dueReason]), pubs.map(() => ['2027-06-01T10:00:00.000Z', null]));
  });

  it('refuses a channel without slots (naming it), a second way to say when, and a bad window', async () => {
    await call(t.app, a.token, 'PUT', queueUrl(second), { slots: [] });
    const empty = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text: 'x', channelIds: [a.channelId, second], queue: true });
    assert.equal(empty.status, 422);
    assert.equal(empty.body.error.code, 'queue_empty');
    assert.match(empty.body.error.message, /queue-second\.test/);
    const both = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text: 'x', channelIds: [a.channelId], queue: true, scheduledAt: '2027-01-01T10:00:00Z' });
    assert.equal(both.body.error.code, 'schedule_conflict');
    const twice = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text: 'x', channelIds: [a.channelId], publishNow: true, bestTime: { withinDays: 3 } });
    assert.equal(twice.body.error.code, 'schedule_conflict');
    for (const withinDays of [0, 29]) {
      const bad = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text: 'x', channelIds: [a.channelId], bestTime: { withinDays } });
      assert.equal(bad.status, 422);
      assert.equal(bad.body.error.field, 'bestTime.withinDays');
    }
  });

  it('times a post at the best free hour of each channel within the window, saying why', async () => {
    const res = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text: 'Best', channelIds: [a.channelId, second], bestTime: { withinDays: 7 } });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const now = Date.now();
    for (const p of res.body.publications as Pub[]) {
      const at = Date.parse(p.scheduledAt);
      assert.ok(at > now && at <= now + 7 * 86_400_000, p.scheduledAt);
      assert.equal(p.dueReason?.kind, 'bestTime');
      assert.match(p.dueReason!.slot.time, /^\d\d:00$/);
      assert.equal(typeof p.dueReason?.score, 'number');
      const best = (await call(t.app, a.token, 'GET', `${ws()}/channels/${p.channelId}/best-times?count=1`)).body;
      assert.equal(best.timeZone, p.dueReason?.timeZone);
    }
  });

  it("waits for approval with a contributor's queued post, and approving keeps each channel's slot", async () => {
    const contributor = await memberToken(t.app, a.token, a.workspaceId, 'contributor');
    await call(t.app, a.token, 'PUT', queueUrl(), { slots: [{ weekday: 4, time: '07:45' }] });
    const made = await call(t.app, contributor, 'POST', `${ws()}/posts`, { text: 'Mine', channelIds: [a.channelId], queue: true });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.equal(made.body.status, 'pending_approval');
    const slot = made.body.publications[0] as Pub;
    assert.deepEqual(slot.dueReason?.slot, { weekday: 4, time: '07:45' });
    const approved = await call(t.app, a.token, 'POST', `${ws()}/posts/${made.body.id}/approve`);
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    assert.equal(approved.body.publications[0].scheduledAt, slot.scheduledAt);
    assert.equal(approved.body.publications[0].status, 'scheduled');
  });

  it('assigns slots across summer time in Paris and New York against publications already due', async () => {
    // A post already due at 03:00 CEST (01:00 UTC) on the night Paris moves its clocks, 2027-03-28.
    await call(t.app, a.token, 'PUT', queueUrl(), { slots: [{ weekday: 7, time: '02:30' }, { weekday: 7, time: '03:00' }] });
    await call(t.app, a.token, 'PUT', queueUrl(second), { slots: [{ weekday: 7, time: '02:30' }, { weekday: 7, time: '09:00' }] });
    const held = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text: 'Held', channelIds: [a.channelId], scheduledAt: '2027-03-28T01:00:00Z' });
    assert.equal(held.status, 201);
    const db = getDb().db;
    const paris = await db.transaction().execute((trx) => chooseTimes(trx, a.workspaceId, [a.channelId], { kind: 'queue' }, undefined, new Date('2027-03-28T00:00:00Z')));
    // 03:00 is taken; 02:30 does not exist that night and is read as 03:30 CEST.
    assert.deepEqual(paris.get(a.channelId), { at: new Date('2027-03-28T01:30:00Z'), reason: { kind: 'queue', slot: { weekday: 7, time: '02:30' }, timeZone: 'Europe/Paris' } });
    // New York moves two weeks earlier (2027-03-14): 02:30 → 03:30 EDT (07:30 UTC); a week before, 02:30 EST (07:30 UTC too).
    const ny = await db.transaction().execute((trx) => chooseTimes(trx, a.workspaceId, [second, a.channelId], { kind: 'queue' }, undefined, new Date('2027-03-14T06:00:00Z')));
    assert.equal(ny.get(second)?.at.toISOString(), '2027-03-14T07:30:00.000Z');
    // The same Sunday in Paris (still CET): 02:30 is 01:30 UTC, already past at 06:00 UTC → the next Sunday's 02:30 CET.
    assert.equal(ny.get(a.channelId)?.at.toISOString(), '2027-03-21T01:30:00.000Z');
    const week = await db.transaction().execute((trx) => chooseTimes(trx, a.workspaceId, [second], { kind: 'queue' }, undefined, new Date('2027-03-07T08:00:00Z')));
    assert.equal(week.get(second)?.at.toISOString(), '2027-03-07T14:00:00.000Z', '09:00 EST');
  });
});
