/**
 * Snapchat's encrypted upload without the whole file: the video is read by range, encrypted as it is read (CBC state
 * carried by `cipher.update`), and sent in parts of exactly the part size as they fill. The whole-file `read()`
 * throws here; the fake decrypts the parts in order as they arrive and hashes the plain bytes.
 * Run: node scripts/test.mjs test/fakes/snapchat/streaming.test.ts
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { bufferBytes } from '../../../src/networks/connector.js';
import { createSnapchatConnector } from '../../../src/networks/snapchat/index.js';
import { encryptedParts, encryptMedia } from '../../../src/networks/snapchat/media.js';
import { channelContext } from '../contract.js';
import { publishRanged, useFake } from '../fixtures.js';
import { MP4_HEAD } from '../upload-bytes.js';
import { startFakeSnapchat, type FakeSnapchat } from './server.js';

let fake: FakeSnapchat;
useFake(async () => (fake = await startFakeSnapchat({ perSecond: 1000, videoProcessingPolls: 1 })));

test('a 3 MB video is encrypted as read and sent in 1 MiB parts; Snap decrypts the same bytes', async () => {
  const ann = fake.addUser('ann');
  const part = 1024 * 1024;
  const connector = createSnapchatConnector({ apiUrl: fake.baseUrl, upload: { chunkBytes: part, sleep: async () => {} } });
  const size = 3 * 1024 * 1024 + 5;
  const ctx = channelContext(ann.profileId, { accessToken: ann.token, profileId: ann.profileId, handle: 'ann' });
  const { ref, video } = await publishRanged(connector, ctx, size, { text: '' }, { head: MP4_HEAD });

  assert.deepEqual(video.ranges, [[0, part], [part, 2 * part], [2 * part, 3 * part], [3 * part, size]], 'read a part at a time');
  const media = fake.media.get(fake.posts.get(ref.externalId.split(':')[1] ?? '')?.mediaId ?? '');
  // 3 MiB + 5 bytes pad to 3 MiB + 16: three full parts and a 16-byte fourth.
  assert.deepEqual([...(media?.parts.values() ?? [])].map((p) => p.size), [part, part, part, 16]);
  assert.equal(media?.sha256, video.sha256);
});

test('the parts joined are byte for byte the whole file encrypted at once, whatever the read and part sizes', async () => {
  const key = randomBytes(32);
  const iv = randomBytes(16);
  for (const [size, partBytes, readBytes] of [[100_000, 4096, 1000], [8192, 4096, 4096], [5, 32, 7], [0, 16, 16]] as const) {
    const plain = randomBytes(size);
    const parts: Buffer[] = [];
    for await (const p of encryptedParts(bufferBytes(plain), key, iv, partBytes, readBytes)) parts.push(Buffer.from(p));
    assert.ok(parts.slice(0, -1).every((p) => p.length === partBytes), `${size}: every part but the last is full`);
    assert.deepEqual(Buffer.concat(parts), encryptMedia(plain, key, iv).encrypted, `${size} bytes in ${partBytes}-byte parts`);
  }
});
