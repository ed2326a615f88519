/**
 * Queue slots and best-time picks across time zones and summer time, pure.
 * Run: node scripts/test.mjs src/features/queue/slots.test.ts
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bestFreeSlot, checkSlots, nextQueueSlot, takenMinutes, type QueueSlot } from './slots.js';

const iso = (c: { at: Date } | null) => c?.at.toISOString() ?? null;
const none = new Set<number>();

test('a slot is the same wall time before and after summer time (Paris, 2027-03-28)', () => {
  const sunday9: QueueSlot[] = [{ weekday: 7, time: '09:00' }];
  // Sunday 21 March: CET (UTC+1); Sunday 28 March: CEST (UTC+2).
  assert.equal(iso(nextQueueSlot(sunday9, 'Europe/Paris', new Date('2027-03-20T12:00:00Z'), none)), '2027-03-21T08:00:00.000Z');
  assert.equal(iso(nextQueueSlot(sunday9, 'Europe/Paris', new Date('2027-03-21T08:00:00Z'), none)), '2027-03-28T07:00:00.000Z', 'strictly after now');
});

test('a skipped time follows the schedule rule and the day is ordered by instant (Paris)', () => {
  const slots = checkSlots([{ weekday: 7, time: '03:00' }, { weekday: 7, time: '02:30' }]);
  assert.deepEqual(slots, [{ weekday: 7, time: '02:30' }, { weekday: 7, time: '03:00' }]);
  const now = new Date('2027-03-28T00:00:00Z'); // 01:00 CET, before the change
  const first = nextQueueSlot(slots, 'Europe/Paris', now, none);
  // 03:00 CEST is 01:00 UTC; 02:30 does not exist that night and is read as 03:30 CEST, 01:30 UTC.
  assert.deepEqual({ at: iso(first), slot: first?.slot }, { at: '2027-03-28T01:00:00.000Z', slot: { weekday: 7, time: '03:00' } });
  const second = nextQueueSlot(slots, 'Europe/Paris', now, takenMinutes([first!.at]));
  assert.deepEqual({ at: iso(second), slot: second?.slot }, { at: '2027-03-28T01:30:00.000Z', slot: { weekday: 7, time: '02:30' } });
  // A time that occurs twice (2027-10-31, clocks go back) is its first occurrence, still in summer time.
  assert.equal(iso(nextQueueSlot([{ weekday: 7, time: '02:30' }], 'Europe/Paris', new Date('2027-10-30T12:00:00Z'), none)), '2027-10-31T00:30:00.000Z');
});

test('New York around 2027-03-14, and two zones give two instants for the same slot', () => {
  const slots: QueueSlot[] = [{ weekday: 7, time: '02:30' }, { weekday: 7, time: '09:00' }];
  const now = new Date('2027-03-14T06:00:00Z'); // 01:00 EST
  const ny = nextQueueSlot(slots, 'America/New_York', now, none);
  assert.equal(iso(ny), '2027-03-14T07:30:00.000Z', '02:30 is skipped and read as 03:30 EDT');
  assert.equal(iso(nextQueueSlot(slots, 'America/New_York', now, takenMinutes([ny!.at]))), '2027-03-14T13:00:00.000Z', '09:00 EDT');
  assert.equal(iso(nextQueueSlot(slots, 'America/New_York', new Date('2027-03-07T06:00:00Z'), takenMinutes([new Date('2027-03-07T07:30:00Z')]))), '2027-03-07T14:00:00.000Z', '09:00 EST a week before');
  assert.equal(iso(nextQueueSlot(slots, 'Europe/Paris', now, none)), '2027-03-14T08:00:00.000Z', 'Paris is still on CET that Sunday');
});

test('a taken minute is skipped, a full year of taken slots or no slots gives none', () => {
  const slots: QueueSlot[] = [{ weekday: 1, time: '10:15' }];
  const now = new Date('2027-01-01T00:00:00Z');
  assert.equal(iso(nextQueueSlot(slots, 'UTC', now, takenMinutes([new Date('2027-01-04T10:15:30Z')]))), '2027-01-11T10:15:00.000Z');
  assert.equal(nextQueueSlot([], 'UTC', now, none), null);
  const year = Array.from({ length: 60 }, (_, w) => new Date(Date.parse('2027-01-04T10:15:00Z') + w * 7 * 86_400_000));
  assert.equal(nextQueueSlot(slots, 'UTC', now, takenMinutes(year)), null);
});

test('checks weekdays, times and the number of slots, naming the field', () => {
  for (const [slot, field] of [
    [{ weekday: 0, time: '09:00' }, 'slots[0].weekday'],
    [{ weekday: 8, time: '09:00' }, 'slots[0].weekday'],
    [{ weekday: 1.5, time: '09:00' }, 'slots[0].weekday'],
    [{ weekday: 1, time: '24:00' }, 'slots[0].time'],
    [{ weekday: 1, time: '9:00' }, 'slots[0].time'],
  ] as const) {
    assert.throws(() => checkSlots([slot]), (e: unknown) => (e as { field?: string }).field === field, JSON.stringify(slot));
  }
  const many = Array.from({ length: 101 }, (_, i) => ({ weekday: (i % 7) + 1, time: `${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}` }));
  assert.throws(() => checkSlots(many), (e: unknown) => (e as { code?: string }).code === 'too_many_slots');
  assert.equal(checkSlots([{ weekday: 1, time: '09:00' }, { weekday: 1, time: '09:00' }]).length, 1);
});

test('best time: the best free hour in the window, at the top of the hour on the audience clock', () => {
  const estimates = [
    { weekday: 2, hour: 18, score: 1.4, posts: 42 },
    { weekday: 3, hour: 9, score: 1.2, posts: 10 },
  ];
  const monday = new Date('2027-03-22T12:00:00Z');
  const best = bestFreeSlot(estimates, 'Europe/Paris', monday, 7, none);
  assert.deepEqual(best && { at: iso(best), slot: best.slot, score: best.score, posts: best.posts }, {
    at: '2027-03-23T17:00:00.000Z',
    slot: { weekday: 2, time: '18:00' },
    score: 1.4,
    posts: 42,
  });
  // Taken: the next best; a window too short for either: none.
  assert.equal(iso(bestFreeSlot(estimates, 'Europe/Paris', monday, 7, takenMinutes([best!.at]))), '2027-03-24T08:00:00.000Z');
  assert.equal(bestFreeSlot(estimates, 'Europe/Paris', monday, 1, takenMinutes([best!.at])), null);
  // Within 14 days, the same slot a week later is free.
  assert.equal(iso(bestFreeSlot(estimates, 'Europe/Paris', monday, 14, takenMinutes([best!.at]))), '2027-03-30T16:00:00.000Z');
  // New York: Tuesday 18:00 is 18:00 EST (23:00 UTC) before 2027-03-14 and 18:00 EDT (22:00 UTC) after.
  assert.equal(iso(bestFreeSlot(estimates, 'America/New_York', new Date('2027-03-08T12:00:00Z'), 7, none)), '2027-03-09T23:00:00.000Z');
  assert.equal(iso(bestFreeSlot(estimates, 'America/New_York', new Date('2027-03-15T12:00:00Z'), 7, none)), '2027-03-16T22:00:00.000Z');
});
