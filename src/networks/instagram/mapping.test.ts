import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commentToEngagement, insightValue, toInstagramMetrics } from './mapping.js';

test('insight values are read from values[0] or total_value', () => {
  assert.equal(insightValue([{ name: 'reach', values: [{ value: 4 }] }], 'reach'), 4);
  assert.equal(insightValue([{ name: 'views', total_value: { value: 9 } }], 'views'), 9);
  assert.equal(insightValue([], 'saved'), null);
});

test('metrics: counts from the media, the rest from insights; impressions are retired', () => {
  const at = new Date(0);
  const metrics = toInstagramMetrics({ id: '1', like_count: 3, comments_count: 2 }, [
    { name: 'reach', values: [{ value: 40 }] },
    { name: 'saved', values: [{ value: 5 }] },
    { name: 'shares', values: [{ value: 1 }] },
    { name: 'views', values: [{ value: 70 }] },
  ], at);
  assert.deepEqual(metrics, { externalId: '1', likes: 3, reposts: 1, replies: 2, quotes: null, views: 70, impressions: null, reach: 40, saves: 5, linkClicks: null, fetchedAt: at });
  assert.equal(toInstagramMetrics({ id: '2' }, [{ name: 'likes', values: [{ value: 8 }] }], at).likes, 8);
});

test('comments become replies to our media; our own are skipped', () => {
  const comment = { id: 'c1', text: 'Nice', timestamp: '2026-11-24T10:00:00+0000', username: 'fan', from: { id: '7', username: 'fan' } };
  const item = commentToEngagement(comment, 'm1', '99', 'https://www.instagram.com/p/x/');
  assert.deepEqual([item?.kind, item?.inReplyTo, item?.author.handle, item?.url], ['reply', 'm1', 'fan', 'https://www.instagram.com/p/x/']);
  assert.equal(commentToEngagement({ ...comment, from: { id: '99', username: 'us' } }, 'm1', '99', null), null);
});
