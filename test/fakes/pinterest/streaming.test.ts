/**
 * The video's upload to Pinterest's S3 bucket is one multipart POST with a Content-Length, whose file part is read
 * from the media store range by range while it is sent: the whole-file `read()` throws here, and the fake bucket
 * parses the multipart as it streams and hashes the file.
 * Run: node scripts/test.mjs test/fakes/pinterest/streaming.test.ts
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bufferBytes } from '../../../src/networks/connector.js';
import { createPinterestConnector } from '../../../src/networks/pinterest/index.js';
import { streamedForm } from '../../../src/networks/multipart.js';
import { channelContext } from '../contract.js';
import { publishRanged, useFake } from '../fixtures.js';
import { rangedMedia } from '../upload-bytes.js';
import { boundaryOf, readMultipart } from './multipart.js';
import { startFakePinterest, type FakePinterest } from './server.js';

// The fake's upload bucket is another local origin, where Pinterest's is a public S3 bucket: connections to
// private addresses are allowed here as in a private deployment (src/networks/safe-fetch.ts).
process.env.CHORUS_ALLOW_PRIVATE_NETWORKS = '1';

let fake: FakePinterest;
useFake(async () => (fake = await startFakePinterest({ videoProcessingPolls: 1 })));

test('a 3 MB video streams to the bucket in 64 KiB reads, with its exact length, and arrives whole', async () => {
  const ann = fake.addUser('ann');
  const readBytes = 64 * 1024;
  const connector = createPinterestConnector({ apiUrl: fake.baseUrl, video: { sleep: async () => {}, readBytes } });
  const size = 3 * 1024 * 1024 + 99;
  const { ref, video } = await publishRanged(connector, channelContext(ann.id, { accessToken: ann.token }), size, { text: 'Streamed', options: { boardId: ann.boardId } });

  assert.equal(video.ranges.length, Math.ceil(size / readBytes));
  assert.ok(video.ranges.every(([start, end]) => end - start <= readBytes));
  const mediaId = String(fake.pins.get(ref.externalId)?.mediaSource['media_id']);
  assert.equal(fake.media.get(mediaId)?.uploadedBytes, size);
  assert.equal(fake.media.get(mediaId)?.sha256, video.sha256);
  const upload = fake.requests.filter((r) => r.path === '/upload-bucket/').at(-1);
  assert.equal(upload?.headers['transfer-encoding'], undefined, 'S3 refuses chunked POSTs');
  assert.ok(Number(upload?.headers['content-length']) > size);
});

test('a 96 MB upload holds far less than the file: fetch does not keep the chunks it sent', async () => {
  // Under `redirect: 'follow'` Node's fetch tees a stream body to replay it and keeps every chunk: this upload then
  // held 96 MB of buffers. Streaming as meant, buffers in use stay within tens of MB (chunks and not-yet-collected
  // garbage of the connector and of the fake, both in this process).
  const ann = fake.addUser('big');
  const connector = createPinterestConnector({ apiUrl: fake.baseUrl, video: { sleep: async () => {} } });
  const video = rangedMedia('video/mp4', 96 * 1024 * 1024);
  const ctx = channelContext(ann.id, { accessToken: ann.token });
  const before = process.memoryUsage().arrayBuffers;
  let peak = before;
  const sampler = setInterval(() => void (peak = Math.max(peak, process.memoryUsage().arrayBuffers)), 2);
  try {
    await connector.publish(ctx, { text: 'Big', media: [video.media], options: { boardId: ann.boardId } }, 'big');
  } finally {
    clearInterval(sampler);
  }
  assert.ok(peak - before < 64 * 1024 * 1024, `buffers grew by ${Math.round((peak - before) / 1024 / 1024)} MB`);
  assert.equal([...fake.media.values()].at(-1)?.sha256, video.sha256);
});

test('the streamed form reads back as the fields and the file, with escaped names, through a strict parser', async () => {
  const bytes = Buffer.from('--not-a-boundary\r\n\r\n'.repeat(500));
  const form = streamedForm({ key: 'uploads/1.mp4', 'a"b': 'line\nbreak' }, { name: 'file', fileName: 'video', type: 'video/mp4', bytes: bufferBytes(bytes) }, 333);
  const chunks: Buffer[] = [];
  for await (const chunk of form.body) chunks.push(Buffer.from(chunk));
  const body = Buffer.concat(chunks);
  assert.equal(body.length, form.length);
  const parsed = await readMultipart([body.subarray(0, 7), body.subarray(7, 500), body.subarray(500)], boundaryOf(form.contentType) ?? '');
  assert.deepEqual(parsed.order, ['key', 'a%22b', 'file']);
  assert.equal(parsed.fields.get('a%22b'), 'line\r\nbreak');
  assert.equal(parsed.files[0]?.size, bytes.length);
  assert.equal(parsed.files[0]?.contentType, 'video/mp4');
});

test('the bucket answers 411 to a POST without Content-Length, as S3 does', async () => {
  const form = streamedForm({ key: 'uploads/none.mp4' }, { name: 'file', fileName: 'video', type: 'video/mp4', bytes: bufferBytes(Buffer.alloc(10)) });
  const response = await fetch(`${fake.bucketUrl}/upload-bucket/`, { method: 'POST', headers: { 'content-type': form.contentType }, body: form.body, duplex: 'half' } as RequestInit);
  assert.equal(response.status, 411);
  assert.match(await response.text(), /MissingContentLength/);
});
