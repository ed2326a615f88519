import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MediaForNetwork, PublicationContent } from '../connector.js';
import { limitsFromStored, readXOptions, validateForX, weightedLength, X_DEFAULT_LIMITS } from './rules.js';

const MB = 1024 * 1024;
const file = (mimeType: string, sizeBytes = 1000, altText = ''): MediaForNetwork => ({
  id: 'm',
  mimeType,
  sizeBytes,
  width: null,
  height: null,
  altText,
  url: '',
  read: async () => Buffer.alloc(0),
});
const rules = (content: PublicationContent) => validateForX(content, X_DEFAULT_LIMITS).map((v) => `${v.rule}@${v.field}`);

test('weighted length: URLs count 23, CJK and emoji 2, Latin 1, NFC first', () => {
  assert.equal(weightedLength('hello'), 5);
  assert.equal(weightedLength(`see https://example.org/${'x'.repeat(200)}`), 4 + 23);
  assert.equal(weightedLength('日本語'), 6);
  assert.equal(weightedLength('👨‍👩‍👧‍👦'), 2);
  assert.equal(weightedLength('cafe\u0301'), 4);
});

test('280 weighted characters pass, 281 do not; 140 kanji pass, 141 do not', () => {
  assert.deepEqual(rules({ text: 'a'.repeat(280), media: [] }), []);
  assert.deepEqual(rules({ text: 'a'.repeat(281), media: [] }), ['too_long@text']);
  assert.deepEqual(rules({ text: '字'.repeat(140), media: [] }), []);
  const [violation] = validateForX({ text: '字'.repeat(141), media: [] }, X_DEFAULT_LIMITS);
  assert.equal(violation?.rule, 'too_long');
  assert.match(violation?.message ?? '', /counts 282/);
  // A long link counts 23, so this fits although it is 600 characters long.
  assert.deepEqual(rules({ text: `${'a'.repeat(256)} https://example.org/${'p'.repeat(560)}`, media: [] }), []);
});

test('media: 4 images, 1 video, 1 GIF alone, documented sizes and types', () => {
  assert.deepEqual(rules({ text: 'x', media: [1, 2, 3, 4].map(() => file('image/png')) }), []);
  assert.deepEqual(rules({ text: 'x', media: [1, 2, 3, 4, 5].map(() => file('image/png')) }), ['too_many_images@media']);
  assert.deepEqual(rules({ text: 'x', media: [file('video/mp4'), file('video/mp4')] }), ['too_many_videos@media']);
  assert.deepEqual(rules({ text: 'x', media: [file('image/png'), file('video/mp4')] }), ['mixed_media@media']);
  assert.deepEqual(rules({ text: 'x', media: [file('image/gif'), file('image/png')] }), ['gif_not_alone@media']);
  assert.deepEqual(rules({ text: 'x', media: [file('image/png', 5 * MB + 1)] }), ['image_too_large@media[0]']);
  assert.deepEqual(rules({ text: 'x', media: [file('image/gif', 10 * MB)] }), []);
  assert.deepEqual(rules({ text: 'x', media: [file('image/gif', 15 * MB + 1)] }), ['image_too_large@media[0]']);
  assert.deepEqual(rules({ text: 'x', media: [file('video/mp4', 512 * MB + 1)] }), ['video_too_large@media[0]']);
  assert.deepEqual(rules({ text: 'x', media: [file('image/tiff')] }), ['media_type@media[0]']);
  assert.deepEqual(rules({ text: 'x', media: [file('video/webm')] }), ['media_type@media[0]']);
  assert.deepEqual(rules({ text: 'x', media: [file('image/png', 10, 'a'.repeat(1001))] }), ['alt_text_too_long@media[0].altText']);
});

test('thread and quote options', () => {
  assert.deepEqual(readXOptions({ thread: ['a', 'b'], quoteTweetId: '12' }), { thread: ['a', 'b'], quoteTweetId: '12' });
  assert.deepEqual(readXOptions(undefined), { thread: [] });
  assert.deepEqual(rules({ text: 'x', media: [], options: { thread: ['ok', 'b'.repeat(281), ' '] } }), [
    'too_long@options.thread[1]',
    'empty@options.thread[2]',
  ]);
  assert.deepEqual(rules({ text: 'x', media: [], options: { thread: 'not a list' } }), ['invalid_option@options.thread']);
  assert.deepEqual(rules({ text: 'x', media: [], options: { quoteTweetId: 'abc' } }), ['invalid_option@options.quoteTweetId']);
  assert.deepEqual(rules({ text: 'x', media: [file('image/png')], options: { quoteTweetId: '123' } }), ['quote_with_media@media']);
  assert.deepEqual(rules({ text: '', media: [] }), ['empty@text']);
});

test('stored limits fall back to the defaults', () => {
  assert.deepEqual(limitsFromStored({}), X_DEFAULT_LIMITS);
  assert.equal(limitsFromStored({ limits: { maxGraphemes: 25_000 } }).maxGraphemes, 25_000);
  assert.deepEqual(limitsFromStored({ maxImages: 'four' }), X_DEFAULT_LIMITS);
  assert.deepEqual(X_DEFAULT_LIMITS.rate, { requests: 90, perSeconds: 900 });
});
