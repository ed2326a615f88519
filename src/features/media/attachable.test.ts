/**
 * What the composer may attach for a channel: the network's own types, plus the images Chorus converts for it, only
 * among what the upload stores — from the rules, and through `GET …/channels` with the limits the server validates with.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { attachableTypes } from './attachable.js';
import { INSTAGRAM_DEFAULT_LIMITS } from '../../networks/instagram/rules.js';
import { FACEBOOK_DEFAULT_LIMITS } from '../../networks/facebook/rules.js';
import { YOUTUBE_DEFAULT_LIMITS } from '../../networks/youtube/rules.js';
import { forEachDatabase } from '../../db/testing.js';
import { call, type TestApp } from '../../testing/app.js';
import { createTenantApp, type Tenant } from '../../testing/scenario.js';
import { createNetworkRegistry } from '../../networks/index.js';
import { loadConfig } from '../../core/config.js';
import { MEMORY_LIMITS, MemoryNetwork } from '../../../test/fakes/memory-network.js';

describe('attachableTypes', () => {
  it('offers PNG, WebP and GIF for Instagram, which takes JPEG only, since Chorus converts them', () => {
    const types = attachableTypes(INSTAGRAM_DEFAULT_LIMITS);
    assert.deepEqual([...types.images].sort(), ['image/gif', 'image/jpeg', 'image/png', 'image/webp']);
    assert.deepEqual(types.videos, ['video/mp4', 'video/quicktime']);
  });

  it('lists only what the upload stores: no BMP or TIFF for Facebook, though Facebook takes them', () => {
    const types = attachableTypes(FACEBOOK_DEFAULT_LIMITS);
    assert.ok(!types.images.includes('image/bmp') && !types.images.includes('image/tiff'));
    assert.ok(types.images.includes('image/webp'));
    // YouTube takes AVI and MKV; Chorus's upload does not store them.
    assert.deepEqual(attachableTypes(YOUTUBE_DEFAULT_LIMITS).videos, ['video/mp4', 'video/quicktime', 'video/webm']);
  });

  it('offers only the network’s own types when it declares no image rules (nothing is converted for it)', () => {
    const types = attachableTypes({ ...MEMORY_LIMITS, acceptedImageTypes: ['image/jpeg'], images: undefined });
    assert.deepEqual(types.images, ['image/jpeg']);
  });
});

forEachDatabase('GET channels: attachableTypes', (getDb) => {
  const network = new MemoryNetwork();
  let t: TestApp;
  let a: Tenant;
  before(async () => {
    network.limits = { ...MEMORY_LIMITS, acceptedImageTypes: ['image/jpeg'] };
    const networks = createNetworkRegistry(loadConfig({ CHORUS_DATA_DIR: 'memory://' })).register(network.connector('bluesky'));
    ({ app: t, tenant: a } = await createTenantApp(getDb(), { networks, env: { CHORUS_DATA_DIR: 'memory://' } }));
  });
  after(async () => {
    network.limits = MEMORY_LIMITS;
    await t?.close();
  });

  it('follows the limits the server validates with, not the ones stored when the channel was connected', async () => {
    const connected = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/channels`, { network: 'bluesky', identifier: 'ana', appPassword: 'good' });
    assert.equal(connected.status, 201, JSON.stringify(connected.body));
    // Connected without image rules: JPEG only, as stored.
    assert.deepEqual(connected.body.attachableTypes, { images: ['image/jpeg'], videos: ['video/mp4'] });
    // The network now converts images (as Chorus's networks do since image conversion): the listing follows.
    network.limits = { ...MEMORY_LIMITS, acceptedImageTypes: ['image/jpeg'], images: { formats: ['image/jpeg'], maxBytes: 1_000_000 } };
    const listed = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/channels`);
    assert.equal(listed.status, 200);
    const channel = listed.body.channels.find((c: { id: string }) => c.id === connected.body.id);
    assert.deepEqual([...channel.attachableTypes.images].sort(), ['image/gif', 'image/jpeg', 'image/png', 'image/webp']);
    // `limits` stays what was stored; only what may be attached is worked out from the live rules.
    assert.deepEqual(channel.limits.acceptedImageTypes, ['image/jpeg']);
  });
});
