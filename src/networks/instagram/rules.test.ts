import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MediaForNetwork } from '../connector.js';
import { countHashtags, countMentions, INSTAGRAM_DEFAULT_LIMITS, validateForInstagram } from './rules.js';

function media(mimeType: string, width: number | null = 1080, height: number | null = 1080, sizeBytes = 1000): MediaForNetwork {
  return { id: 'm', mimeType, sizeBytes, width, height, altText: '', read: async () => Buffer.alloc(0), url: 'https://cdn.example/m' };
}
const rules = (text: string, items: MediaForNetwork[]) => validateForInstagram({ text, media: items }, INSTAGRAM_DEFAULT_LIMITS).map((v) => v.rule);

test('every post needs media; the caption may be empty', () => {
  assert.deepEqual(rules('Only words', []), ['media_required']);
  assert.deepEqual(rules('', [media('image/jpeg')]), []);
});

test('caption: 2,200 characters, 30 hashtags, 20 mentions', () => {
  assert.deepEqual(rules('x'.repeat(2200), [media('image/jpeg')]), []);
  assert.deepEqual(rules('x'.repeat(2201), [media('image/jpeg')]), ['too_long']);
  const tags = (n: number) => Array.from({ length: n }, (_, i) => `#tag${i}`).join(' ');
  assert.deepEqual(rules(tags(30), [media('image/jpeg')]), []);
  assert.deepEqual(rules(tags(31), [media('image/jpeg')]), ['too_many_hashtags']);
  const people = (n: number) => Array.from({ length: n }, (_, i) => `@user.${i}`).join(' ');
  assert.deepEqual(rules(people(20), [media('image/jpeg')]), []);
  assert.deepEqual(rules(people(21), [media('image/jpeg')]), ['too_many_mentions']);
});

test('hashtags and mentions are counted as Instagram links them, not inside words, URLs or e-mails', () => {
  assert.equal(countHashtags('#one two#no https://x.example/#anchor #été #123 #a1'), 3);
  assert.equal(countMentions('@ann hi bob@example.com @b.c_d'), 2);
});

test('images: JPEG only, 8 MB, aspect ratio between 4:5 and 1.91:1 when the size is known', () => {
  assert.deepEqual(rules('', [media('image/png')]), ['media_type']);
  assert.deepEqual(rules('', [media('image/jpeg', 1080, 1080, 8 * 1024 * 1024 + 1)]), ['image_too_large']);
  assert.deepEqual(rules('', [media('image/jpeg', 1080, 1350)]), [], '4:5 exactly');
  assert.deepEqual(rules('', [media('image/jpeg', 1080, 566)]), [], '1.91:1');
  assert.deepEqual(rules('', [media('image/jpeg', 1080, 1920)]), ['aspect_ratio']);
  assert.deepEqual(rules('', [media('image/jpeg', 2000, 1000)]), ['aspect_ratio']);
  assert.deepEqual(rules('', [media('image/jpeg', null, null)]), [], 'unknown size: Instagram decides');
});

test('video: MP4 or MOV up to 300 MB; carousels up to 10 items, images and videos mixed', () => {
  assert.deepEqual(rules('', [media('video/mp4')]), []);
  assert.deepEqual(rules('', [media('video/webm')]), ['media_type']);
  assert.deepEqual(rules('', [media('video/quicktime', null, null, 300 * 1024 * 1024 + 1)]), ['video_too_large']);
  assert.deepEqual(rules('', [media('image/jpeg'), media('video/mp4'), media('image/jpeg')]), []);
  const eleven = [...Array.from({ length: 6 }, () => media('image/jpeg')), ...Array.from({ length: 5 }, () => media('video/mp4'))];
  assert.deepEqual(rules('', eleven), ['too_many_media']);
});
