/**
 * A YouTube upload interrupted mid-way is resumed by a restarted worker: a new connector, new stores, the same
 * database. Runs on PGlite and PostgreSQL against the strict fake (real HTTP).
 * Run: node scripts/test.mjs test/fakes/youtube/restart.test.ts
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../../src/db/testing.js';
import { SecretBox } from '../../../src/features/channels/secret-box.js';
import { databaseYouTubeQuota } from '../../../src/features/publishing/network-quota.js';
import { databaseUploadSessions } from '../../../src/features/publishing/upload-sessions.js';
import { NetworkError, type MediaForNetwork } from '../../../src/networks/connector.js';
import { createYouTubeConnector } from '../../../src/networks/youtube/index.js';
import { useFakeChannel } from '../fixtures.js';
import { startFakeYouTube } from './server.js';

const KIB = 1024;
const SIZE = 700 * KIB;
const secrets = SecretBox.fromString('youtube-restart-test-key-0123456789abcdef');

function file(sizeBytes: number): MediaForNetwork {
  const bytes = Buffer.alloc(sizeBytes);
  for (let i = 0; i < sizeBytes; i++) bytes[i] = (i * 7) % 251;
  return { id: 'video', mimeType: 'video/mp4', sizeBytes, width: 1920, height: 1080, altText: '', read: async () => bytes, url: '' };
}

forEachDatabase('YouTube upload resumed after a worker restart', (getDb) => {
  const channel = useFakeChannel(getDb, 'youtube', {
    start: () => startFakeYouTube({ processingPolls: 1 }),
    account: (fake) => fake.addChannel('Ann'),
    username: 'ann',
    credentials: (ann) => ({ accessToken: ann.token }),
  });
  const ctx = () => channel.ctx();
  /** A worker process: its own connector and stores; only the database is shared with the others. */
  const worker = (extra: Parameters<typeof createYouTubeConnector>[0] = {}) =>
    createYouTubeConnector({
      apiUrl: channel.fake.baseUrl,
      clientId: 'chorus.apps.googleusercontent.com',
      sessions: databaseUploadSessions(channel.db, secrets).youtube,
      quotaStore: databaseYouTubeQuota(channel.db),
      upload: { chunkBytes: 256 * KIB, sleep: async () => {} },
      processing: { sleep: async () => {} },
      ...extra,
    });
  const puts = () => channel.fake.requests.filter((r) => r.method === 'PUT');
  const starts = () => channel.fake.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/upload/youtube/v3/videos'));

  it('the new worker resumes from the byte Google confirmed: no second session, no byte sent twice', async () => {
    const { db, fake, channelId } = channel;
    const key = `chorus-restart-${channelId}`;
    const content = { text: 'Resumed after a restart', media: [file(SIZE)], options: { title: 'Restart' } };
    // The first worker dies during its second chunk: Google keeps 100,000 bytes of it and the connection drops.
    let chunks = 0;
    const dying: typeof fetch = async (input, init) => {
      const range = new Headers(init?.headers).get('content-range') ?? '';
      if (init?.method === 'PUT' && !range.startsWith('bytes */') && ++chunks === 2) fake.interruptNextChunk(100_000);
      return fetch(input, init);
    };
    const first = worker({ fetch: dying, upload: { chunkBytes: 256 * KIB, maxChunkRetries: 0, sleep: async () => {} } });
    await assert.rejects(first.publish(ctx(), content, key), (e) => e instanceof NetworkError && e.kind === 'transient');

    // What the dead worker left: the session, sealed, at the last offset Google had confirmed to it.
    const row = await db.selectFrom('upload_sessions').selectAll().where('idempotency_key', '=', key).executeTakeFirstOrThrow();
    assert.deepEqual([row.network, row.channel_id, row.bytes_confirmed], ['youtube', channelId, 256 * KIB]);
    assert.equal(/upload_id|googleapis|127\.0\.0\.1/.test(row.session_enc), false, 'the session URI is sealed');
    const [session] = [...fake.sessions.values()].filter((s) => s.total === SIZE);
    assert.equal(session?.receivedBytes, 256 * KIB + 100_000);

    const sessionsBefore = fake.sessions.size;
    const startsBefore = starts().length;
    const putsBefore = puts().length;
    const ref = await worker().publish(ctx(), content, key);

    assert.equal(starts().length, startsBefore, 'no second videos.insert');
    assert.equal(fake.sessions.size, sessionsBefore, 'no second session');
    const held = 256 * KIB + 100_000;
    const ranges = puts().slice(putsBefore).map((r) => String(r.headers['content-range']));
    assert.deepEqual(ranges, [`bytes */${SIZE}`, `bytes ${held}-${held + 256 * KIB - 1}/${SIZE}`, `bytes ${held + 256 * KIB}-${SIZE - 1}/${SIZE}`]);
    assert.ok(session && Buffer.concat(session.received).equals(await file(SIZE).read()), 'Google holds the file, each byte once');
    assert.equal(fake.videos.get(ref.externalId)?.bytes, SIZE);

    // Done: the capability is gone, the video id stays for a crash before the publisher records it.
    assert.deepEqual(await databaseUploadSessions(db, secrets).youtube.get(key), { videoId: ref.externalId, bytesConfirmed: SIZE });
    assert.deepEqual(await worker().findPublished(ctx(), key, content), ref);
  });

  it('a session Google has forgotten (404) starts one new upload, once', async () => {
    const { db, fake, channelId } = channel;
    const key = `chorus-expired-${channelId}`;
    const content = { text: 'Expired session', media: [file(300 * KIB)], options: { title: 'Expired' } };
    await databaseUploadSessions(db, secrets).youtube.set(key, { sessionUri: `${fake.baseUrl}/upload/youtube/v3/videos?uploadType=resumable&upload_id=gone`, bytesConfirmed: 256 * KIB }, channelId);
    const startsBefore = starts().length;
    const ref = await worker().publish(ctx(), content, key);
    assert.equal(starts().length, startsBefore + 1);
    assert.equal(fake.videos.get(ref.externalId)?.bytes, 300 * KIB);
  });
});
