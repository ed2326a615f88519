import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import sharp from 'sharp';
import { call, waitFor, type TestApp } from '../../testing/app.js';
import { startWorkers } from '../../testing/app.js';
import { setupTenant, createTenantApp, type Tenant } from '../../testing/scenario.js';
import { forEachDatabase } from '../../db/testing.js';
import type { Connector, MediaForNetwork, NetworkLimits } from '../../networks/connector.js';
import { INSTAGRAM_DEFAULT_LIMITS } from '../../networks/instagram/rules.js';
import { NetworkRegistry } from '../../networks/registry.js';
import { YOUTUBE_DEFAULT_LIMITS } from '../../networks/youtube/rules.js';
import { MemoryNetwork } from '../../../test/fakes/memory-network.js';
import { mediaRepository } from './repository.js';
import { plannedMedia } from './renditions.js';
import { renditionsRepository } from './renditions-repository.js';
import { removeMedia } from './service.js';
import { multipart } from './testing.js';

/** Instagram's media rules on the in-memory network: JPEG only, 8 MB, 1440 pixels wide. */
const INSTAGRAM_LIKE: NetworkLimits = { ...INSTAGRAM_DEFAULT_LIMITS, maxImages: 4, rate: { requests: 1000, perSeconds: 1 } };

interface Received {
  mimeType: string;
  width: number | null;
  height: number | null;
  sizeBytes: number;
  bytes: Buffer;
  url: string;
}

async function pngWithAlpha(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 255, g: 0, b: 0, alpha: 0.5 } } }).png().toBuffer();
}

