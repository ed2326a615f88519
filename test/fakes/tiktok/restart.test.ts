/**
 * A TikTok chunked upload interrupted mid-way is resumed by a restarted worker (new connector, new stores, same
 * database) from TikTok's `uploaded_bytes`, on PGlite and PostgreSQL against the strict fake.
 * Run: node scripts/test.mjs test/fakes/tiktok/restart.test.ts
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../../src/db/testing.js';
import { SecretBox } from '../../../src/features/channels/secret-box.js';
import { databaseUploadSessions } from '../../../src/features/publishing/upload-sessions.js';
import { NetworkError, type MediaForNetwork } from '../../../src/networks/connector.js';
import { createTikTokConnector } from '../../../src/networks/tiktok/index.js';
import { useFakeChannel } from '../fixtures.js';
import { startFakeTikTok } from './server.js';

const MIB = 1024 * 1024;
const SIZE = 16 * MIB;
const secrets = SecretBox.fromString('tiktok-restart-test-key-0123456789abcdef');
const bytes = Buffer.alloc(SIZE);
for (let i = 0; i < SIZE; i += 991) bytes[i] = i % 251;
const video: MediaForNetwork = { id: 'v', mimeType: 'video/mp4', sizeBytes: SIZE, width: 1080, height: 1920, durationSeconds: 30, altText: '', read: async () => bytes, url: 'https://media.chorus.example/v.mp4' };

forEachDatabase('TikTok upload resumed after a worker restart', (getDb) => {
  const channel = useFakeChannel(getDb, 'tiktok', {
    start: () => startFakeTikTok({ processingPolls: 1 }),
    account: (fake) => fake.addCreator('ann'),
    username: 'ann',
    credentials: (ann) => ({ accessToken: ann.token, username: 'ann' }),
  });
  const ctx = () => channel.ctx();
  const worker = (maxChunkRetries = 4) =>
    createTikTokConnector({
      apiUrl: channel.fake.baseUrl,
      sessions: databaseUploadSessions(channel.db, secrets).tiktok,
      publish: { chunkBytes: 5 * MIB, maxChunkRetries, sleep: async () => {}, firstPollDelayMs: 1 },
    });
  const calls = (path: string) => channel.fake.requests.filter((r) => r.path.startsWith(path));

  it('the new worker asks uploaded_bytes and sends only the chunks TikTok lacks, in the same post', async () => {
    const { db, fake, channelId } = channel;
    const key = `chorus-restart-${channelId}`;
    const content = { text: 'Resumed after a restart', media: [video], options: { privacyLevel: 'PUBLIC_TO_EVERYONE' } };
    fake.interruptChunk(1);
    await assert.rejects(worker(1).publish(ctx(), content, key), (e) => e instanceof NetworkError && e.kind === 'transient');
    const row = await db.selectFrom('upload_sessions').selectAll().where('idempotency_key', '=', key).executeTakeFirstOrThrow();
    assert.deepEqual([row.network, row.channel_id, row.bytes_confirmed], ['tiktok', channelId, 5 * MIB]);
    assert.equal(/upload_token|127\.0\.0\.1/.test(row.session_enc), false, 'the upload URL is sealed');

    const inits = calls('/v2/post/publish/video/init/').length;
    const uploads = calls('/upload/').length;
    const ref = await worker().publish(ctx(), content, key);
    assert.equal(calls('/v2/post/publish/video/init/').length, inits, 'no second post');
    assert.deepEqual(calls('/upload/').slice(uploads).map((r) => r.headers['content-range']), [`bytes ${5 * MIB}-${10 * MIB - 1}/${SIZE}`, `bytes ${10 * MIB}-${SIZE - 1}/${SIZE}`]);
    const post = [...fake.posts.values()].find((p) => p.postId === ref.externalId);
    assert.ok(post && Buffer.concat(post.received).equals(bytes), 'TikTok holds the file, each byte once');
    // Whole: the upload URL is forgotten, the publish id stays to find the post after a crash.
    const kept = await databaseUploadSessions(db, secrets).tiktok.get(key);
    assert.deepEqual(kept, { publishId: post.publishId, bytesConfirmed: SIZE });
    assert.deepEqual(await worker().findPublished(ctx(), key, content), ref);
  });
});
