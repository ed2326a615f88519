import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MediaForNetwork, PublicationContent } from '../connector.js';
import { limitsFromStored, readSnapOptions, savedStoryTitle, SNAPCHAT_DEFAULT_LIMITS, validateForSnapchat } from './rules.js';

const file = (mimeType: string, extra: Partial<MediaForNetwork> = {}): MediaForNetwork => ({
  id: 'm', mimeType, sizeBytes: 1000, width: null, height: null, altText: '', url: '', read: async () => Buffer.alloc(0), ...extra,
});
const rules = (content: PublicationContent) => validateForSnapchat(content, SNAPCHAT_DEFAULT_LIMITS).map((v) => `${v.rule}@${v.field}`);

test('one image or video is required; no text-only posts, no albums', () => {
  assert.deepEqual(rules({ text: 'words', media: [] }), ['media_required@media']);
  assert.deepEqual(rules({ text: '', media: [file('image/jpeg')] }), []);
  assert.deepEqual(rules({ text: '', media: [file('image/jpeg'), file('image/png')] }), ['too_many_images@media', 'too_many_media@media']);
  assert.deepEqual(rules({ text: '', media: [file('image/gif')] }), ['media_type@media[0]']);
  assert.deepEqual(rules({ text: '', media: [file('video/quicktime')] }), ['media_type@media[0]']);
});

test('a Spotlight is a video with up to 160 characters of description; a Story ignores text length', () => {
  assert.deepEqual(rules({ text: 'x'.repeat(161), media: [file('video/mp4')], options: { kind: 'spotlight' } }), ['too_long@text']);
  assert.deepEqual(rules({ text: 'x'.repeat(161), media: [file('video/mp4')] }), []);
  assert.deepEqual(rules({ text: '', media: [file('image/png')], options: { kind: 'spotlight' } }), ['video_required@media[0]']);
  assert.deepEqual(rules({ text: '', media: [file('image/png')], options: { kind: 'reel' } }), ['invalid_option@options.kind']);
  assert.deepEqual(rules({ text: '', media: [file('image/png')], options: { kind: 'saved_story', title: 't'.repeat(46) } }), ['too_long@options.title']);
  assert.deepEqual(rules({ text: '', media: [file('video/mp4')], options: { kind: 'spotlight', locale: 'english' } }), ['invalid_option@options.locale']);
});

test('probed video facts: 5-60 s, H.264/H.265, at least 540x960', () => {
  assert.deepEqual(rules({ text: '', media: [file('video/mp4', { durationSeconds: 4 })] }), ['video_duration@media[0]']);
  assert.deepEqual(rules({ text: '', media: [file('video/mp4', { durationSeconds: 61 })] }), ['video_duration@media[0]']);
  assert.deepEqual(rules({ text: '', media: [file('video/mp4', { videoCodec: 'vp9' })] }), ['video_codec@media[0]']);
  assert.deepEqual(rules({ text: '', media: [file('video/mp4', { width: 480, height: 854 })] }), ['video_too_small@media[0]']);
  assert.deepEqual(rules({ text: '', media: [file('video/mp4', { durationSeconds: 30, frameRate: 30, videoCodec: 'h264', width: 1080, height: 1920 })] }), []);
});

test('options and the Saved Story title', () => {
  assert.deepEqual(readSnapOptions(undefined), { kind: 'story', locale: 'en_US', saveToProfile: true });
  assert.deepEqual(readSnapOptions({ kind: 'spotlight', locale: 'fr_FR', saveToProfile: false }), { kind: 'spotlight', locale: 'fr_FR', saveToProfile: false });
  assert.equal(savedStoryTitle({ text: `${'é'.repeat(50)}\nrest`, media: [] }, readSnapOptions({})), 'é'.repeat(45));
  assert.equal(savedStoryTitle({ text: '', media: [] }, readSnapOptions({})), 'Story');
  assert.deepEqual(limitsFromStored({}), SNAPCHAT_DEFAULT_LIMITS);
});
