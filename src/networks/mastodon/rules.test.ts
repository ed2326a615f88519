import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MediaForNetwork } from '../connector.js';
import { limitsFromInstance, limitsFromStored, MASTODON_DEFAULT_LIMITS, validateForMastodon } from './rules.js';

const longUrl = `https://example.org/${'a'.repeat(180)}`;

function media(overrides: Partial<MediaForNetwork> = {}): MediaForNetwork {
  return {
    id: 'm',
    mimeType: 'image/png',
    sizeBytes: 1000,
    width: 1,
    height: 1,
    altText: '',
    read: async () => Buffer.alloc(0),
    url: 'https://cdn.example/m',
    ...overrides,
  };
}

test('every URL counts as 23 characters, however long it is', () => {
  const fits = `${'x'.repeat(476)} ${longUrl}`; // 476 + 1 + 23 = 500
  assert.deepEqual(validateForMastodon({ text: fits, media: [] }, MASTODON_DEFAULT_LIMITS), []);
  const over = `${'x'.repeat(477)} ${longUrl}`; // 501
  const violations = validateForMastodon({ text: over, media: [] }, MASTODON_DEFAULT_LIMITS);
  assert.equal(violations.length, 1);
  assert.equal(violations[0]?.rule, 'too_long');
  assert.match(violations[0]?.message ?? '', /500 characters; this text has 501/);
});

test('a short URL also counts as 23', () => {
  const text = `${'x'.repeat(478)} https://a.io`; // 478 + 1 + 23 = 502
  assert.equal(validateForMastodon({ text, media: [] }, MASTODON_DEFAULT_LIMITS)[0]?.rule, 'too_long');
});

test('the instance’s own URL length is used when it sets one', () => {
  const limits = { ...MASTODON_DEFAULT_LIMITS, maxGraphemes: 40, urlLength: 32 };
  assert.deepEqual(validateForMastodon({ text: `1234567 ${longUrl}`, media: [] }, limits), []); // 7 + 1 + 32 = 40
  assert.equal(validateForMastodon({ text: `12345678 ${longUrl}`, media: [] }, limits).length, 1);
});

test('alt text over 1,500 characters is refused, as Mastodon does', () => {
  const violations = validateForMastodon({ text: 'hi', media: [media({ altText: 'a'.repeat(1501) })] }, MASTODON_DEFAULT_LIMITS);
  assert.deepEqual(violations.map((v) => [v.rule, v.field]), [['alt_text_too_long', 'media[0].altText']]);
});

test('one video only, and never mixed with images', () => {
  const video = media({ mimeType: 'video/mp4' });
  const rules = validateForMastodon({ text: 'hi', media: [video, video, media()] }, MASTODON_DEFAULT_LIMITS).map((v) => v.rule);
  assert.deepEqual(rules.sort(), ['mixed_media', 'too_many_videos']);
});

test('limits come from /api/v2/instance configuration', () => {
  const limits = limitsFromInstance({
    domain: 'example.social',
    configuration: {
      statuses: { max_characters: 5000, max_media_attachments: 6, characters_reserved_per_url: 23 },
      media_attachments: {
        supported_mime_types: ['image/jpeg', 'image/png', 'video/mp4', 'audio/mpeg'],
        image_size_limit: 10_485_760,
        video_size_limit: 41_943_040,
      },
    },
  });
  assert.equal(limits.maxGraphemes, 5000);
  assert.equal(limits.maxImages, 6);
  assert.equal(limits.urlLength, 23);
  assert.equal(limits.maxImageBytes, 10_485_760);
  assert.equal(limits.maxVideoBytes, 41_943_040);
  assert.deepEqual(limits.acceptedImageTypes, ['image/jpeg', 'image/png']);
  assert.deepEqual(limits.acceptedVideoTypes, ['video/mp4']);
  assert.deepEqual(limits.rate, MASTODON_DEFAULT_LIMITS.rate);
});

test('a v1 instance without configuration (Pleroma) falls back to max_toot_chars, then the defaults', () => {
  assert.equal(limitsFromInstance({ uri: 'pleroma.example', max_toot_chars: 5000 }).maxGraphemes, 5000);
  assert.deepEqual(limitsFromInstance({ uri: 'old.example' }), MASTODON_DEFAULT_LIMITS);
  assert.deepEqual(limitsFromInstance(null), MASTODON_DEFAULT_LIMITS);
  // A malformed field is ignored, not fatal.
  assert.equal(limitsFromInstance({ configuration: { statuses: { max_characters: 'lots' } } }).maxGraphemes, 500);
});

test('Mastodon defaults follow its documentation', () => {
  assert.equal(MASTODON_DEFAULT_LIMITS.maxGraphemes, 500);
  assert.equal(MASTODON_DEFAULT_LIMITS.urlLength, 23);
  assert.equal(MASTODON_DEFAULT_LIMITS.maxImages, 4);
  assert.equal(MASTODON_DEFAULT_LIMITS.maxImageBytes, 16 * 1024 * 1024);
  assert.equal(MASTODON_DEFAULT_LIMITS.maxVideoBytes, 99 * 1024 * 1024);
  // 300 requests / 5 minutes per account, with a margin.
  assert.ok(MASTODON_DEFAULT_LIMITS.rate.requests < 300 && MASTODON_DEFAULT_LIMITS.rate.perSeconds === 300);
});

test('stored limits are read back, either bare or under `limits`, with defaults for what is missing', () => {
  const stored = { ...MASTODON_DEFAULT_LIMITS, maxGraphemes: 1000 };
  assert.equal(limitsFromStored(stored).maxGraphemes, 1000);
  assert.equal(limitsFromStored({ limits: stored }).maxGraphemes, 1000);
  assert.deepEqual(limitsFromStored({}), MASTODON_DEFAULT_LIMITS);
  assert.deepEqual(limitsFromStored({ limits: 'nonsense' }), MASTODON_DEFAULT_LIMITS);
});
