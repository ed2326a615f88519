/**
 * `POST …/channels {network, accessToken, …}` for the media-first networks (YouTube, TikTok, Pinterest, Snapchat),
 * each against its strict fake through the registry the server builds from env.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call, type TestApp } from '../../testing/app.js';
import { createTenantApp, type Tenant } from '../../testing/scenario.js';
import { startMediaNetworkFakes, type MediaNetworkFakes } from '../../../test/fakes/media-networks.js';

forEachDatabase('token connect of YouTube, TikTok, Pinterest and Snapchat', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  let fakes: MediaNetworkFakes;
  let youtube: MediaNetworkFakes['youtube'];
  let tiktok: MediaNetworkFakes['tiktok'];
  let pinterest: MediaNetworkFakes['pinterest'];
  let snapchat: MediaNetworkFakes['snapchat'];
  before(async () => {
    fakes = await startMediaNetworkFakes();
    ({ youtube, tiktok, pinterest, snapchat } = fakes);
    ({ app: t, tenant: a } = await createTenantApp(getDb(), { networks: fakes.networks, env: fakes.env }));
  });
  after(async () => {
    await t?.close();
    await fakes?.stop();
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
