import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MediaForNetwork } from '../connector.js';
import { FACEBOOK_DEFAULT_LIMITS, facebookLimitsFromStored, validateForFacebook } from './rules.js';

function media(mimeType: string, sizeBytes = 1000): MediaForNetwork {
  return { id: 'm', mimeType, sizeBytes, width: 100, height: 100, altText: '', read: async () => Buffer.alloc(0), url: 'https://cdn.example/m' };
}
const rules = (content: Parameters<typeof validateForFacebook>[0]) => validateForFacebook(content, FACEBOOK_DEFAULT_LIMITS).map((v) => v.rule);

test('text up to 63,206 characters; empty posts are refused', () => {
  assert.deepEqual(rules({ text: 'x'.repeat(63_206), media: [] }), []);
  assert.deepEqual(rules({ text: 'x'.repeat(63_207), media: [] }), ['too_long']);
  assert.deepEqual(rules({ text: ' ', media: [] }), ['empty']);
});

test('photos: up to 10, 4 MB, common image types; one video never mixed with photos', () => {
  assert.deepEqual(rules({ text: '', media: Array.from({ length: 10 }, () => media('image/png')) }), []);
  assert.deepEqual(rules({ text: '', media: Array.from({ length: 11 }, () => media('image/jpeg')) }), ['too_many_images']);
  assert.deepEqual(rules({ text: '', media: [media('image/jpeg', 4_000_001)] }), ['image_too_large']);
  assert.deepEqual(rules({ text: '', media: [media('image/svg+xml')] }), ['media_type']);
  assert.deepEqual(rules({ text: '', media: [media('video/mp4'), media('image/jpeg')] }), ['mixed_media']);
  assert.deepEqual(rules({ text: '', media: [media('video/mp4'), media('video/mp4')] }), ['too_many_videos']);
});

test('a link option is an http(s) URL and is not combined with media', () => {
  assert.deepEqual(rules({ text: 'Menu', media: [], options: { link: 'https://acme.example/menu' } }), []);
  assert.deepEqual(rules({ text: 'Menu', media: [], options: { link: 'ftp://acme.example' } }), ['link']);
  assert.deepEqual(rules({ text: 'Menu', media: [media('image/jpeg')], options: { link: 'https://acme.example' } }), ['link_with_media']);
});

test('stored limits override the defaults field by field', () => {
  assert.equal(facebookLimitsFromStored({ limits: { maxImages: 4 } }).maxImages, 4);
  assert.equal(facebookLimitsFromStored({ maxImages: 'x' }).maxImages, 10);
  assert.deepEqual(facebookLimitsFromStored({}), FACEBOOK_DEFAULT_LIMITS);
});
