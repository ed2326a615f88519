import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MediaForNetwork, PublicationContent } from '../connector.js';
import { limitsFromStored, pinShape, PINTEREST_DEFAULT_LIMITS, readPinterestOptions, validateForPinterest } from './rules.js';

const file = (mimeType: string, extra: Partial<MediaForNetwork> = {}): MediaForNetwork => ({
  id: 'm', mimeType, sizeBytes: 1000, width: null, height: null, altText: '', url: 'https://m.example/x', read: async () => Buffer.alloc(0), ...extra,
});
const board = { boardId: '123' };
const rules = (content: PublicationContent) => validateForPinterest(content, PINTEREST_DEFAULT_LIMITS).map((v) => `${v.rule}@${v.field}`);

test('media is required: no text-only Pins', () => {
  assert.deepEqual(rules({ text: 'Only words', media: [], options: board }), ['media_required@media']);
  assert.deepEqual(rules({ text: '', media: [file('image/jpeg')], options: board }), []);
});

test('shapes: one image, a carousel of 2-5 PNG/JPEG, a video with at most one cover image', () => {
  assert.equal(pinShape([file('image/png')])?.kind, 'image');
  assert.equal(pinShape([file('image/png'), file('image/jpeg')])?.kind, 'carousel');
  assert.equal(pinShape([file('video/mp4'), file('image/jpeg')])?.kind, 'video');
  assert.equal(pinShape([file('video/mp4'), file('video/mp4')]), null);
  assert.deepEqual(rules({ text: 'x', media: [1, 2, 3, 4, 5].map(() => file('image/png')), options: board }), []);
  assert.deepEqual(rules({ text: 'x', media: [1, 2, 3, 4, 5, 6].map(() => file('image/png')), options: board }), ['too_many_images@media']);
  assert.deepEqual(rules({ text: 'x', media: [file('image/gif'), file('image/png')], options: board }), ['media_type@media[0]']);
  assert.deepEqual(rules({ text: 'x', media: [file('video/mp4'), file('image/png'), file('image/png')], options: board }), ['mixed_media@media']);
  assert.deepEqual(rules({ text: 'x', media: [file('video/webm')], options: board }), ['media_type@media[0]']);
  assert.deepEqual(rules({ text: 'x', media: [file('image/png', { sizeBytes: 20_000_001 })], options: board }), ['image_too_large@media[0]']);
});

test('probed video facts: 4 s to 15 min, H.264/H.265; unknown facts pass', () => {
  assert.deepEqual(rules({ text: 'x', media: [file('video/mp4', { durationSeconds: 3 })], options: board }), ['video_duration@media[0]']);
  assert.deepEqual(rules({ text: 'x', media: [file('video/mp4', { durationSeconds: 901 })], options: board }), ['video_duration@media[0]']);
  assert.deepEqual(rules({ text: 'x', media: [file('video/mp4', { durationSeconds: 60, frameRate: 30, videoCodec: 'h264' })], options: board }), []);
  assert.deepEqual(rules({ text: 'x', media: [file('video/mp4', { durationSeconds: null })], options: board }), []);
  assert.deepEqual(rules({ text: 'x', media: [file('video/mp4', { videoCodec: 'prores' })], options: board }), ['video_codec@media[0]']);
  assert.deepEqual(rules({ text: 'x', media: [file('video/quicktime', { videoCodec: 'HEVC' })], options: board }), []);
});

test('description 500, title 100, alt text 500, link http(s) up to 2048, colour, board required', () => {
  assert.deepEqual(rules({ text: 'd'.repeat(501), media: [file('image/png')], options: board }), ['too_long@text']);
  const options = { boardId: 'abc', title: 't'.repeat(101), link: 'javascript:alert(1)', altText: 'a'.repeat(501), dominantColor: 'red' };
  assert.deepEqual(rules({ text: 'x', media: [file('image/png')], options }), [
    'invalid_option@options.boardId', 'too_long@options.title', 'too_long@options.altText', 'invalid_link@options.link', 'invalid_option@options.dominantColor',
  ]);
  assert.deepEqual(rules({ text: 'x', media: [file('image/png')], options: { ...board, link: `https://e.example/${'p'.repeat(2040)}` } }), ['too_long@options.link']);
  assert.deepEqual(rules({ text: 'x', media: [file('image/png')] }), ['board_required@options.boardId']);
  assert.deepEqual(validateForPinterest({ text: 'x', media: [file('image/png')] }, PINTEREST_DEFAULT_LIMITS, true), []);
  assert.deepEqual(rules({ text: 'x', media: [file('image/png', { altText: 'a'.repeat(501) })], options: board }), ['alt_text_too_long@media[0].altText']);
  assert.deepEqual(rules({ text: 'x', media: [file('image/png')], options: { boardId: 5 } }), ['invalid_option@options.boardId', 'board_required@options.boardId']);
});

test('options are read leniently; stored limits fall back to the defaults', () => {
  assert.deepEqual(readPinterestOptions({ boardId: ' 12 ', title: '', link: 3 }), { boardId: '12' });
  assert.deepEqual(readPinterestOptions(undefined), {});
  assert.deepEqual(limitsFromStored({}), PINTEREST_DEFAULT_LIMITS);
  assert.equal(limitsFromStored({ limits: { maxImages: 1 } }).maxImages, 1);
});
