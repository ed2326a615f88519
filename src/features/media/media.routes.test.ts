import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { createTestApp, call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { makeTestVideo } from '../../testing/video.js';
import { NetworkRegistry } from '../../networks/registry.js';
import { MemoryNetwork } from '../../../test/fakes/memory-network.js';
import { mediaBytes } from '../../networks/connector.js';
import { mediaRepository } from './repository.js';
import { mediaForNetwork } from './service.js';
import { multipart, png } from './testing.js';

/** A real 2-second 320×240 H.264 MP4 at 25 fps. */
const mp4 = () => makeTestVideo({ seconds: 2, width: 320, height: 240, fps: 25 });


forEachDatabase('media', (getDb) => {
  const { t, a } = useTenantApp(getDb);

  const upload = async (fields: Parameters<typeof multipart>[0]) => {
    const body = multipart(fields);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${a.workspaceId}/media`,
      headers: { authorization: `Bearer ${a.token}`, 'content-type': body.contentType },
      payload: body.payload,
    });
    return { status: res.statusCode, body: res.json() };
  };

  it('stores an image with its dimensions and alt text, served by a signed URL with Range and HEAD', async () => {
    const image = png(640, 480);
    const res = await upload([
      { name: 'altText', value: 'A grey square' },
      { name: 'file', value: image, filename: 'square.png', type: 'image/png' },
    ]);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.width, 640);
    assert.equal(res.body.height, 480);
    assert.equal(res.body.altText, 'A grey square');
    assert.equal(res.body.sizeBytes, image.length);
    const url = new URL(res.body.url);
    const path = url.pathname + url.search;
    const full = await t.app.inject({ method: 'GET', url: path });
    assert.equal(full.statusCode, 200);
    assert.equal(full.headers['content-type'], 'image/png');
    assert.deepEqual(full.rawPayload, image);
    const head = await t.app.inject({ method: 'HEAD', url: path });
    assert.equal(head.statusCode, 200);
    assert.equal(Number(head.headers['content-length']), image.length);
    const range = await t.app.inject({ method: 'GET', url: path, headers: { range: 'bytes=1-3' } });
    assert.equal(range.statusCode, 206);
    assert.equal(range.headers['content-range'], `bytes 1-3/${image.length}`);
    assert.deepEqual(range.rawPayload, image.subarray(1, 4));
    const beyond = await t.app.inject({ method: 'GET', url: path, headers: { range: `bytes=${image.length + 5}-` } });
    assert.equal(beyond.statusCode, 416);
    // A tampered signature, or one for another file, is refused.
    const forged = await t.app.inject({ method: 'GET', url: path.replace(/sig=[^&]+/, 'sig=AAAA') });
    assert.equal(forged.statusCode, 403);
    // Alt text can be changed afterwards.
    const alt = await call(t.app, a.token, 'PATCH', `/api/v1/workspaces/${a.workspaceId}/media/${res.body.id}`, { altText: 'Better words' });
    assert.equal(alt.body.altText, 'Better words');
  });

  it('refuses expired links', async () => {
    const res = await upload([{ name: 'file', value: png(2, 2), filename: 'a.png', type: 'image/png' }]);
    const expired = `/media/${res.body.id}?expires=${Math.floor(Date.now() / 1000) - 10}&sig=x`;
    assert.equal((await t.app.inject({ method: 'GET', url: expired })).statusCode, 403);
    const signedPast = t.ctx.media.signedPath(res.body.id, 60, Date.now() - 3_600_000);
    assert.equal((await t.app.inject({ method: 'GET', url: signedPast })).statusCode, 403);
  });

  it('refuses unsupported types, files that are not what they claim, empty files and missing files with 4xx', async () => {
    const pdf = await upload([{ name: 'file', value: '%PDF-1.4', filename: 'a.pdf', type: 'application/pdf' }]);
    assert.equal(pdf.status, 422);
    assert.equal(pdf.body.error.code, 'media_type');
    const fake = await upload([{ name: 'file', value: 'not really a png', filename: 'a.png', type: 'image/png' }]);
    assert.equal(fake.status, 422);
    assert.equal(fake.body.error.code, 'unreadable_image');
    const empty = await upload([{ name: 'file', value: '', filename: 'a.png', type: 'image/png' }]);
    assert.equal(empty.status, 422);
    const none = await upload([{ name: 'altText', value: 'nothing attached' }]);
    assert.equal(none.status, 422);
    assert.equal(none.body.error.code, 'file_missing');
  });

  it('probes an uploaded video: duration, size, frame rate and codec; refuses bytes that are no video', async () => {
    const clip = mp4();
    const res = await upload([{ name: 'file', value: clip, filename: 'clip.mp4', type: 'video/mp4' }]);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    // Connectors read chunks from the store, not the whole file.
    const row = (await mediaRepository.find(t.ctx.database.db, a.workspaceId, res.body.id))!;
    const forNetwork = mediaForNetwork(t.ctx, row);
    assert.equal(forNetwork.durationSeconds, 2);
    assert.deepEqual(await forNetwork.readRange!(100, 4196), clip.subarray(100, 4196));
    const chunks = mediaBytes(forNetwork);
    assert.deepEqual(Buffer.from(await chunks.slice(clip.length - 10, clip.length)), clip.subarray(clip.length - 10));
    assert.deepEqual(
      { d: res.body.durationSeconds, w: res.body.width, h: res.body.height, fps: res.body.frameRate, codec: res.body.videoCodec },
      { d: 2, w: 320, h: 240, fps: 25, codec: 'h264' },
    );
    const fake = await upload([{ name: 'file', value: Buffer.alloc(4096, 7), filename: 'clip.mp4', type: 'video/mp4' }]);
    assert.equal(fake.status, 422);
    assert.equal(fake.body.error.code, 'unreadable_video');
  });

  it('answers 413 for a file over the upload limit and keeps nothing of it', async () => {
    const small = await createTestApp(getDb(), {
      networks: new NetworkRegistry().register(new MemoryNetwork().connector('bluesky')),
      env: { CHORUS_MAX_UPLOAD_MB: '1' },
    });
    try {
      const body = multipart([{ name: 'file', value: Buffer.concat([png(8, 8), Buffer.alloc(1_100_000)]), filename: 'big.png', type: 'image/png' }]);
      const res = await small.app.inject({
        method: 'POST',
        url: `/api/v1/workspaces/${a.workspaceId}/media`,
        headers: { authorization: `Bearer ${a.token}`, 'content-type': body.contentType },
        payload: body.payload,
      });
      assert.equal(res.statusCode, 413, res.body);
      assert.equal(res.json().error.code, 'file_too_large');
      assert.match(res.json().error.message, /1\.05 MB/);
      const rows = await getDb().db.selectFrom('media').select('file_name').where('file_name', '=', 'big.png').execute();
      assert.equal(rows.length, 0);
    } finally {
      await small.close();
    }
  });

  it('checks attached media against the network rules: 5 images on Bluesky are refused', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await upload([{ name: 'file', value: png(4, 4), filename: `${i}.png`, type: 'image/png' }])).body.id);
    const res = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, { text: 'gallery', mediaIds: ids, channelIds: [a.channelId] });
    assert.equal(res.status, 422);
    assert.equal(res.body.error.details.violations[0].rule, 'too_many_images');
    const ok = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, { text: 'gallery', mediaIds: ids.slice(0, 4), channelIds: [a.channelId] });
    assert.equal(ok.status, 201);
  });
});
