import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MediaForNetwork, PublicationContent } from '../connector.js';
import { BLUESKY_LIMITS, blueskyLimits, validateBluesky } from './rules.js';

function media(mimeType: string, sizeBytes = 1000, altText = ''): MediaForNetwork {
  return { id: 'm', mimeType, sizeBytes, width: 10, height: 10, altText, read: async () => Buffer.alloc(0), url: '' };
}

function check(content: Partial<PublicationContent>) {
  return validateBluesky({ text: '', media: [], ...content }, BLUESKY_LIMITS);
}

describe('Bluesky limits', () => {
  it('follow the lexicons and the documented write budget', () => {
    assert.equal(BLUESKY_LIMITS.maxGraphemes, 300);
    assert.equal(BLUESKY_LIMITS.maxBytes, 3000);
    assert.equal(BLUESKY_LIMITS.maxImages, 4);
    assert.equal(BLUESKY_LIMITS.maxVideos, 1);
    assert.equal(BLUESKY_LIMITS.allowMixedMedia, false);
    assert.deepEqual(BLUESKY_LIMITS.acceptedVideoTypes, ['video/mp4']);
    // 5,000 points/hour, 3 per create, 80 % of it.
    assert.deepEqual(BLUESKY_LIMITS.rate, { requests: 1333, perSeconds: 3600 });
    assert.ok(BLUESKY_LIMITS.rate.requests * 3 < 5000);
  });

  it('take an image-size override stored for an old PDS', () => {
    assert.equal(blueskyLimits({ maxImageBytes: 1_000_000 }).maxImageBytes, 1_000_000);
    assert.equal(blueskyLimits({ maxImageBytes: 'x' }).maxImageBytes, BLUESKY_LIMITS.maxImageBytes);
  });
});

describe('validateBluesky: text', () => {
  it('counts an emoji with skin tone or a ZWJ family as one character', () => {
    const family = '👩‍👩‍👧‍👦'; // 7 code points, 11 UTF-16 units, 25 bytes
    assert.deepEqual(check({ text: '👍🏽'.repeat(300) }), []);
    const tooLong = check({ text: '👍🏽'.repeat(301) });
    assert.equal(tooLong.length, 1);
    assert.equal(tooLong[0]?.rule, 'too_long');
    assert.equal(tooLong[0]?.message, 'Bluesky allows 300 characters; this text has 301.');
    // 120 families are 120 characters but 3,000 bytes: exactly at the byte limit.
    assert.deepEqual(check({ text: family.repeat(120) }), []);
    const tooHeavy = check({ text: family.repeat(121) });
    assert.deepEqual(
      tooHeavy.map((v) => [v.rule, v.field, v.message]),
      [['too_many_bytes', 'text', 'Bluesky allows 3000 bytes of text; this text has 3025.']],
    );
  });

  it('counts a letter with combining marks as one character', () => {
    const e = 'e\u0301\u0323'; // e + acute + dot below
    assert.deepEqual(check({ text: e.repeat(300) }), []);
    assert.equal(check({ text: e.repeat(301) })[0]?.message, 'Bluesky allows 300 characters; this text has 301.');
  });

  it('counts a URL as written (Bluesky does not shorten links)', () => {
    const url = `https://example.com/${'a'.repeat(290)}`;
    assert.equal(check({ text: url })[0]?.rule, 'too_long');
  });

  it('wants text or media', () => {
    assert.deepEqual(check({ text: '  ' }).map((v) => v.rule), ['empty']);
    assert.deepEqual(check({ text: '', media: [media('image/png')] }), []);
  });
});

describe('validateBluesky: media', () => {
  it('accepts up to 4 images of jpeg, png, webp or gif', () => {
    const four = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'].map((t) => media(t));
    assert.deepEqual(check({ text: 'x', media: four }), []);
    const five = check({ text: 'x', media: [...four, media('image/png')] });
    assert.deepEqual(five.map((v) => v.message), ['Bluesky allows 4 images per post; this one has 5.']);
  });

  it('refuses other image types, large images and mixing images with video', () => {
    const violations = check({
      text: 'x',
      media: [media('image/heic'), media('image/png', 2_000_001), media('video/mp4')],
    });
    assert.deepEqual(
      violations.map((v) => [v.rule, v.field]),
      [
        ['mixed_media', 'media'],
        ['media_type', 'media[0]'],
        ['image_too_large', 'media[1]'],
      ],
    );
    assert.equal(violations[1]?.message, 'Bluesky does not accept image/heic files.');
    assert.match(violations[2]?.message ?? '', /^Bluesky accepts files up to 2,000,000 bytes; this one is 2,000,001 bytes\.$/);
  });

  it('accepts one mp4 video up to 100 MB, with up to 1000 characters of description', () => {
    assert.deepEqual(check({ text: 'x', media: [media('video/mp4', 100_000_000, 'a'.repeat(1000))] }), []);
    const violations = check({
      text: 'x',
      media: [media('video/mp4', 100_000_001, 'a'.repeat(1001)), media('video/quicktime')],
    });
    assert.deepEqual(
      violations.map((v) => [v.rule, v.field]),
      [
        ['too_many_videos', 'media'],
        ['video_too_large', 'media[0]'],
        ['media_type', 'media[1]'],
        ['alt_text_too_long', 'media[0].altText'],
      ],
    );
    assert.equal(violations[3]?.message, 'Bluesky allows 1000 characters of video description; this one has 1001.');
  });
});

describe('validateBluesky: replies', () => {
  it('wants an at:// post address to reply to', () => {
    assert.deepEqual(check({ text: 'x', inReplyTo: 'at://did:plc:abc/app.bsky.feed.post/3jzfcijpj2z2a' }), []);
    const [v] = check({ text: 'x', inReplyTo: 'https://bsky.app/profile/a/post/3jzfcijpj2z2a' });
    assert.equal(v?.rule, 'reply_target');
    assert.equal(v?.field, 'inReplyTo');
  });
});
