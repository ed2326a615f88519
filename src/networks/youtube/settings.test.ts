/**
 * The YouTube quota settings, from the environment to the connector the app builds: CHORUS_YOUTUBE_DAILY_UPLOADS
 * limits `videos.insert` calls a day, apart from the units of CHORUS_YOUTUBE_DAILY_QUOTA.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { loadConfig } from '../../core/config.js';
import { NetworkError, type ChannelContext, type MediaForNetwork } from '../connector.js';
import { createNetworkRegistry } from '../index.js';
import { startFakeYouTube, type FakeYouTube } from '../../../test/fakes/youtube/server.js';

let fake: FakeYouTube;
before(async () => {
  fake = await startFakeYouTube({ processingPolls: 0 });
});
after(async () => fake?.stop());

test('CHORUS_YOUTUBE_DAILY_UPLOADS: an integer of at least 1, 100 by default', () => {
  assert.equal(loadConfig({}).networks.youtube.dailyUploads, 100);
  assert.equal(loadConfig({ CHORUS_YOUTUBE_DAILY_UPLOADS: '250' }).networks.youtube.dailyUploads, 250);
  for (const bad of ['0', '2.5', 'many']) {
    assert.throws(() => loadConfig({ CHORUS_YOUTUBE_DAILY_UPLOADS: bad }), /CHORUS_YOUTUBE_DAILY_UPLOADS/, bad);
  }
});

test('the app\'s YouTube connector refuses the upload past the configured allowance, before calling Google', async () => {
  const ann = fake.addChannel('Ann');
  const config = loadConfig({ CHORUS_YOUTUBE_API_URL: fake.baseUrl, CHORUS_YOUTUBE_DAILY_UPLOADS: '1', CHORUS_YOUTUBE_DAILY_QUOTA: '60' });
  const youtube = createNetworkRegistry(config).get('youtube');
  assert.ok(youtube);
  const ctx: ChannelContext = { channelId: 'c1', credentials: { accessToken: ann.token }, externalId: ann.id, serviceUrl: null, onCredentialsChanged: async () => {} };
  const video: MediaForNetwork = { id: 'v', mimeType: 'video/mp4', sizeBytes: 1000, width: 1920, height: 1080, altText: '', read: async () => Buffer.alloc(1000), url: '' };
  const content = { text: 'Hello', media: [video], options: { title: 'Hello' } };
  await youtube.publish(ctx, content, 'first');
  const sent = fake.requests.length;
  await assert.rejects(youtube.publish(ctx, content, 'second'), (e) => {
    assert.ok(e instanceof NetworkError && e.kind === 'rate_limited', String(e));
    assert.match(e.message, /daily YouTube quota \(1 uploads\) cannot carry videos\.insert/);
    return true;
  });
  assert.equal(fake.requests.length, sent, 'refused before any request');
  assert.equal(fake.quota.uploads, 1);
  // The units are the other setting, untouched by the uploads: the processing poll spent 1 of 60, a 50-unit delete
  // fits (Google answers it has no such video), the next one does not.
  await assert.rejects(youtube.delete(ctx, 'abcdefghijk'), (e) => e instanceof NetworkError && e.kind === 'not_found');
  await assert.rejects(youtube.delete(ctx, 'abcdefghijk'), (e) => e instanceof NetworkError && /\(60 units\) cannot carry videos\.delete \(50 units, 9 left\)/.test(e.message));
});
