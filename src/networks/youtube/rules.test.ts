import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MediaForNetwork, PublicationContent } from '../connector.js';
import { readYouTubeOptions, tagsLength, validateForYouTube, YOUTUBE_DEFAULT_LIMITS } from './rules.js';

const media = (mimeType: string, extra: Partial<MediaForNetwork> = {}): MediaForNetwork => ({
  id: mimeType.startsWith('video/') ? 'v' : 'i', mimeType, sizeBytes: 1000, width: 1920, height: 1080, altText: '', read: async () => Buffer.alloc(0), url: '', ...extra,
});
const now = Date.parse('2026-11-24T12:00:00Z');
const rules = (content: PublicationContent) => validateForYouTube(content, YOUTUBE_DEFAULT_LIMITS, now).map((v) => `${v.rule}@${v.field}`);

test('a video with a title is valid; the first line of the text is the default title', () => {
  assert.deepEqual(rules({ text: 'Hello\nworld', media: [media('video/mp4')] }), []);
  assert.equal(readYouTubeOptions({ text: '\n  Hello  \nworld', media: [] }).title, 'Hello');
});

test('no video, a stray image, too long a title, < >, too many description bytes', () => {
  assert.deepEqual(rules({ text: 'Hi', media: [] }), ['video_required@media']);
  assert.deepEqual(rules({ text: 'Hi', media: [media('video/mp4'), media('image/png')] }), ['image_not_thumbnail@media[1]']);
  assert.deepEqual(rules({ text: 'x', media: [media('video/mp4')], options: { title: 'é'.repeat(101) } }), ['title_too_long@options.title']);
  assert.deepEqual(rules({ text: 'a <b>', media: [media('video/mp4')], options: { title: 'A > B' } }), ['invalid_characters@text', 'invalid_characters@options.title']);
  // 2,501 two-byte characters: under 5,000 characters but over 5,000 bytes.
  assert.deepEqual(rules({ text: 'é'.repeat(2501), media: [media('video/mp4')], options: { title: 'T' } }), ['too_many_bytes@text']);
  assert.deepEqual(rules({ text: '', media: [media('video/mp4')] }), ['title_required@options.title']);
});

test('tags count commas and quotes around tags with spaces (500 max)', () => {
  assert.equal(tagsLength(['a', 'b c']), 1 + 1 + 5);
  const tags = Array.from({ length: 50 }, () => 'abcdefghi');
  assert.equal(tagsLength(tags), 499);
  assert.deepEqual(rules({ text: 'x', media: [media('video/mp4')], options: { title: 'T', tags } }), []);
  assert.deepEqual(rules({ text: 'x', media: [media('video/mp4')], options: { title: 'T', tags: [...tags, ''] } }), []);
  assert.deepEqual(rules({ text: 'x', media: [media('video/mp4')], options: { title: 'T', tags: [...tags.slice(1), 'abcdefghij'] } }), []);
  assert.deepEqual(rules({ text: 'x', media: [media('video/mp4')], options: { title: 'T', tags: [...tags.slice(1), 'abcdefghijk'] } }), ['tags_too_long@options.tags']);
});

test('publishAt: in the future and private only; privacy, category, kids and thumbnail checked', () => {
  const v = [media('video/mp4')];
  assert.deepEqual(rules({ text: 'x', media: v, options: { title: 'T', publishAt: '2026-11-25T00:00:00Z' } }), []);
  assert.equal(readYouTubeOptions({ text: 'x', media: v, options: { publishAt: '2026-11-25T00:00:00Z' } }).privacy, 'private');
  assert.deepEqual(rules({ text: 'x', media: v, options: { title: 'T', publishAt: '2026-11-01T00:00:00Z' } }), ['publish_at_past@options.publishAt']);
  assert.deepEqual(rules({ text: 'x', media: v, options: { title: 'T', publishAt: 'next tuesday' } }), ['invalid_option@options.publishAt']);
  assert.deepEqual(rules({ text: 'x', media: v, options: { title: 'T', publishAt: '2026-11-25T00:00:00Z', privacy: 'public' } }), ['publish_at_needs_private@options.publishAt']);
  assert.deepEqual(rules({ text: 'x', media: v, options: { title: 'T', privacy: 'friends', categoryId: 'music', madeForKids: 'no' } }), [
    'invalid_option@options.privacy', 'invalid_option@options.categoryId', 'invalid_option@options.madeForKids',
  ]);
  assert.deepEqual(rules({ text: 'x', media: [...v, media('image/jpeg')], options: { title: 'T', thumbnailMediaId: 'i' } }), []);
  assert.deepEqual(rules({ text: 'x', media: v, options: { title: 'T', thumbnailMediaId: 'missing' } }), ['invalid_option@options.thumbnailMediaId']);
  assert.deepEqual(rules({ text: 'x', media: [...v, media('image/png', { sizeBytes: 3 * 1024 * 1024 })], options: { title: 'T', thumbnailMediaId: 'i' } }), ['image_too_large@media[1]']);
});

test('probed duration over 12 hours is refused; unknown duration passes', () => {
  assert.deepEqual(rules({ text: 'x', media: [media('video/mp4', { durationSeconds: 12 * 3600 + 1 })], options: { title: 'T' } }), ['video_too_long@media[0]']);
  assert.deepEqual(rules({ text: 'x', media: [media('video/mp4', { durationSeconds: null })], options: { title: 'T' } }), []);
});
