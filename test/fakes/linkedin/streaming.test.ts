/**
 * A video of several parts goes to LinkedIn part by part, each read from the media store by the range LinkedIn's
 * `uploadInstructions` give: the whole-file `read()` throws here, and the fake hashes the parts in order.
 * Run: node scripts/test.mjs test/fakes/linkedin/streaming.test.ts
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLinkedInConnector } from '../../../src/networks/linkedin/index.js';
import { channelContext } from '../contract.js';
import { publishRanged, useFake } from '../fixtures.js';
import { MP4_HEAD } from '../upload-bytes.js';
import { startFakeLinkedIn, type FakeLinkedIn } from './server.js';

let fake: FakeLinkedIn;
const PART = 512 * 1024;
useFake(async () => (fake = await startFakeLinkedIn({ partSize: PART, videoProcessingPolls: 1 })));

test('a 3 MB video goes as 512 KiB parts read by range, and LinkedIn reassembles the same bytes', async () => {
  const ann = fake.addMember('Ann Lee');
  const connector = createLinkedInConnector({ apiUrl: fake.baseUrl, upload: { pollIntervalMs: 1, sleep: async () => {} } });
  const size = 3 * 1024 * 1024 + 777;
  const { ref, video } = await publishRanged(connector, channelContext(ann.urn, { accessToken: ann.token }), size, { text: 'Streamed' }, { head: MP4_HEAD });

  const parts = Math.ceil(size / PART);
  assert.deepEqual(video.ranges, Array.from({ length: parts }, (_, i) => [i * PART, Math.min((i + 1) * PART, size)]));
  const urn = (fake.posts.get(ref.externalId)?.body['content'] as { media: { id: string } }).media.id;
  const uploaded = fake.videos.get(urn);
  assert.equal(uploaded?.status, 'AVAILABLE');
  assert.equal(uploaded?.sha256, video.sha256);
  const puts = fake.requests.filter((r) => r.method === 'PUT' && r.path.startsWith('/dms-uploads/video/'));
  assert.deepEqual(puts.at(-1)?.body, { uploadedBytes: size - (parts - 1) * PART }, 'the log keeps sizes, not bytes');
});
