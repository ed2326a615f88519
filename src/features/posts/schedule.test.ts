/**
 * Local clocks and segment content, pure. Run: node scripts/test.mjs src/features/posts/schedule.test.ts
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentForChannel, contentForSegment, segmentsForChannel } from './content.js';
import { checkScheduledLocal, dueIn, localInstant, wallClock } from './schedule.js';

test('a local date and time is a different instant in each zone, and reads back the same on its clock', () => {
  const noon = { date: '2026-12-10', time: '12:00' };
  assert.equal(localInstant(noon, 'Asia/Singapore').toISOString(), '2026-12-10T04:00:00.000Z');
  assert.equal(localInstant(noon, 'Europe/Oslo').toISOString(), '2026-12-10T11:00:00.000Z');
  assert.equal(localInstant(noon, 'America/Sao_Paulo').toISOString(), '2026-12-10T15:00:00.000Z');
  assert.equal(wallClock(localInstant(noon, 'Asia/Singapore'), 'Asia/Singapore'), '2026-12-10T12:00');
  assert.equal(wallClock(null, 'UTC'), null);
  const at = new Date('2027-01-01T00:00:00Z');
  assert.equal(dueIn({ at, local: null, timeZone: 'UTC' }, 'Asia/Singapore'), at, 'an instant is the same everywhere');
  assert.equal(dueIn({ at, local: noon, timeZone: 'UTC' }, 'Europe/Oslo')?.toISOString(), '2026-12-10T11:00:00.000Z');
  // A time Chorus chose for a channel (its queue, its best time) wins on that channel only.
  const byChannel = new Map([['c1', new Date('2027-01-05T08:00:00Z')]]);
  assert.equal(dueIn({ at, local: null, timeZone: 'UTC', byChannel }, 'UTC', 'c1')?.toISOString(), '2027-01-05T08:00:00.000Z');
  assert.equal(dueIn({ at, local: null, timeZone: 'UTC', byChannel }, 'UTC', 'c2'), at);
});

test('summer time: a skipped time is read after the change, a repeated one at its first occurrence', () => {
  // Paris skips 02:00–03:00 on 2027-03-28 and repeats 02:00–03:00 on 2027-10-31.
  assert.equal(localInstant({ date: '2027-03-28', time: '02:30' }, 'Europe/Paris').toISOString(), '2027-03-28T01:30:00.000Z');
  assert.equal(localInstant({ date: '2027-10-31', time: '02:30' }, 'Europe/Paris').toISOString(), '2027-10-31T00:30:00.000Z');
});

test('refuses dates and times that are not on a calendar or a clock', () => {
  for (const [local, field] of [
    [{ date: '2027-02-29', time: '12:00' }, 'scheduledLocal.date'],
    [{ date: '10/12/2026', time: '12:00' }, 'scheduledLocal.date'],
    [{ date: '2026-12-10', time: '24:00' }, 'scheduledLocal.time'],
    [{ date: '2026-12-10', time: '9:00' }, 'scheduledLocal.time'],
  ] as const) {
    assert.throws(() => checkScheduledLocal(local), (e: unknown) => (e as { field?: string }).field === field);
  }
  assert.deepEqual(checkScheduledLocal({ date: '2028-02-29', time: '23:59' }), { date: '2028-02-29', time: '23:59' });
});

test("a segment's variant overrides the channel's default field by field; the most specific one wins", () => {
  const post = {
    text: 'Default',
    mediaIds: ['m0'],
    variants: [
      { network: 'x', text: 'For X' },
      { segmentId: 'hot', text: 'Hot', url: 'https://fizz.example/hot', options: { a: 1 } },
      { segmentId: 'hot', network: 'x', mediaIds: ['m1'], options: { b: 2 } },
      { segmentId: 'cold', channelId: 'c2', text: 'Cold on c2 only' },
    ],
  };
  const x = { id: 'c1', network: 'x' };
  const other = { id: 'c2', network: 'bluesky' };
  assert.deepEqual(contentForChannel(post, x), { text: 'For X', mediaIds: ['m0'], options: {} }, 'segment variants never leak into the default');
  assert.deepEqual(contentForSegment(post, x, 'hot'), { text: 'Hot\n\nhttps://fizz.example/hot', mediaIds: ['m1'], options: { a: 1, b: 2 } });
  assert.deepEqual(contentForSegment(post, other, 'hot').mediaIds, ['m0']);
  assert.deepEqual(segmentsForChannel(post, x), ['hot']);
  assert.deepEqual(segmentsForChannel(post, other), ['hot', 'cold']);
  // A url already in the text is not added twice.
  assert.equal(contentForSegment({ ...post, variants: [{ segmentId: 's', text: 'See https://a.example', url: 'https://a.example' }] }, x, 's').text, 'See https://a.example');
});
