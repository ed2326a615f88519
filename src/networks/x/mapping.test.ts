import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeForMatch, parse, toMetrics, tweetListSchema, tweetMatches, tweetToEngagement, usersById } from './mapping.js';
import { NetworkError } from '../connector.js';

const list = parse(
  tweetListSchema,
  {
    data: [
      { id: '20', text: '@us nice', author_id: '2', created_at: '2026-01-02T10:00:00.000Z', in_reply_to_user_id: '1', referenced_tweets: [{ type: 'replied_to', id: '10' }] },
      { id: '21', text: 'look at this', author_id: '2', created_at: '2026-01-02T11:00:00.000Z', referenced_tweets: [{ type: 'quoted', id: '10' }] },
      { id: '22', text: 'hey @us', author_id: '3', created_at: '2026-01-02T12:00:00.000Z' },
    ],
    includes: { users: [{ id: '2', username: 'ann', name: 'Ann', profile_image_url: 'https://pbs.twimg.com/a.jpg' }] },
  },
  'test',
);

test('mentions, replies and quotes of our posts become inbox items', () => {
  const users = usersById(list);
  const items = list.data.map((t) => tweetToEngagement(t, users, '1', new Set(['10'])));
  assert.deepEqual(
    items.map((i) => [i.kind, i.externalId, i.inReplyTo]),
    [
      ['reply', '20', '10'],
      ['quote', '21', '10'],
      ['mention', '22', null],
    ],
  );
  assert.deepEqual(items[0]?.author, { externalId: '2', handle: '@ann', displayName: 'Ann', avatarUrl: 'https://pbs.twimg.com/a.jpg' });
  assert.equal(items[0]?.url, 'https://x.com/ann/status/20');
  // An author missing from `includes` still has its id.
  assert.equal(items[2]?.author.externalId, '3');
  assert.equal(items[2]?.url, 'https://x.com/i/web/status/22');
});

test('metrics: public counts, bookmarks as saves, non-public impressions and link clicks when present', () => {
  const fetchedAt = new Date();
  const [tweet] = parse(
    tweetListSchema,
    {
      data: [
        {
          id: '10',
          text: 't',
          public_metrics: { like_count: 5, retweet_count: 2, reply_count: 1, quote_count: 0, impression_count: 90, bookmark_count: 3 },
          non_public_metrics: { impression_count: 100, url_link_clicks: 7, user_profile_clicks: 1 },
        },
      ],
    },
    'test',
  ).data;
  assert.ok(tweet);
  assert.deepEqual(toMetrics(tweet, fetchedAt), {
    externalId: '10', likes: 5, reposts: 2, replies: 1, quotes: 0, views: 100, impressions: 100, reach: null, saves: 3, linkClicks: 7, fetchedAt,
  });
  const bare = toMetrics({ ...tweet, public_metrics: null, non_public_metrics: null }, fetchedAt);
  assert.deepEqual([bare.likes, bare.impressions, bare.saves, bare.linkClicks], [0, null, null, null]);
});

test('matching a post on X: escaped entities, t.co links, trailing media link, parent', () => {
  const tweet = (text: string, extra: object = {}) => parse(tweetListSchema, { data: [{ id: '1', text, ...extra }] }, 't').data[0]!;
  assert.equal(normalizeForMatch('Tom &amp; Jerry  <3'), 'Tom & Jerry <3');
  assert.ok(tweetMatches(tweet('Read https://t.co/abc &amp; share'), 'Read https://example.org/very/long & share'));
  assert.ok(tweetMatches(tweet('Look https://t.co/media', { attachments: { media_keys: ['3_1'] } }), 'Look'));
  assert.ok(!tweetMatches(tweet('Look https://t.co/media'), 'Look'));
  assert.ok(tweetMatches(tweet('yes', { referenced_tweets: [{ type: 'replied_to', id: '9' }] }), 'yes', '9'));
  assert.ok(!tweetMatches(tweet('yes'), 'yes', '9'));
});

test('an unexpected shape is a transient error naming the field', () => {
  assert.throws(() => parse(tweetListSchema, { data: [{ id: 'abc', text: 'x' }] }, 'the posts'), (e: unknown) => {
    assert.ok(e instanceof NetworkError && e.kind === 'transient');
    assert.match(e.message, /data\.0\.id/);
    return true;
  });
});