forEachDatabase('media renditions', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  const received: Received[][] = [];
  let renditionWrites = 0;
  let stopWorkers: () => Promise<void> = async () => {};

  before(async () => {
    const memory = new MemoryNetwork();
    memory.limits = INSTAGRAM_LIKE;
    const base = memory.connector('bluesky');
    // The connector records what it was handed, read the way a network would read it.
    const recording: Connector = {
      ...base,
      async publish(ctx, content, key) {
        received.push(await Promise.all(content.media.map(async (m: MediaForNetwork) => ({
          mimeType: m.mimeType, width: m.width, height: m.height, sizeBytes: m.sizeBytes, bytes: await m.read(), url: m.url,
        }))));
        return base.publish(ctx, content, key);
      },
    };
    ({ app: t, tenant: a } = await createTenantApp(getDb(), { networks: new NetworkRegistry().register(recording) }));
    const write = t.ctx.media.write.bind(t.ctx.media);
    t.ctx.media.write = async (key, source, max) => {
      if (key.includes('/renditions/')) renditionWrites++;
      return write(key, source, max);
    };
    stopWorkers = startWorkers(t.ctx);
  });
  after(async () => {
    await stopWorkers();
    await t?.close();
  });

  const upload = async (bytes: Buffer, type: string) => {
    const { payload, contentType } = multipart([{ name: 'file', value: bytes, filename: 'picture', type }]);
    const url = `/api/v1/workspaces/${a.workspaceId}/media`;
    const res = await t.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${a.token}`, 'content-type': contentType }, payload });
    assert.equal(res.statusCode, 201, res.body);
    return res.json() as { id: string; url: string };
  };

  const publish = async (text: string, mediaIds: string[]) => {
    const before = received.length;
    const res = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, { text, mediaIds, channelIds: [a.channelId], publishNow: true });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return waitFor(async () => (received.length > before ? received[received.length - 1]! : null));
  };

  const get = async (url: string) => {
    const u = new URL(url);
    return t.app.inject({ method: 'GET', url: u.pathname + u.search });
  };

  it('publishes a PNG with transparency to a JPEG-only network as a JPEG rendition, once; the original stays', async () => {
    const png = await pngWithAlpha(2000, 1000);
    const media = await upload(png, 'image/png');
    const first = await publish('a PNG for a JPEG-only network', [media.id]);
    assert.equal(first.length, 1);
    const sent = first[0]!;
    assert.deepEqual([sent.mimeType, sent.width, sent.height], ['image/jpeg', 1440, 720]);
    assert.equal(sent.sizeBytes, sent.bytes.length);
    assert.equal((await sharp(sent.bytes).metadata()).format, 'jpeg');
    // The network fetches the rendition by its own signed URL.
    const fetched = await get(sent.url);
    assert.equal(fetched.statusCode, 200);
    assert.equal(fetched.headers['content-type'], 'image/jpeg');
    assert.deepEqual(fetched.rawPayload, sent.bytes);
    const forged = await get(sent.url.replace(/\/media\/([^/]+)\/[^?]+/, '/media/$1/png-anyxany-1B'));
    assert.equal(forged.statusCode, 403);
    // The original is still served as uploaded.
    const original = await get(media.url);
    assert.equal(original.headers['content-type'], 'image/png');
    assert.deepEqual(original.rawPayload, png);
    assert.equal(renditionWrites, 1);

    const second = await publish('the same picture again', [media.id]);
    assert.deepEqual(second[0]!.bytes, sent.bytes);
    assert.equal(renditionWrites, 1, 'the second publication reuses the rendition');
    assert.equal((await renditionsRepository.listForMedia(getDb().db, media.id)).length, 1);
  });

  it('sends an image that already fits as uploaded, byte for byte, converting nothing', async () => {
    const jpeg = await sharp({ create: { width: 1080, height: 1080, channels: 3, background: '#446688' } }).jpeg().toBuffer();
    const media = await upload(jpeg, 'image/jpeg');
    const writes = renditionWrites;
    const sent = (await publish('fits already', [media.id]))[0]!;
    assert.deepEqual(sent.bytes, jpeg);
    assert.equal(sent.mimeType, 'image/jpeg');
    assert.equal(new URL(sent.url).pathname, `/media/${media.id}`);
    assert.equal(renditionWrites, writes);
    assert.equal((await renditionsRepository.listForMedia(getDb().db, media.id)).length, 0);
  });

  it('validates images as they will be sent, and still refuses what cannot be converted', async () => {
    const small = await upload(await sharp({ create: { width: 320, height: 180, channels: 3, background: '#000' } }).png().toBuffer(), 'image/png');
    const row = (await mediaRepository.find(getDb().db, a.workspaceId, small.id))!;
    // Instagram's rules: a PNG will be a JPEG, so the network's own checks see a JPEG.
    const asInstagram = await plannedMedia(t.ctx, getDb().db, [row], INSTAGRAM_LIKE);
    assert.deepEqual(asInstagram.violations, []);
    assert.equal(asInstagram.media[0]!.mimeType, 'image/jpeg');
    // YouTube thumbnails are at least 640 pixels wide, and Chorus never enlarges.
    const asYouTube = await plannedMedia(t.ctx, getDb().db, [row], YOUTUBE_DEFAULT_LIMITS);
    assert.equal(asYouTube.violations.length, 1);
    assert.deepEqual([asYouTube.violations[0]!.rule, asYouTube.violations[0]!.field], ['image_too_small', 'media[0]']);
    // Through the API: the same PNG is accepted for the JPEG-only channel (it would have been a media_type refusal).
    const draft = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, { text: 'draft', mediaIds: [small.id], channelIds: [a.channelId] });
    assert.equal(draft.status, 201, JSON.stringify(draft.body));
  });

  it('deletes the renditions and their files with the media; another workspace cannot', async () => {
    const media = await upload(await pngWithAlpha(1600, 900), 'image/png');
    await publish('to be removed', [media.id]);
    const [rendition] = await renditionsRepository.listForMedia(getDb().db, media.id);
    assert.ok(rendition);
    const row = (await mediaRepository.find(getDb().db, a.workspaceId, media.id))!;
    const other = await setupTenant(t.app, { owner: { token: a.token } });
    assert.equal(await removeMedia(t.ctx, other.workspaceId, media.id), false);
    assert.ok(await t.ctx.media.read(rendition.storage_key));
    assert.equal(await removeMedia(t.ctx, a.workspaceId, media.id), true);
    assert.equal((await renditionsRepository.listForMedia(getDb().db, media.id)).length, 0);
    await assert.rejects(t.ctx.media.read(rendition.storage_key));
    await assert.rejects(t.ctx.media.read(row.storage_key));
  });
});
