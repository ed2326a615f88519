/**
 * `POST …/channels {network, accessToken, …}` for the media-first networks (YouTube, TikTok, Pinterest, Snapchat),
 * each against its strict fake through the registry the server builds from env.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { createTestApp, call, type TestApp } from '../../app/testing.js';
import { setupTenant, type Tenant } from '../../app/scenario.js';
import { loadConfig } from '../../app/config.js';
import { createNetworkRegistry } from '../../networks/index.js';
import { MemoryNetwork } from '../../../test/fakes/memory-network.js';
import { startFakeYouTube, type FakeYouTube } from '../../../test/fakes/youtube/server.js';
import { startFakeTikTok, type FakeTikTok } from '../../../test/fakes/tiktok/server.js';
import { startFakePinterest, type FakePinterest } from '../../../test/fakes/pinterest/server.js';
import { startFakeSnapchat, type FakeSnapchat } from '../../../test/fakes/snapchat/server.js';

forEachDatabase('token connect of YouTube, TikTok, Pinterest and Snapchat', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  let youtube: FakeYouTube;
  let tiktok: FakeTikTok;
  let pinterest: FakePinterest;
  let snapchat: FakeSnapchat;
  before(async () => {
    [youtube, tiktok, pinterest, snapchat] = await Promise.all([startFakeYouTube(), startFakeTikTok(), startFakePinterest(), startFakeSnapchat()]);
    const env = {
      CHORUS_DATA_DIR: 'memory://',
      CHORUS_YOUTUBE_API_URL: youtube.baseUrl,
      CHORUS_TIKTOK_API_URL: tiktok.baseUrl,
      CHORUS_PINTEREST_API_URL: pinterest.baseUrl,
      CHORUS_SNAPCHAT_API_URL: snapchat.baseUrl,
    };
    const networks = createNetworkRegistry(loadConfig(env)).register(new MemoryNetwork().connector('bluesky'));
    t = await createTestApp(getDb(), { networks, env });
    a = await setupTenant(t.app);
  });
  after(async () => {
    await t?.close();
    await Promise.all([youtube?.stop(), tiktok?.stop(), pinterest?.stop(), snapchat?.stop()]);
  });

  const connect = (body: Record<string, unknown>) => call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/channels`, body);

  it('connects each network with a token it issued, sealed at rest', async () => {
    const yt = youtube.addChannel('Acme Bakery');
    const tk = tiktok.addCreator('acmebakery');
    const pin = pinterest.addUser('acmebakery');
    const snap = snapchat.addUser('acmebakery');
    for (const [network, token, extra] of [
      ['youtube', yt.token, {}],
      ['tiktok', tk.token, {}],
      ['pinterest', pin.token, {}],
      ['snapchat', snap.token, { accountId: snap.profileId }],
    ] as const) {
      const res = await connect({ network, accessToken: token, ...extra });
      assert.equal(res.status, 201, `${network}: ${JSON.stringify(res.body)}`);
      assert.equal(res.body.network, network);
      const row = await t.ctx.database.db.selectFrom('channels').selectAll().where('id', '=', res.body.id).executeTakeFirstOrThrow();
      assert.equal(row.credentials_enc.includes(token), false, `${network}: the token is sealed`);
    }
  });

  it('refuses tokens the networks did not issue, naming the network', async () => {
    for (const [network, name] of [
      ['youtube', 'YouTube'],
      ['tiktok', 'TikTok'],
      ['pinterest', 'Pinterest'],
      ['snapchat', 'Snapchat'],
    ] as const) {
      const res = await connect({ network, accessToken: 'not-a-token' });
      assert.equal(res.status, 422, `${network}: ${JSON.stringify(res.body)}`);
      assert.match(res.body.error.message, new RegExp(`^${name} `));
    }
  });
});
