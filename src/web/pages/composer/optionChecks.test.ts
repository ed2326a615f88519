/** The composer's own checks for YouTube, TikTok, Pinterest and Snapchat: what each would refuse, and when not. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Channel, Media } from '../../api';
import type { ComposeOptions } from '../../api-compose';
import { blockersFor, formatDuration } from './optionChecks';

const channel = (network: string): Channel => ({
  id: `${network}-1`,
  network,
  handle: '@acme',
  displayName: 'Acme',
  avatarUrl: null,
  serviceUrl: null,
  status: 'active',
  statusReason: null,
  limits: {
    maxGraphemes: 500,
    maxImages: 1,
    maxImageBytes: 1,
    maxVideos: 1,
    maxVideoBytes: 1,
    allowMixedMedia: false,
    acceptedImageTypes: [],
    acceptedVideoTypes: [],
    images: { formats: ['image/jpeg'], maxBytes: 1, minWidth: 640 },
  },
  attachableTypes: { images: ['image/jpeg'], videos: [] },
});
const file = (mimeType: string, durationSeconds: number | null = null): Media => ({ id: mimeType, fileName: 'f', mimeType, sizeBytes: 1, width: 540, height: 960, altText: '', url: 'u', durationSeconds });
const keys = (...args: Parameters<typeof blockersFor>) => blockersFor(...args).map((b) => b.key);

const tiktok: ComposeOptions = { network: 'tiktok', privacyLevelOptions: ['SELF_ONLY'], commentDisabled: false, duetDisabled: false, stitchDisabled: false, maxDurationSeconds: 60, creator: 'Acme' };
const youtube: ComposeOptions = { network: 'youtube', privacyOptions: ['public'], defaultPrivacy: 'public', categories: [], defaultCategoryId: '22', channelMadeForKids: null, maxTitleLength: 100, maxDurationSeconds: 900 };

test('YouTube needs a video and a title of at most 100 characters; the first line is the title when none is given', () => {
  assert.deepEqual(keys(channel('youtube'), {}, youtube, '', []), ['needsVideo', 'titleRequired']);
  assert.deepEqual(keys(channel('youtube'), {}, youtube, 'First line\nmore', [file('video/mp4', 30)]), []);
  assert.deepEqual(keys(channel('youtube'), { title: 'x'.repeat(101) }, youtube, 'ok', [file('video/mp4', 30)]), ['titleTooLong']);
  assert.deepEqual(keys(channel('youtube'), {}, youtube, 'ok', [file('video/mp4', 901)]), ['videoTooLong'], '15 minutes for this channel');
  assert.deepEqual(keys(channel('youtube'), { publishAt: '2020-01-01T00:00:00Z' }, youtube, 'ok', [file('video/mp4', 30)]), ['releaseInPast']);
});

test('a YouTube thumbnail narrower than the channel\'s minimum is refused, whether from the post or its own', () => {
  const video = file('video/mp4', 30);
  const narrow = { ...file('image/png'), id: 'narrow', width: 320 };
  const wide = { ...file('image/webp'), id: 'wide', width: 1280 };
  assert.deepEqual(blockersFor(channel('youtube'), { thumbnailMediaId: 'narrow' }, youtube, 'ok', [video, narrow]), [
    { channelId: 'youtube-1', network: 'youtube', key: 'thumbnailTooSmall', params: { width: 320, min: 640 } },
  ]);
  assert.deepEqual(keys(channel('youtube'), { thumbnailMediaId: 'narrow' }, youtube, 'ok', [video], [narrow]), ['thumbnailTooSmall']);
  // A WebP is converted (to JPEG) at publish time: only its width matters here.
  assert.deepEqual(keys(channel('youtube'), { thumbnailMediaId: 'wide' }, youtube, 'ok', [video], [wide]), []);
  // Without the channel's image rules there is no minimum to check here: the server still checks.
  const { images: _, ...noRules } = channel('youtube').limits;
  assert.deepEqual(keys({ ...channel('youtube'), limits: noRules }, { thumbnailMediaId: 'narrow' }, youtube, 'ok', [video, narrow]), []);
});

test('TikTok needs media, its settings, an audience it offers, and a video within the creator maximum', () => {
  assert.deepEqual(keys(channel('tiktok'), {}, undefined, '', []), ['needsVideoOrPhotos', 'tiktokSettingsNeeded']);
  assert.deepEqual(keys(channel('tiktok'), {}, tiktok, '', [file('video/mp4', 10)]), ['chooseAudience']);
  assert.deepEqual(keys(channel('tiktok'), { privacyLevel: 'PUBLIC_TO_EVERYONE' }, tiktok, '', [file('video/mp4', 10)]), ['audienceNotOffered']);
  assert.deepEqual(keys(channel('tiktok'), { privacyLevel: 'SELF_ONLY' }, tiktok, '', [file('video/mp4', 61)]), ['videoTooLong']);
  assert.deepEqual(keys(channel('tiktok'), { privacyLevel: 'SELF_ONLY' }, tiktok, '', [file('video/mp4', null)]), [], 'an unprobed video is the server\'s to check');
});

test('Pinterest needs media and a board; Snapchat needs media, and a video for Spotlight; kept files are not judged', () => {
  assert.deepEqual(keys(channel('pinterest'), {}, undefined, '', []), ['needsImageOrVideo', 'chooseBoard']);
  assert.deepEqual(keys(channel('pinterest'), { boardId: '1', link: 'not a link' }, undefined, '', [file('image/png')]), ['linkInvalid']);
  assert.deepEqual(keys(channel('snapchat'), { kind: 'spotlight' }, undefined, '', [file('image/png')]), ['spotlightNeedsVideo']);
  assert.deepEqual(keys(channel('snapchat'), {}, undefined, '', [{ ...file(''), url: '' }]), []);
  assert.deepEqual(keys(channel('bluesky'), {}, undefined, '', []), []);
});

test('durations read as people say them', () => {
  assert.equal(formatDuration(5, 'en'), '5 seconds');
  assert.equal(formatDuration(900, 'en'), '15 minutes');
  assert.match(formatDuration(43_200, 'fr'), /^12\sheures$/, 'French puts a no-break space');
});
