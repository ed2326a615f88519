/**
 * Calendar placement and move targets, in Paris (summer time starts 29 March 2026 and ends 25 October 2026).
 * Run: node --import tsx --test src/web/pages/calendar/grid.test.ts
 */
process.env.TZ = 'Europe/Paris';

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Post } from '../../api';
import { agendaDays, calendarQuery, cellKey, isMovable, matchesFilters, moveTarget, placePosts, readFilters } from './grid';

function post(id: string, scheduledAt: string | null, extra: Partial<Post> = {}): Post {
  return {
    id,
    text: id,
    mediaIds: [],
    variants: [],
    status: 'scheduled',
    scheduledAt,
    scheduledLocal: null,
    timezone: 'Europe/Paris',
    authorId: null,
    approvedBy: null,
    trackLinks: true,
    campaign: null,
    createdAt: '2026-03-01T00:00:00Z',
    updatedAt: '2026-03-01T00:00:00Z',
    publications: [],
    ...extra,
  } as Post;
}

describe('calendar grid', () => {
  it('keeps the time of day on the wall clock when a post moves across the start of summer time', () => {
    const before = new Date('2026-03-27T08:30:00Z'); // Friday 09:30 in Paris (UTC+1)
    const moved = moveTarget(before, new Date(2026, 2, 30)); // Monday, now UTC+2
    assert.equal(moved.toISOString(), '2026-03-30T07:30:00.000Z');
    assert.equal(moved.getHours(), 9);
    assert.equal(moved.getMinutes(), 30);
  });

  it('keeps the time of day across the end of summer time too', () => {
    const moved = moveTarget(new Date('2026-10-23T16:00:00Z'), new Date(2026, 9, 26)); // 18:00 → Monday 18:00 (UTC+1)
    assert.equal(moved.toISOString(), '2026-10-26T17:00:00.000Z');
  });

  it('puts a post dropped on an hour of the week at that hour, its minutes kept', () => {
    const moved = moveTarget(new Date('2026-06-10T07:45:00Z'), new Date(2026, 5, 12), 15);
    assert.equal(moved.toISOString(), '2026-06-12T13:45:00.000Z');
  });

  it('moves a wall time that summer time skips to the hour after', () => {
    const moved = moveTarget(new Date('2026-03-27T01:30:00Z'), new Date(2026, 2, 29)); // 02:30, which 29 March skips
    assert.equal(moved.getHours(), 3);
    assert.equal(moved.getMinutes(), 30);
  });

  it('places posts in their day and hour cells, in time order', () => {
    const posts = [post('late', '2026-06-10T15:10:00Z'), post('early', '2026-06-10T15:05:00Z'), post('other', '2026-06-11T06:00:00Z')];
    const cells = placePosts(posts, cellKey);
    assert.deepEqual(cells.get('2026-06-10T17')?.map((p) => p.id), ['early', 'late']);
    assert.deepEqual(cells.get('2026-06-11T08')?.map((p) => p.id), ['other']);
  });

  it('lists only the days with posts for the agenda', () => {
    const days = [new Date(2026, 5, 10), new Date(2026, 5, 11), new Date(2026, 5, 12)];
    const byDay = placePosts([post('a', '2026-06-12T10:00:00Z')], (at) => cellKey(at).slice(0, 10));
    assert.deepEqual(agendaDays(days, byDay).map((d) => d.day.getDate()), [12]);
  });

  it('filters by channel, campaign and status, and keeps the filters in the URL', () => {
    const onA = post('a', '2026-06-12T10:00:00Z', { publications: [{ channelId: 'ch-a' } as Post['publications'][number]] });
    assert.equal(matchesFilters(onA, { channel: 'ch-a' }), true);
    assert.equal(matchesFilters(onA, { channel: 'ch-b' }), false);
    assert.equal(matchesFilters(onA, { status: 'draft' }), false);
    const inAutumn = post('b', '2026-06-12T10:00:00Z', { campaignId: 'autumn' });
    assert.deepEqual([matchesFilters(inAutumn, { campaign: 'autumn' }), matchesFilters(onA, { campaign: 'autumn' })], [true, false]);
    const filters = readFilters(new URLSearchParams('view=week&channel=ch-a&status=scheduled&other=1'));
    assert.deepEqual(filters, { channel: 'ch-a', status: 'scheduled' });
    assert.equal(calendarQuery('week', new Date(2026, 5, 12), filters), 'view=week&date=2026-06-12&channel=ch-a&status=scheduled');
  });

  it('lets only posts that have not gone out move', () => {
    assert.equal(isMovable(post('a', '2026-06-12T10:00:00Z')), true);
    assert.equal(isMovable(post('b', '2026-06-12T10:00:00Z', { status: 'published' })), false);
    assert.equal(isMovable(post('c', '2026-06-12T10:00:00Z', { status: 'pending_approval' })), false);
    assert.equal(isMovable(post('d', null, { status: 'draft' })), false);
  });
});
