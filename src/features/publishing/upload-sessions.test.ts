import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import type { DB } from '../../db/database.js';
import { forEachDatabase, insertChannelRow } from '../../db/testing.js';
import { SecretBox } from '../channels/secret-box.js';
import { sweepNetworkStores } from './network-stores.js';
import { databaseUploadSessions } from './upload-sessions.js';
import { uploadSessionsRepository, UPLOAD_SESSION_TTL_MS } from './upload-sessions-repository.js';

const secrets = SecretBox.fromString('upload-sessions-test-key-0123456789abcdef');

/** A workspace, a channel, and a publication of it whose key the sessions use. */
async function seed(db: DB, network: string) {
  const { workspaceId, channelId } = await insertChannelRow(db, network, `ext-${Math.random()}`);
  const post = await db.insertInto('posts').values({ workspace_id: workspaceId, text: 'Hi', status: 'scheduled', media_ids: '[]', variants: '[]' }).returning('id').executeTakeFirstOrThrow();
  const key = `chorus-${post.id}-${channelId}`;
  const pub = await db
    .insertInto('publications')
    .values({ workspace_id: workspaceId, post_id: post.id, channel_id: channelId, network, text: 'Hi', status: 'publishing', idempotency_key: key, media_ids: '[]', options: '{}' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { channelId, key, publicationId: pub.id };
}

forEachDatabase('upload sessions in the database', (getDb) => {
  let db: DB;
  before(() => {
    db = getDb().db;
  });

  it('keeps a YouTube session sealed, its confirmed bytes in the clear, and gives it back to a new store', async () => {
    const { channelId, key } = await seed(db, 'youtube');
    const uri = 'https://www.googleapis.com/upload/youtube/v3/videos?uploadType=resumable&upload_id=SECRET-CAPABILITY';
    await databaseUploadSessions(db, secrets).youtube.set(key, { sessionUri: uri, bytesConfirmed: 262_144 }, channelId);
    const row = await db.selectFrom('upload_sessions').selectAll().where('idempotency_key', '=', key).executeTakeFirstOrThrow();
    assert.equal(row.network, 'youtube');
    assert.equal(row.channel_id, channelId);
    assert.equal(row.bytes_confirmed, 262_144);
    assert.equal(row.session_enc.includes('SECRET-CAPABILITY'), false, 'the upload URI is sealed at rest');
    assert.ok(Math.abs(row.expires_at.getTime() - row.updated_at.getTime() - UPLOAD_SESSION_TTL_MS) < 1000);
    // A fresh store (a restarted worker) reads it back; the other network's store does not see it.
    const fresh = databaseUploadSessions(db, secrets);
    assert.deepEqual(await fresh.youtube.get(key), { sessionUri: uri, bytesConfirmed: 262_144 });
    assert.equal(await fresh.tiktok.get(key), null);
    await fresh.youtube.set(key, { videoId: 'abcdefghijk', bytesConfirmed: 700_000 }, channelId);
    assert.deepEqual(await fresh.youtube.get(key), { videoId: 'abcdefghijk', bytesConfirmed: 700_000 });
    await fresh.youtube.delete(key);
    assert.equal(await fresh.youtube.get(key), null);
  });

  it('keeps a TikTok post in progress the same way', async () => {
    const { channelId, key } = await seed(db, 'tiktok');
    const session = { publishId: 'v_pub_file~v2.123', uploadUrl: 'https://open-upload.tiktokapis.com/upload?upload_id=1&upload_token=TOKEN', chunkSize: 5_242_880, totalChunkCount: 3 };
    const stores = databaseUploadSessions(db, secrets);
    await stores.tiktok.set(key, session, channelId);
    assert.deepEqual(await databaseUploadSessions(db, secrets).tiktok.get(key), session);
    const row = await db.selectFrom('upload_sessions').select(['session_enc', 'bytes_confirmed']).where('idempotency_key', '=', key).executeTakeFirstOrThrow();
    assert.deepEqual([row.session_enc.includes('TOKEN'), row.bytes_confirmed], [false, 0]);
  });

  it('a sealed session copied to another key, or opened with another secret key, is refused with a clear message', async () => {
    const a = await seed(db, 'youtube');
    const b = await seed(db, 'youtube');
    const stores = databaseUploadSessions(db, secrets);
    await stores.youtube.set(a.key, { sessionUri: 'https://x.example/a' }, a.channelId);
    await stores.youtube.set(b.key, { sessionUri: 'https://x.example/b' }, b.channelId);
    const stolen = await db.selectFrom('upload_sessions').select('session_enc').where('idempotency_key', '=', a.key).executeTakeFirstOrThrow();
    await db.updateTable('upload_sessions').set({ session_enc: stolen.session_enc }).where('idempotency_key', '=', b.key).execute();
    await assert.rejects(stores.youtube.get(b.key), /cannot be opened/);
    const otherKey = databaseUploadSessions(db, SecretBox.fromString('another-secret-key-0123456789abcdefghij'));
    await assert.rejects(otherKey.youtube.get(a.key), /CHORUS_SECRET_KEY/);
  });

  it('an expired session is not used; the sweep deletes it and those of published publications, not the others', async () => {
    const expired = await seed(db, 'youtube');
    const published = await seed(db, 'youtube');
    const working = await seed(db, 'tiktok');
    const stores = databaseUploadSessions(db, secrets);
    await stores.youtube.set(expired.key, { sessionUri: 'https://x.example/old' }, expired.channelId);
    await stores.youtube.set(published.key, { videoId: 'v1' }, published.channelId);
    await stores.tiktok.set(working.key, { publishId: 'p1' }, working.channelId);
    const past = new Date(Date.now() - UPLOAD_SESSION_TTL_MS - 60_000);
    await uploadSessionsRepository.save(db, 'youtube', expired.key, { channelId: expired.channelId, sessionEnc: 'v1:x:y:z', bytesConfirmed: 0 }, past);
    assert.equal(await stores.youtube.get(expired.key), null, 'expired: never used');
    await db.updateTable('publications').set({ status: 'published' }).where('id', '=', published.publicationId).execute();
    const swept = await sweepNetworkStores(db);
    assert.ok(swept.sessions >= 2);
    const left = await db.selectFrom('upload_sessions').select('idempotency_key').where('idempotency_key', 'in', [expired.key, published.key, working.key]).execute();
    assert.deepEqual(left.map((r) => r.idempotency_key), [working.key]);
  });

  it('a disconnected channel takes its sessions with it', async () => {
    const s = await seed(db, 'youtube');
    await databaseUploadSessions(db, secrets).youtube.set(s.key, { sessionUri: 'https://x.example/c' }, s.channelId);
    await db.deleteFrom('channels').where('id', '=', s.channelId).execute();
    assert.equal(await databaseUploadSessions(db, secrets).youtube.get(s.key), null);
  });
});
