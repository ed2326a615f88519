/**
 * `POST …/channels {network, accessToken, …}` for the media-first networks (YouTube, TikTok, Pinterest, Snapchat),
 * each against its strict fake through the registry the server builds from env.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useMediaNetworksApp } from '../../testing/network-fakes.js';

forEachDatabase('token connect of YouTube, TikTok, Pinterest and Snapchat', (getDb) => {
  const { t, a, fakes } = useMediaNetworksApp(getDb);

  const connect = (body: Record<string, unknown>) => call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/channels`, body);

  it('connects each network with a token it issued, sealed at rest', async () => {
    const yt = fakes.youtube.addChannel('Acme Bakery');
    const tk = fakes.tiktok.addCreator('acmebakery');
    const pin = fakes.pinterest.addUser('acmebakery');
    const snap = fakes.snapchat.addUser('acmebakery');
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
