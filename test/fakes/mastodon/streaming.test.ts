/**
 * Mastodon media uploads stream from the media store: the file part of `POST /api/v2/media` is read range by range
 * while it is sent (the whole-file `read()` throws here), with an exact Content-Length, and the fake parses the
 * multipart body with the WHATWG parser to check what arrived.
 * Run: node scripts/test.mjs test/fakes/mastodon/streaming.test.ts
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { NetworkError, type ChannelContext } from '../../../src/networks/connector.js';
import { createMastodonConnector } from '../../../src/networks/mastodon/index.js';
import { useFake } from '../fixtures.js';
import { MP4_HEAD, rangedMedia } from '../upload-bytes.js';
import { startFakeMastodon, type FakeMastodon } from './server.js';

// The fake instance listens on this machine: allowed as a private deployment's own instance would be.
process.env.CHORUS_ALLOW_PRIVATE_NETWORKS = '1';

const readBytes = 64 * 1024;
const connector = createMastodonConnector({ upload: { pollIntervalMs: 5, readBytes } });
let fake: FakeMastodon;

useFake(async () => (fake = await startFakeMastodon({ videoProcessingPolls: 1 })));

const ctxFor = (account: { id: string; token: string }): ChannelContext => ({
  channelId: 'c1',
  credentials: { accessToken: account.token },
  externalId: account.id,
  serviceUrl: fake.baseUrl,
  onCredentialsChanged: async () => {},
});

/** The file part of the last upload `account` sent to `path`, with the request's headers. */
async function lastUpload(path: string, token: string) {
  const request = fake.requests.filter((r) => r.path === path && r.headers.authorization === `Bearer ${token}`).at(-1);
  assert.ok(request?.body instanceof FormData, `a multipart upload to ${path}`);
  const file = request.body.get('file');
  assert.ok(file instanceof Blob);
  const bytes = Buffer.from(await file.arrayBuffer());
  return { request, form: request.body, file, sha256: createHash('sha256').update(bytes).digest('hex') };
}

test('a 3 MB video streams in 64 KiB reads with its exact length, its alt text, and arrives whole', async () => {
  const ann = fake.addAccount('ann');
  const size = 3 * 1024 * 1024 + 77;
  const video = rangedMedia('video/mp4', size, { head: MP4_HEAD, altText: 'A boat leaving "the" harbour' });

  const ref = await connector.publish(ctxFor(ann), { text: 'Watch', media: [video.media] }, 'streamed-video');

  assert.equal(video.ranges.length, Math.ceil(size / readBytes));
  assert.ok(video.ranges.every(([start, end], i) => start === i * readBytes && end - start <= readBytes), 'in order, none larger than asked');
  const upload = await lastUpload('/api/v2/media', ann.token);
  assert.equal(upload.sha256, video.sha256);
  assert.equal(upload.file.size, size);
  assert.equal(upload.file.type, 'video/mp4');
  assert.equal(upload.form.get('description'), 'A boat leaving "the" harbour');
  assert.equal(upload.request.headers['transfer-encoding'], undefined, 'sent with a Content-Length, not chunked');
  assert.ok(Number(upload.request.headers['content-length']) > size);
  assert.equal(fake.statuses.get(ref.externalId)?.mediaIds.length, 1);
});

test('an image takes the same streamed path', async () => {
  const ann = fake.addAccount('ann2');
  const image = rangedMedia('image/png', 5000, { head: Buffer.from('89504e470d0a1a0a', 'hex') });
  await connector.publish(ctxFor(ann), { text: 'Look', media: [image.media] }, 'streamed-image');
  assert.equal(image.ranges.length, 1);
  const upload = await lastUpload('/api/v2/media', ann.token);
  assert.equal(upload.sha256, image.sha256);
  assert.equal(upload.form.get('description'), null, 'no empty description field');
});

test('a server without /api/v2/media gets the file again, read anew from the start, on /api/v1/media', async () => {
  const ann = fake.addAccount('ann3');
  const size = 200 * 1024;
  const video = rangedMedia('video/mp4', size, { head: MP4_HEAD });
  fake.failNext(/^\/api\/v2\/media$/, { status: 404, body: { error: 'Record not found' } });

  await connector.publish(ctxFor(ann), { text: 'Old server', media: [video.media] }, 'v1-fallback');

  const perUpload = Math.ceil(size / readBytes);
  assert.equal(video.ranges.length, 2 * perUpload, 'the refused stream is not replayed from memory');
  assert.deepEqual(video.ranges[perUpload], [0, readBytes]);
  assert.equal((await lastUpload('/api/v1/media', ann.token)).sha256, video.sha256);
});

test('a media store that fails mid-file is a transient error, retried later', async () => {
  const ann = fake.addAccount('ann4');
  const video = rangedMedia('video/mp4', 300 * 1024, { head: MP4_HEAD });
  const readRange = video.media.readRange!;
  video.media.readRange = async (start, end) => {
    if (start >= 2 * readBytes) throw new Error('the bucket went away');
    return readRange(start, end);
  };
  await assert.rejects(
    connector.publish(ctxFor(ann), { text: 'Broken', media: [video.media] }, 'store-fails'),
    (e: unknown) => e instanceof NetworkError && e.kind === 'transient',
  );
  assert.equal([...fake.statuses.values()].filter((s) => s.accountId === ann.id).length, 0, 'no status without its video');
});
