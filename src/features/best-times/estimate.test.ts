/**
 * The estimate on known surfaces: the prior alone with no history, the data taking over as history grows, one lucky
 * post not moving a thin history, weekdays and hours counted on the audience's clock across daylight saving.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_PRIOR_WEIGHT, estimateBestTimes, localSlot, PRIOR, relativeResults, slotIndex, type PastPost } from './estimate.js';
import { seededRandom as random } from '../../core/seeded-random.js';

// 2026-11-16 is a Monday; in UTC a slot's instant is easy to write.
const MONDAY = Date.UTC(2026, 10, 16);
const at = (week: number, weekday: number, hour: number, minute = 0) => new Date(MONDAY + ((week * 7 + weekday - 1) * 24 + hour) * 3600_000 + minute * 60_000);
const post = (publishedAt: Date, rate: number): PastPost => ({ publishedAt, impressions: 1000, engagements: Math.round(rate * 1000) });


describe('best-time estimate', () => {
  it('follows the prior when there is no history: a weekday around noon first, the small hours last', () => {
    const slots = estimateBestTimes([], 'UTC');
    assert.equal(slots.length, 168);
    assert.deepEqual({ ...slots[0], score: undefined }, { weekday: 3, hour: 12, score: undefined, posts: 0 });
    assert.ok(slots.slice(0, 7).every((s) => s.weekday <= 5 && s.hour >= 9 && s.hour <= 14));
    assert.ok(slots.slice(-10).every((s) => s.hour <= 4));
    assert.ok(Math.abs(PRIOR.reduce((a, b) => a + b, 0) / 168 - 1) < 1e-9, 'the prior averages 1');
  });

  it('lets a long history override the prior: a channel whose audience engages on Saturday at 20:00', () => {
    const next = random(7);
    const posts: PastPost[] = [];
    for (let week = 0; week < 52; week++) {
      for (let i = 0; i < 21; i++) {
        const weekday = 1 + Math.floor(next() * 7);
        const hour = Math.floor(next() * 24);
        // True surface: flat 2 %, three times that on Saturday 19:00–21:00; multiplicative noise of ±40 %.
        const rate = (weekday === 6 && hour >= 19 && hour <= 21 ? 0.06 : 0.02) * (0.6 + 0.8 * next());
        posts.push(post(at(week, weekday, hour, Math.floor(next() * 60)), rate));
      }
    }
    const top = estimateBestTimes(posts, 'UTC').slice(0, 3).map((s) => `${s.weekday} ${s.hour}`);
    assert.deepEqual(new Set(top), new Set(['6 19', '6 20', '6 21']));
  });

  it('keeps the prior when history is thin: one lucky post at 03:00 on a Sunday does not make it a best time', () => {
    const posts = [post(at(0, 7, 3), 0.1)];
    for (let week = 0; week < 4; week++) for (const day of [1, 2, 3, 4, 5]) posts.push(post(at(week, day, 10), 0.02));
    const slots = estimateBestTimes(posts, 'UTC');
    const lucky = slots.findIndex((s) => s.weekday === 7 && s.hour === 3);
    assert.ok(lucky > 7, `Sunday 03:00 ranks ${lucky + 1}`);
    assert.equal(slots[lucky]!.posts, 1);
    // With so little data the prior's weight is the default, and the prior is scaled to the data's level (the
    // posts' results over the prior at their slots): the posterior mean can be checked by hand.
    const values = relativeResults(posts);
    const scale = values.reduce((a, b) => a + b, 0) / (PRIOR[slotIndex(7, 3)]! + [1, 2, 3, 4, 5].reduce((sum, day) => sum + 4 * PRIOR[slotIndex(day, 10)]!, 0));
    const expected = (DEFAULT_PRIOR_WEIGHT * scale * PRIOR[slotIndex(7, 3)]! + values[0]!) / (DEFAULT_PRIOR_WEIGHT + 1);
    assert.equal(slots[lucky]!.score, Math.round(expected * 1000) / 1000);
  });

  it('counts the hour on the audience clock, daylight saving included', () => {
    // Paris: 09:00 is 08:00 UTC in winter (Friday 27 March 2026) and 07:00 UTC in summer (Monday 30 March).
    assert.deepEqual(localSlot(new Date('2026-03-27T08:00:00Z'), 'Europe/Paris'), { weekday: 5, hour: 9 });
    assert.deepEqual(localSlot(new Date('2026-03-30T07:00:00Z'), 'Europe/Paris'), { weekday: 1, hour: 9 });
    // New York: 03:00 UTC on a Tuesday is still Monday evening there.
    assert.deepEqual(localSlot(new Date('2026-11-17T03:00:00Z'), 'America/New_York'), { weekday: 1, hour: 22 });
    const slots = estimateBestTimes([post(new Date('2026-03-27T08:00:00Z'), 0.02), post(new Date('2026-03-30T07:00:00Z'), 0.02)], 'Europe/Paris');
    assert.deepEqual(slots.filter((s) => s.posts > 0).map((s) => [s.weekday, s.hour]).sort(), [[1, 9], [5, 9]]);
  });

  it('puts posts with and without impressions on one scale, each against its own average', () => {
    const values = relativeResults([
      { publishedAt: at(0, 1, 9), impressions: 100, engagements: 10 },
      { publishedAt: at(0, 1, 10), impressions: 100, engagements: 30 },
      { publishedAt: at(0, 1, 11), impressions: 0, engagements: 50 },
      { publishedAt: at(0, 1, 12), impressions: 0, engagements: 150 },
    ]);
    assert.deepEqual(values.map((v) => Math.round(v * 1e9) / 1e9), [0.5, 1.5, 0.5, 1.5]);
    assert.deepEqual(relativeResults([{ publishedAt: at(0, 1, 9), impressions: 0, engagements: 0 }]), [1]);
  });
});
