/**
 * A video larger than a few segments reaches X one segment at a time, read from the media store by range: the
 * whole-file `read()` throws here, and the fake hashes the segments in order to compare with the source.
 * Run: node scripts/test.mjs test/fakes/x/streaming.test.ts
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createXConnector } from '../../../src/networks/x/index.js';
import { channelContext } from '../contract.js';
import { publishRanged, useFake } from '../fixtures.js';
import { startFakeX, type FakeX } from './server.js';

let fake: FakeX;
useFake(async () => (fake = await startFakeX({ videoProcessingPolls: 1 })));

test('a 3 MB video goes in 256 KiB segments read by range, and X reassembles the same bytes', async () => {
  const ann = fake.addUser('ann');
  const chunk = 256 * 1024;
  const connector = createXConnector({ apiUrl: fake.baseUrl, upload: { chunkBytes: chunk, sleep: async () => {} } });
  const size = 3 * 1024 * 1024 + 1234;
  const { ref, video } = await publishRanged(connector, channelContext(ann.id, { accessToken: ann.token, username: 'ann' }), size);

  const segments = Math.ceil(size / chunk);
  assert.equal(video.ranges.length, segments);
  assert.ok(video.ranges.every(([start, end]) => end - start <= chunk), 'no range is larger than one segment');
  assert.deepEqual(video.ranges.at(-1), [(segments - 1) * chunk, size]);
  const mediaId = fake.tweets.get(ref.externalId)?.mediaKeys[0]?.slice(2) ?? '';
  const upload = fake.uploads.get(mediaId);
  assert.equal(upload?.received.size, segments);
  assert.equal(upload?.sha256, video.sha256);
});

test('the fake refuses a segment over 5 MB, as APPEND does', async () => {
  const ann = fake.addUser('big');
  const auth = { authorization: `Bearer ${ann.token}` };
  const init = await fetch(`${fake.baseUrl}/2/media/upload/initialize`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ media_type: 'video/mp4', total_bytes: 6 * 1024 * 1024, media_category: 'amplify_video' }),
  });
  const id = ((await init.json()) as { data: { id: string } }).data.id;
  const form = new FormData();
  form.append('segment_index', '0');
  form.append('media', new Blob([new Uint8Array(5 * 1024 * 1024 + 1)]), 'chunk');
  const append = await fetch(`${fake.baseUrl}/2/media/upload/${id}/append`, { method: 'POST', headers: auth, body: form });
  assert.equal(append.status, 400);
  assert.match(JSON.stringify(await append.json()), /must be <= 5242880 bytes/);
});
