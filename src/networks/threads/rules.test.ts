import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MediaForNetwork } from '../connector.js';
import { limitsFromStored, THREADS_DEFAULT_LIMITS, threadsTextLength, validateForThreads } from './rules.js';

const media = (mimeType: string, overrides: Partial<MediaForNetwork> = {}): MediaForNetwork => ({
  id: 'm', mimeType, sizeBytes: 1000, width: 1, height: 1, altText: '', read: async () => Buffer.alloc(0), url: 'https://cdn.example/m', ...overrides,
});
const rules = (text: string, items: MediaForNetwork[] = []) => validateForThreads({ text, media: items }, THREADS_DEFAULT_LIMITS).map((v) => v.rule);

test('emoji count as their UTF-8 bytes, other characters as one', () => {
  assert.equal(threadsTextLength('abc'), 3);
  assert.equal(threadsTextLength('😀'), 4);
  assert.equal(threadsTextLength('❤️'), 6);
  assert.equal(threadsTextLength('é'), 1);
  assert.deepEqual(rules(`${'a'.repeat(496)}😀`), []);
  assert.deepEqual(rules(`${'a'.repeat(497)}😀`), ['too_long']);
});

test('carousels mix images and videos up to 20 items', () => {
  assert.deepEqual(rules('x', [media('image/jpeg'), media('video/mp4')]), []);
  assert.ok(rules('x', Array.from({ length: 21 }, () => media('image/png'))).includes('too_many_media'));
});

test('only JPEG/PNG images up to 8 MB and MP4/MOV video up to 1 GB', () => {
  assert.deepEqual(rules('x', [media('image/webp')]), ['media_type']);
  assert.deepEqual(rules('x', [media('image/jpeg', { sizeBytes: 8 * 1024 * 1024 + 1 })]), ['image_too_large']);
  assert.deepEqual(rules('x', [media('video/quicktime', { sizeBytes: 1024 * 1024 * 1024 })]), []);
});

test('alt text up to 1,000 characters, at most 5 links, something to post', () => {
  assert.deepEqual(rules('x', [media('image/png', { altText: 'a'.repeat(1001) })]), ['alt_text_too_long']);
  assert.deepEqual(rules('https://a.io/1 https://a.io/2 https://a.io/3 https://a.io/4 https://a.io/5 https://a.io/6'), ['too_many_links']);
  assert.deepEqual(rules('https://a.io/1 https://a.io/1 https://a.io/1 https://a.io/1 https://a.io/1 https://a.io/1'), []);
  assert.deepEqual(rules(' '), ['empty']);
});

test('stored limits fall back to the defaults', () => {
  assert.deepEqual(limitsFromStored({}), THREADS_DEFAULT_LIMITS);
  assert.equal(limitsFromStored({ limits: { ...THREADS_DEFAULT_LIMITS, maxGraphemes: 10 } }).maxGraphemes, 10);
});
