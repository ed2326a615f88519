import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commentSchema, commentToEngagement, pageHandle, postCountsSchema, toFacebookMetrics } from './mapping.js';

test('the Page handle is the last part of its link, else its id', () => {
  assert.equal(pageHandle({ id: '1', name: 'A', link: 'https://www.facebook.com/acmebakery' }), 'acmebakery');
  assert.equal(pageHandle({ id: '1', name: 'A', link: 'https://www.facebook.com/profile.php?id=1' }), '1');
  assert.equal(pageHandle({ id: '1', name: 'A' }), '1');
});

test('metrics: reactions are likes, shares reposts; media views are impressions, unique viewers reach; missing values are 0 or null', () => {
  const counts = postCountsSchema.parse({
    id: '1_2',
    reactions: { data: [], summary: { total_count: 5 } },
    comments: { data: [], summary: { total_count: 2, order: 'ranked' } },
  });
  const insights = [
    { name: 'post_media_view', values: [{ value: 90 }] },
    // A retired metric answered by an older fake or cache is not read as reach any more.
    { name: 'post_impressions_unique', values: [{ value: 60 }] },
    { name: 'post_clicks', values: [{ value: { 'link clicks': 3, 'other clicks': 4 } }] },
  ];
  const at = new Date(0);
  assert.deepEqual(toFacebookMetrics(counts, insights, '1_2', at), {
    externalId: '1_2', likes: 5, reposts: 0, replies: 2, quotes: null, views: null,
    impressions: 90, reach: null, saves: null, linkClicks: 7, fetchedAt: at,
  });
  const withReach = [...insights, { name: 'post_total_media_view_unique', values: [{ value: 55 }] }];
  assert.equal(toFacebookMetrics(counts, withReach, '1_2', at).reach, 55);
});

test('a comment becomes a reply to our post; the Page\'s own comments are not engagement', () => {
  const comment = commentSchema.parse({ id: '1_2_3', message: 'Hi', created_time: '2026-11-24T10:00:00+0000', from: { id: '9', name: 'Ana' } });
  const item = commentToEngagement(comment, '1_2', '1');
  assert.deepEqual({ ...item, createdAt: item?.createdAt.toISOString() }, {
    kind: 'reply', externalId: '1_2_3', inReplyTo: '1_2',
    author: { externalId: '9', handle: 'Ana', displayName: 'Ana', avatarUrl: null },
    text: 'Hi', url: 'https://www.facebook.com/1_2_3', createdAt: '2026-11-24T10:00:00.000Z',
  });
  assert.equal(commentToEngagement({ ...comment, from: { id: '1', name: 'Us' } }, '1_2', '1'), null);
  const anonymous = commentToEngagement({ ...comment, from: undefined }, '1_2', '1');
  assert.equal(anonymous?.author.handle, 'Facebook user');
});
