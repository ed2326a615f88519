import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { loadConfig } from '../../core/config.js';
import { createTenantApp, type Tenant } from '../../testing/scenario.js';
import { makeTestVideo } from '../../testing/video.js';
import type { TestApp } from '../../testing/app.js';
import { forEachDatabase } from '../../db/testing.js';
import { createS3MediaStore } from './s3-store.js';
import { TooLargeError, type MediaStore } from './store.js';
import { multipart } from './testing.js';

// s3rver's built-in account (it checks request signatures against it).
const ACCESS_KEY_ID = 'S3RVER';
const SECRET_ACCESS_KEY = 'S3RVER';
const BUCKET = 'chorus-media';
const MiB = 1024 * 1024;

/** A real S3-compatible server (s3rver) on 127.0.0.1, an ephemeral port and a temporary folder. */
let server: S3rver;
let folder: string;
let endpoint: string;
let inspect: S3Client;

before(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'chorus-s3-'));
  server = new S3rver({ address: '127.0.0.1', port: 0, directory: folder, silent: true, configureBuckets: [{ name: BUCKET, configs: [] }] });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
  inspect = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY },
  });
});

after(async () => {
  inspect?.destroy();
  await server?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

const objectsUnder = async (prefix: string) =>
  ((await inspect.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }))).Contents ?? []).map((o) => o.Key);

/** Yields `bytes` in chunks of `chunkSize`, as an upload arrives. */
const chunked = (bytes: Buffer, chunkSize = 64 * 1024) =>
  Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
    })(),
  );

const collect = async (stream: Readable) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

describe('S3 media store (s3rver)', () => {
  let store: MediaStore;
  const prefix = 'store-test';
  before(() => {
    store = createS3MediaStore(
      { endpoint, region: 'us-east-1', bucket: BUCKET, accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY, forcePathStyle: true, prefix: `/${prefix}/` },
      randomBytes(32),
    );
  });

  it('writes, reads, sizes and removes an object under the prefix', async () => {
    const bytes = randomBytes(200_000);
    assert.equal(await store.write('ws1/small', chunked(bytes), MiB), bytes.length);
    assert.deepEqual(await objectsUnder(`${prefix}/ws1/`), [`${prefix}/ws1/small`]);
    assert.deepEqual(await store.read('ws1/small'), bytes);
    assert.equal(await store.size('ws1/small'), bytes.length);
    await store.remove('ws1/small');
    assert.deepEqual(await objectsUnder(`${prefix}/ws1/`), []);
    await assert.rejects(store.size('ws1/small'));
    await store.remove('ws1/small'); // removing what is gone is not an error
  });

  it('streams byte ranges, including across the parts of a multipart upload', async () => {
    const bytes = randomBytes(11 * MiB);
    assert.equal(await store.write('ws1/big', chunked(bytes), 20 * MiB), bytes.length);
    assert.equal(await store.size('ws1/big'), bytes.length);
    assert.deepEqual(await collect(await store.stream('ws1/big', { start: 10, end: 19 })), bytes.subarray(10, 20));
    // lib-storage's parts are 5 MiB: this range spans the first boundary.
    const start = 5 * MiB - 100;
    assert.deepEqual(await collect(await store.stream('ws1/big', { start, end: start + 199 })), bytes.subarray(start, start + 200));
    assert.deepEqual(await collect(await store.stream('ws1/big')), bytes);
    assert.equal((await collect(await store.stream('ws1/big', { start: 5, end: 4 }))).length, 0);
    await store.remove('ws1/big');
  });

  it('stops at maxBytes with TooLargeError and leaves no object, in one part or several', async () => {
    await assert.rejects(store.write('ws2/one-part', chunked(randomBytes(1000), 100), 500), TooLargeError);
    await assert.rejects(store.write('ws2/multipart', chunked(randomBytes(12 * MiB)), 7 * MiB), TooLargeError);
    assert.deepEqual(await objectsUnder(`${prefix}/ws2/`), []);
    await assert.rejects(inspect.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `${prefix}/ws2/multipart` })), { name: 'NotFound' });
  });

  it('refuses keys that would leave the prefix', async () => {
    await assert.rejects(store.write('../escape', chunked(Buffer.from('x')), 10), /Invalid media key/);
    await assert.rejects(store.read('ws/../../other'), /Invalid media key/);
  });
});

