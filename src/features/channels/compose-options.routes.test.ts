/**
 * `GET …/channels/{id}/compose-options` and `POST …/channels/{id}/boards` against the strict fakes of TikTok,
 * Pinterest and YouTube (Snapchat's options need no call): what each network says reaches the composer, roles and
 * workspaces are kept apart, and a network's failure comes back as an answer a person can act on.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useMediaNetworksApp } from '../../testing/network-fakes.js';
import type { Tenant } from '../../testing/scenario.js';

forEachDatabase('compose options of YouTube, TikTok, Pinterest and Snapchat channels', (getDb) => {
  const { t, a, b, fakes } = useMediaNetworksApp(getDb, { secondTenant: true });

  const connect = async (tenant: Tenant, body: Record<string, unknown>): Promise<string> => {
    const res = await call(t.app, tenant.token, 'POST', `/api/v1/workspaces/${tenant.workspaceId}/channels`, body);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id as string;
  };
  const options = (channelId: string, tenant = a, token = tenant.token) =>
    call(t.app, token, 'GET', `/api/v1/workspaces/${tenant.workspaceId}/channels/${channelId}/compose-options`);
  const tokenWithRole = async (role: string): Promise<string> => {
    const res = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/tokens`, { name: role, role });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.token as string;
  };

  it("gives TikTok's creator_info: audiences with none chosen, interactions turned off, the longest video", async () => {
    const creator = fakes.tiktok.addCreator('cara', { displayName: 'Cara', privacyLevelOptions: ['FOLLOWER_OF_CREATOR', 'SELF_ONLY'], commentDisabled: true, maxVideoPostDurationSec: 60 });
    const id = await connect(a, { network: 'tiktok', accessToken: creator.token });
    const res = await options(id);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body, {
      channelId: id,
      network: 'tiktok',
      options: { network: 'tiktok', privacyLevelOptions: ['FOLLOWER_OF_CREATOR', 'SELF_ONLY'], commentDisabled: true, duetDisabled: false, stitchDisabled: false, maxDurationSeconds: 60, creator: 'Cara' },
    });
    assert.ok(fakes.tiktok.requests.some((r) => r.path.startsWith('/v2/post/publish/creator_info/query/')), 'asked TikTok, not a cache');
  });

  it("lists the Pinterest account's boards, and creates one from the composer (editors)", async () => {
    const user = fakes.pinterest.addUser('acmebakery');
    const id = await connect(a, { network: 'pinterest', accessToken: user.token });
    const before = await options(id);
    assert.equal(before.status, 200, JSON.stringify(before.body));
    assert.deepEqual(before.body.options, { network: 'pinterest', boards: [{ id: user.boardId, name: 'Ideas', privacy: 'PUBLIC' }], canCreateBoard: true, maxTitleLength: 100 });

    const contributor = await tokenWithRole('contributor');
    const board = (token: string, body: unknown) => call(t.app, token, 'POST', `/api/v1/workspaces/${a.workspaceId}/channels/${id}/boards`, body);
    assert.equal((await board(contributor, { name: 'Recipes' })).status, 403, 'contributors write posts, not boards');
    const tooLong = await board(a.token, { name: 'x'.repeat(51) });
    assert.equal(tooLong.status, 400);
    assert.match(tooLong.body.error.message, /50 characters/);

    const created = await board(a.token, { name: 'Recipes', privacy: 'SECRET' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.name, 'Recipes');
    assert.equal(fakes.pinterest.boards.get(created.body.id)?.ownerId, user.id, 'made on Pinterest, on this account');
    const after = await options(id, a, contributor);
    assert.deepEqual(after.body.options.boards.map((x: { name: string }) => x.name).sort(), ['Ideas', 'Recipes']);
  });

  it("gives YouTube's privacy, categories and the channel's longest upload (15 minutes until verified)", async () => {
    const verified = fakes.youtube.addChannel('Acme Bakery');
    const unverified = fakes.youtube.addChannel('Acme Café', { verified: false });
    const id = await connect(a, { network: 'youtube', accessToken: verified.token });
    const res = await options(id);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const o = res.body.options;
    assert.deepEqual([o.network, o.privacyOptions, o.defaultPrivacy, o.defaultCategoryId, o.maxTitleLength, o.maxDurationSeconds, o.channelMadeForKids], ['youtube', ['public', 'unlisted', 'private'], 'public', '22', 100, 12 * 3600, false]);
    assert.ok(o.categories.some((c: { id: string; name: string }) => c.id === '22' && c.name === 'People & Blogs'));
    assert.ok(fakes.youtube.requests.some((r) => r.path.includes('/youtube/v3/channels') && r.path.includes('part=status')));
    const short = await options(await connect(a, { network: 'youtube', accessToken: unverified.token }));
    assert.equal(short.body.options.maxDurationSeconds, 15 * 60);
  });

  it("gives Snapchat's kinds of post without asking Snap, and null for networks with nothing to choose", async () => {
    const snap = fakes.snapchat.addUser('acmesnaps');
    const id = await connect(a, { network: 'snapchat', accessToken: snap.token, accountId: snap.profileId });
    const calls = fakes.snapchat.requests.length;
    const res = await options(id);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body.options.kinds, ['story', 'saved_story', 'spotlight']);
    assert.equal(fakes.snapchat.requests.length, calls);
    const bluesky = await options(a.channelId);
    assert.deepEqual(bluesky.body, { channelId: a.channelId, network: 'bluesky', options: null });
    const board = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/channels/${a.channelId}/boards`, { name: 'Recipes' });
    assert.equal(board.status, 422);
    assert.match(board.body.error.message, /only Pinterest channels/);
  });

  it("answers 404 for another workspace's channel or an unknown id, and 403 to viewers", async () => {
    const creator = fakes.tiktok.addCreator('dora');
    const theirs = await connect(b, { network: 'tiktok', accessToken: creator.token });
    assert.equal((await options(theirs)).status, 404, "A's token, B's channel in A's workspace");
    assert.equal((await options(theirs, b, a.token)).status, 404, "A's token in B's workspace");
    assert.equal((await options('not-a-uuid')).status, 404);
    assert.equal((await options('00000000-0000-4000-8000-000000000000')).status, 404);
    assert.equal((await options(theirs, b)).status, 200, 'B sees its own');
    assert.equal((await options(a.channelId, a, await tokenWithRole('viewer'))).status, 403);
  });

  it("turns the network's failures into answers: 502 unreachable, 429 with the wait, 409 and reconnect on a revoked token", async () => {
    const creator = fakes.tiktok.addCreator('eve');
    const id = await connect(a, { network: 'tiktok', accessToken: creator.token });
    fakes.tiktok.failNext('POST', /creator_info/, { status: 500, body: { data: {}, error: { code: 'internal_error', message: 'Something went wrong on our side.', log_id: 'L1' } } });
    const down = await options(id);
    assert.equal(down.status, 502, JSON.stringify(down.body));
    assert.match(down.body.error.message, /^TikTok could not be reached/);

    fakes.tiktok.failNext('POST', /creator_info/, { status: 429, body: { data: {}, error: { code: 'rate_limit_exceeded', message: 'Too many requests.', log_id: 'L2' } } });
    const slow = await options(id);
    assert.equal(slow.status, 429, JSON.stringify(slow.body));
    assert.equal(slow.body.error.details.retryAfterSeconds, 60);

    fakes.tiktok.expire(creator.token);
    const revoked = await options(id);
    assert.equal(revoked.status, 409, JSON.stringify(revoked.body));
    assert.match(revoked.body.error.message, /TikTok no longer accepts/);
    const row = await t.ctx.database.db.selectFrom('channels').select(['status']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'needs_reconnect', 'held for reconnection, as the publisher does');
    const again = await options(id);
    assert.equal(again.status, 409);
    assert.match(again.body.error.message, /^Reconnect /);
  });
});
