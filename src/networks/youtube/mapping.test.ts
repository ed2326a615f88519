import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NetworkError } from '../connector.js';
import { isVideoId, parse, toEngagement, toMetrics, videoSchema } from './mapping.js';

test('statistics are digit strings; a hidden like count is 0', () => {
  const video = parse(videoSchema, { id: 'dQw4w9WgXcQ', statistics: { viewCount: '1500', commentCount: '3' } }, 'v');
  const at = new Date(0);
  assert.deepEqual(toMetrics(video, at), { externalId: 'dQw4w9WgXcQ', likes: 0, reposts: 0, replies: 3, quotes: null, views: 1500, fetchedAt: at });
  assert.throws(() => parse(videoSchema, { id: 5 }, 'the video'), (e) => e instanceof NetworkError && e.kind === 'transient');
});

test('comments become replies to our video; video and comment ids are told apart', () => {
  const item = toEngagement(
    { id: 'Ugx1', snippet: { videoId: 'dQw4w9WgXcQ', textOriginal: 'Nice', authorDisplayName: '@ben', authorChannelId: { value: 'UCben' }, publishedAt: '2026-01-01T00:00:00Z' } },
    null,
  );
  assert.deepEqual([item.kind, item.inReplyTo, item.author.externalId, item.url], ['reply', 'dQw4w9WgXcQ', 'UCben', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&lc=Ugx1']);
  assert.equal(isVideoId('dQw4w9WgXcQ'), true);
  assert.equal(isVideoId('UgxKREWxIgDrw8w2e_Z4AaABAg'), false);
});
