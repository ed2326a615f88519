/**
 * `DELETE …/media/{mediaId}`: the row, its file and its signed URL go; refused (409, naming the posts) while a post
 * waiting for approval or scheduled will send it; other workspaces get 404; contributors delete only their own.
 * Run: node scripts/test.mjs src/features/media/delete.routes.test.ts (PGlite and PostgreSQL)
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call, type TestApp } from '../../testing/app.js';
import { createTenantApp, setupTenant, type Tenant } from '../../testing/scenario.js';
import { mediaRepository } from './repository.js';
import { multipart, png } from './testing.js';

forEachDatabase('media delete', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString();
  const mediaUrl = (tenant: Tenant, id: string) => `/api/v1/workspaces/${tenant.workspaceId}/media/${id}`;

  const upload = async (tenant: Tenant, token = tenant.token): Promise<{ id: string; url: string }> => {
    const body = multipart([{ name: 'file', value: png(1, 1), filename: 'a.png', type: 'image/png' }]);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${tenant.workspaceId}/media`,
      headers: { authorization: `Bearer ${token}`, 'content-type': body.contentType },
      payload: body.payload,
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json();
  };
  const post = async (tenant: Tenant, body: Record<string, unknown>, token = tenant.token) => {
    const res = await call(t.app, token, 'POST', `/api/v1/workspaces/${tenant.workspaceId}/posts`, { text: 'With a picture', channelIds: [tenant.channelId], ...body });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body as { id: string; status: string };
  };
  /** A member of `tenant`'s workspace with `role`, as an API token of theirs. */
  const member = async (tenant: Tenant, role: 'contributor' | 'viewer'): Promise<string> => {
    const email = `${role}-${Math.random().toString(36).slice(2)}@example.com`;
    const added = await call(t.app, tenant.token, 'POST', `/api/v1/workspaces/${tenant.workspaceId}/members`, { email, role });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    const accepted = await t.app.inject({ method: 'POST', url: '/api/v1/invites/accept', payload: { token: String(added.body.inviteUrl).split('/invite/')[1], password: 'a good long password' } });
    const cookie = accepted.cookies.find((c) => c.name === 'chorus_session')!.value;
    const headers = { cookie: `chorus_session=${cookie}`, 'x-csrf-token': accepted.json().csrfToken as string };
    const token = await t.app.inject({ method: 'POST', url: `/api/v1/workspaces/${tenant.workspaceId}/tokens`, headers, payload: { name: role } });
    assert.equal(token.statusCode, 201, token.body);
    return token.json().token as string;
  };

  before(async () => {
    ({ app: t, tenant: a } = await createTenantApp(getDb()));
    b = await setupTenant(t.app, { owner: { token: a.token } });
  });
  after(async () => t?.close());

  it('deletes the row and the file; the signed URL stops serving it; a second delete is 404', async () => {
    const media = await upload(a);
    const row = await mediaRepository.find(t.ctx.database.db, a.workspaceId, media.id);
    assert.equal((await t.app.inject({ method: 'GET', url: new URL(media.url).pathname + new URL(media.url).search })).statusCode, 200);

    const res = await call(t.app, a.token, 'DELETE', mediaUrl(a, media.id));
    assert.equal(res.status, 204);
    assert.equal(await mediaRepository.find(t.ctx.database.db, a.workspaceId, media.id), undefined);
    await assert.rejects(t.ctx.media.read(row!.storage_key), 'the stored file is gone');
    // The media route answers a link to nothing as it answers a bad signature: it does not say what existed.
    assert.equal((await t.app.inject({ method: 'GET', url: new URL(media.url).pathname + new URL(media.url).search })).statusCode, 403);
    assert.equal((await call(t.app, a.token, 'DELETE', mediaUrl(a, media.id))).status, 404);
  });

  it("answers 404 for another workspace's media, even with its own workspace id in the path, and keeps it", async () => {
    const media = await upload(b);
    assert.equal((await call(t.app, a.token, 'DELETE', mediaUrl(a, media.id))).status, 404);
    assert.equal((await call(t.app, a.token, 'DELETE', mediaUrl(b, media.id))).status, 404);
    assert.equal((await call(t.app, a.token, 'DELETE', mediaUrl(a, 'not-a-uuid'))).status, 404);
    assert.ok(await mediaRepository.find(t.ctx.database.db, b.workspaceId, media.id), 'still there');
  });

  it('refuses with 409 naming the post while a scheduled post will send it; allowed once that post is cancelled', async () => {
    const media = await upload(a);
    const scheduled = await post(a, { mediaIds: [media.id], scheduledAt: tomorrow() });
    assert.equal(scheduled.status, 'scheduled');

    const refused = await call(t.app, a.token, 'DELETE', mediaUrl(a, media.id));
    assert.equal(refused.status, 409);
    assert.equal(refused.body.error.code, 'media_in_use');
    assert.match(refused.body.error.message, /attached to a post that is waiting for approval, scheduled or publishing.*cancel it first/);
    assert.deepEqual(refused.body.error.details, { postIds: [scheduled.id] });
    assert.ok(await mediaRepository.find(t.ctx.database.db, a.workspaceId, media.id), 'nothing was deleted');

    assert.equal((await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts/${scheduled.id}/cancel`)).status, 200);
    assert.equal((await call(t.app, a.token, 'DELETE', mediaUrl(a, media.id))).status, 204);
  });

  it("counts a network variant's media, and a post waiting for approval; not a draft", async () => {
    const inVariant = await upload(a);
    const other = await upload(a);
    await post(a, { mediaIds: [other.id], variants: [{ network: 'bluesky', mediaIds: [inVariant.id] }], scheduledAt: tomorrow() });
    assert.equal((await call(t.app, a.token, 'DELETE', mediaUrl(a, inVariant.id))).status, 409);
    // The base list is not what this channel sends (its variant replaces it): nothing holds `other`.
    assert.equal((await call(t.app, a.token, 'DELETE', mediaUrl(a, other.id))).status, 204);

    const contributor = await member(a, 'contributor');
    const pending = await upload(a, contributor);
    const waiting = await post(a, { mediaIds: [pending.id], scheduledAt: tomorrow() }, contributor);
    assert.equal(waiting.status, 'pending_approval');
    const refused = await call(t.app, a.token, 'DELETE', mediaUrl(a, pending.id));
    assert.equal(refused.status, 409);
    assert.deepEqual(refused.body.error.details, { postIds: [waiting.id] });

    const drafted = await upload(a);
    await post(a, { mediaIds: [drafted.id] });
    assert.equal((await call(t.app, a.token, 'DELETE', mediaUrl(a, drafted.id))).status, 204);
  });

  it('lets contributors delete only what they uploaded, and viewers nothing', async () => {
    const contributor = await member(a, 'contributor');
    const theirs = await upload(a, contributor);
    const owners = await upload(a);
    const refused = await call(t.app, contributor, 'DELETE', mediaUrl(a, owners.id));
    assert.equal(refused.status, 403);
    assert.match(refused.body.error.message, /only the files they uploaded/);
    assert.ok(await mediaRepository.find(t.ctx.database.db, a.workspaceId, owners.id), 'kept');
    assert.equal((await call(t.app, contributor, 'DELETE', mediaUrl(a, theirs.id))).status, 204);

    const viewer = await member(a, 'viewer');
    assert.equal((await call(t.app, viewer, 'DELETE', mediaUrl(a, owners.id))).status, 403);
    assert.equal((await call(t.app, a.token, 'DELETE', mediaUrl(a, owners.id))).status, 204, 'the owner may');
  });
});
