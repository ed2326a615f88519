import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectedMediaType, threadMatches, toEngagement, toMetrics } from './mapping.js';

test('insights become metrics; missing ones are null or 0', () => {
  const m = toMetrics('1', { data: [{ name: 'views', values: [{ value: 10 }] }, { name: 'likes', values: [{ value: 2 }] }, { name: 'quotes', total_value: { value: 1 } }] }, new Date(0));
  assert.deepEqual(m, { externalId: '1', views: 10, impressions: 10, likes: 2, quotes: 1, reposts: 0, replies: 0, reach: null, saves: null, linkClicks: null, fetchedAt: new Date(0) });
});

test('a reply becomes engagement with its parent; our own replies are skipped', () => {
  const reply = { id: '2', text: 'hi', username: 'ben', timestamp: '2025-01-01T10:00:00+0000', replied_to: { id: '1' }, permalink: 'https://threads.net/@ben/post/2' };
  const item = toEngagement(reply, '1');
  assert.equal(item?.author.handle, '@ben');
  assert.equal(item?.inReplyTo, '1');
  assert.equal(item?.createdAt.toISOString(), '2025-01-01T10:00:00.000Z');
  assert.equal(toEngagement({ ...reply, is_reply_owned_by_me: true }, '1'), null);
});

test('findPublished matching: text (whitespace-insensitive), media type and parent', () => {
  const content = { text: 'Hello  world', media: [] };
  assert.equal(expectedMediaType(content), 'TEXT_POST');
  assert.ok(threadMatches({ id: '1', text: 'Hello world', media_type: 'TEXT_POST' }, content));
  assert.ok(!threadMatches({ id: '1', text: 'Hello world', media_type: 'IMAGE' }, content));
  assert.ok(!threadMatches({ id: '1', text: 'Hello world', replied_to: { id: '9' } }, { ...content, inReplyTo: '8' }));
});