describe('S3 settings', () => {
  const base = { CHORUS_DATA_DIR: os.tmpdir() };

  it('stays on the data folder without a bucket, and defaults region and path style', () => {
    assert.equal(loadConfig(base).s3, undefined);
    const aws = loadConfig({ ...base, CHORUS_S3_BUCKET: 'b', CHORUS_S3_ACCESS_KEY_ID: 'k', CHORUS_S3_SECRET_ACCESS_KEY: 's' }).s3;
    assert.deepEqual(aws && { region: aws.region, forcePathStyle: aws.forcePathStyle, endpoint: aws.endpoint }, {
      region: 'us-east-1',
      forcePathStyle: false,
      endpoint: undefined,
    });
    const minio = { ...base, CHORUS_S3_BUCKET: 'b', CHORUS_S3_ACCESS_KEY_ID: 'k', CHORUS_S3_SECRET_ACCESS_KEY: 's', CHORUS_S3_ENDPOINT: 'http://127.0.0.1:9000' };
    assert.equal(loadConfig(minio).s3?.forcePathStyle, true);
    assert.equal(loadConfig({ ...minio, CHORUS_S3_FORCE_PATH_STYLE: 'false' }).s3?.forcePathStyle, false);
  });

  it('refuses to start with a bucket but no credentials, naming what is missing', () => {
    assert.throws(() => loadConfig({ ...base, CHORUS_S3_BUCKET: 'b' }), /CHORUS_S3_ACCESS_KEY_ID and CHORUS_S3_SECRET_ACCESS_KEY are not set/);
    assert.throws(() => loadConfig({ ...base, CHORUS_S3_BUCKET: 'b', CHORUS_S3_ACCESS_KEY_ID: 'k' }), /CHORUS_S3_SECRET_ACCESS_KEY is not set/);
    assert.throws(() => loadConfig({ ...base, CHORUS_S3_BUCKET: 'b', CHORUS_S3_ENDPOINT: 'not a url', CHORUS_S3_ACCESS_KEY_ID: 'k', CHORUS_S3_SECRET_ACCESS_KEY: 's' }), /CHORUS_S3_ENDPOINT/);
  });
});

forEachDatabase('media API on S3', (getDb, kind) => {
  let t: TestApp;
  let a: Tenant;
  const prefix = `api-${kind}`;
  before(async () => {
    ({ app: t, tenant: a } = await createTenantApp(getDb(), {
      env: {
        CHORUS_S3_BUCKET: BUCKET,
        CHORUS_S3_ENDPOINT: endpoint,
        CHORUS_S3_ACCESS_KEY_ID: ACCESS_KEY_ID,
        CHORUS_S3_SECRET_ACCESS_KEY: SECRET_ACCESS_KEY,
        CHORUS_S3_PREFIX: prefix,
      },
    }));
  });
  after(async () => t?.close());

  it('uploads through the API into the bucket and serves it back by signed URL with Range and HEAD', async () => {
    // A real clip (ffprobe checks uploads; moov first) followed by random bytes, to cross the multipart threshold.
    const head = makeTestVideo({ seconds: 1, width: 160, height: 120, fps: 25, faststart: true });
    const video = Buffer.concat([head, randomBytes(6 * MiB + 123 - head.length)]);
    const { payload, contentType } = multipart([{ name: 'file', value: video, filename: 'clip.mp4', type: 'video/mp4' }]);
    const uploadUrl = `/api/v1/workspaces/${a.workspaceId}/media`;
    const res = await t.app.inject({ method: 'POST', url: uploadUrl, headers: { authorization: `Bearer ${a.token}`, 'content-type': contentType }, payload });
    assert.equal(res.statusCode, 201, res.body);
    const media = res.json();
    assert.equal(media.sizeBytes, video.length);
    assert.deepEqual(await objectsUnder(`${prefix}/`), [`${prefix}/${a.workspaceId}/${media.id}`]);
    // Nothing went to the data folder.
    assert.equal(existsSync(path.join(t.config.dataDir, 'media')), false);

    const url = new URL(media.url);
    const signed = url.pathname + url.search;
    const start = 5 * MiB - 10;
    const ranged = await t.app.inject({ method: 'GET', url: signed, headers: { range: `bytes=${start}-${start + 99}` } });
    assert.equal(ranged.statusCode, 206);
    assert.equal(ranged.headers['content-range'], `bytes ${start}-${start + 99}/${video.length}`);
    assert.equal(ranged.headers['content-type'], 'video/mp4');
    assert.deepEqual(ranged.rawPayload, video.subarray(start, start + 100));
    const suffix = await t.app.inject({ method: 'GET', url: signed, headers: { range: 'bytes=-16' } });
    assert.deepEqual(suffix.rawPayload, video.subarray(video.length - 16));
    const headers = await t.app.inject({ method: 'HEAD', url: signed });
    assert.equal(headers.statusCode, 200);
    assert.equal(Number(headers.headers['content-length']), video.length);
    const full = await t.app.inject({ method: 'GET', url: signed });
    assert.equal(full.statusCode, 200);
    assert.deepEqual(full.rawPayload, video);
  });
});
