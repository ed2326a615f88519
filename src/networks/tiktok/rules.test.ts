import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MediaForNetwork, PublicationContent } from '../connector.js';
import { chunkRange, planChunks, TIKTOK_DEFAULT_LIMITS, validateAgainstCreator, validateForTikTok, type TikTokCreatorInfo } from './rules.js';

const MIB = 1024 * 1024;
const media = (mimeType: string, extra: Partial<MediaForNetwork> = {}): MediaForNetwork => ({
  id: 'm', mimeType, sizeBytes: 1000, width: 1080, height: 1920, altText: '', read: async () => Buffer.alloc(0), url: '', ...extra,
});
const rules = (content: PublicationContent) => validateForTikTok(content, TIKTOK_DEFAULT_LIMITS).map((v) => `${v.rule}@${v.field}`);
const opts = { privacyLevel: 'SELF_ONLY' };

test('one video or photos, an explicit audience, captions in UTF-16 runes', () => {
  assert.deepEqual(rules({ text: 'hi', media: [media('video/mp4')], options: opts }), []);
  assert.deepEqual(rules({ text: 'hi', media: [], options: opts }), ['media_required@media']);
  assert.deepEqual(rules({ text: 'hi', media: [media('video/mp4')] }), ['privacy_required@options.privacyLevel']);
  assert.deepEqual(rules({ text: 'hi', media: [media('video/mp4')], options: { privacyLevel: 'EVERYONE' } }), ['invalid_option@options.privacyLevel']);
  // 1,100 emoji are 2,200 UTF-16 runes: the limit exactly; one more is over.
  assert.deepEqual(rules({ text: '😀'.repeat(1100), media: [media('video/mp4')], options: opts }), []);
  assert.deepEqual(rules({ text: '😀'.repeat(1100) + 'a', media: [media('video/mp4')], options: opts }), ['too_long@text']);
  assert.deepEqual(rules({ text: 'x'.repeat(3000), media: [media('image/jpeg')], options: opts }), []);
  assert.deepEqual(rules({ text: 'x', media: [media('image/jpeg'), media('video/mp4')], options: opts }), ['mixed_media@media']);
  assert.deepEqual(rules({ text: 'x', media: Array.from({ length: 36 }, () => media('image/jpeg')), options: opts }), ['too_many_images@media']);
  assert.deepEqual(rules({ text: 'x', media: [media('image/png')], options: opts }), ['media_type@media[0]']);
  assert.deepEqual(rules({ text: 'x', media: [media('image/jpeg')], options: { ...opts, title: 't'.repeat(91) } }), ['title_too_long@options.title']);
});

test('probed video facts: duration 3–600 s, 23–60 FPS, codecs, 360–4096 px', () => {
  const v = (extra: Partial<MediaForNetwork>) => rules({ text: 'x', media: [media('video/mp4', extra)], options: opts });
  assert.deepEqual(v({ durationSeconds: 601, frameRate: 30, videoCodec: 'h264' }), ['video_too_long@media[0]']);
  assert.deepEqual(v({ durationSeconds: 2 }), ['video_too_short@media[0]']);
  assert.deepEqual(v({ frameRate: 120 }), ['frame_rate@media[0]']);
  assert.deepEqual(v({ videoCodec: 'prores' }), ['video_codec@media[0]']);
  assert.deepEqual(v({ width: 320 }), ['video_dimensions@media[0]']);
  assert.deepEqual(v({ durationSeconds: null, frameRate: null, videoCodec: null }), []);
});

test('against the creator: offered audiences, interactions turned off, their maximum duration', () => {
  const creator: TikTokCreatorInfo = { privacyLevelOptions: ['SELF_ONLY'], commentDisabled: true, duetDisabled: true, stitchDisabled: false, maxVideoPostDurationSec: 60 };
  const check = (content: PublicationContent) => validateAgainstCreator(content, creator).map((v) => `${v.rule}@${v.field}`);
  assert.deepEqual(check({ text: 'x', media: [media('video/mp4', { durationSeconds: 61 })], options: { privacyLevel: 'PUBLIC_TO_EVERYONE' } }), [
    'privacy_not_offered@options.privacyLevel', 'interaction_disabled@options.disableComment', 'interaction_disabled@options.disableDuet', 'video_too_long@media[0]',
  ]);
  assert.deepEqual(check({ text: 'x', media: [media('video/mp4', { durationSeconds: 60 })], options: { privacyLevel: 'SELF_ONLY', disableComment: true, disableDuet: true } }), []);
  // Photo posts have no duet: only comments matter.
  assert.deepEqual(check({ text: 'x', media: [media('image/jpeg')], options: { privacyLevel: 'SELF_ONLY', disableComment: true } }), []);
});

test('chunk plans follow the media transfer guide', () => {
  assert.deepEqual(planChunks(4 * MIB), { chunkSize: 4 * MIB, totalChunkCount: 1 });
  assert.deepEqual(planChunks(8 * MIB), { chunkSize: 8 * MIB, totalChunkCount: 1 });
  assert.deepEqual(planChunks(25 * MIB + 7), { chunkSize: 10 * MIB, totalChunkCount: 2 });
  assert.deepEqual(chunkRange(25 * MIB + 7, planChunks(25 * MIB + 7), 1), { first: 10 * MIB, last: 25 * MIB + 6 });
  const big = planChunks(4 * 1024 * MIB);
  assert.ok(big.totalChunkCount <= 1000 && big.chunkSize <= 64 * MIB && 4 * 1024 * MIB - (big.totalChunkCount - 1) * big.chunkSize <= 128 * MIB);
  assert.deepEqual(planChunks(100 * MIB, 1), { chunkSize: 5 * MIB, totalChunkCount: 20 });
});
