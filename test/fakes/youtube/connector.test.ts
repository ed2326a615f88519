/**
 * Contract tests of the YouTube connector against the strict fake Data API v3 and Google OAuth (real HTTP).
 * Run: node scripts/test.mjs test/fakes/youtube
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NetworkError, type Credentials, type MediaForNetwork } from '../../../src/networks/connector.js';
import { channelContext, chorusApp, isNetworkError } from '../contract.js';
import { createPkce } from '../../../src/networks/oauth2.js';
import { createYouTubeConnector, createYouTubeOAuthProvider, memorySessionStore, type UploadSessionStore } from '../../../src/networks/youtube/index.js';
import { useFake } from '../fixtures.js';
import { startFakeYouTube, type FakeYouTube } from './server.js';

const { app, redirectUri } = chorusApp('youtube', 'chorus.apps.googleusercontent.com', 'GOCSPX-secret');
const KIB = 1024;
let fake: FakeYouTube;
let sleeps: number[] = [];
let ann: { id: string; token: string };
let ben: { id: string; token: string };
let store: UploadSessionStore;

const make = (extra: Parameters<typeof createYouTubeConnector>[0] = {}) =>
  createYouTubeConnector({
    apiUrl: fake.baseUrl,
    tokenUrl: `${fake.baseUrl}/token`,
    clientId: app.clientId,
    clientSecret: app.clientSecret,
    sessions: store,
    upload: { chunkBytes: 256 * KIB, sleep: async (ms) => void sleeps.push(ms) },
    processing: { sleep: async (ms) => void sleeps.push(ms), firstDelayMs: 1000 },
    ...extra,
  });

const ctx = (credentials: Credentials = { accessToken: ann.token }, saved: Credentials[] = []) => channelContext(ann.id, credentials, saved);

function file(mimeType: string, sizeBytes: number, id = 'video'): MediaForNetwork {
  const bytes = Buffer.alloc(sizeBytes);
  for (let i = 0; i < sizeBytes; i++) bytes[i] = i % 251;
  return { id, mimeType, sizeBytes, width: 1920, height: 1080, altText: '', read: async () => bytes, url: '' };
}


const puts = () => fake.requests.filter((r) => r.method === 'PUT');

describe('YouTube connector against the documented API (fake)', () => {
  useFake(
    async () => {
      fake = await startFakeYouTube({ processingPolls: 2 });
      fake.addApp(app);
      return fake;
    },
    () => {
      ann = fake.addChannel('Ann');
      ben = fake.addChannel('Ben');
      sleeps = [];
      store = memorySessionStore();
      fake.quota.units = 0;
      fake.quota.uploads = 0;
    },
  );

  test('the fake is strict: no token 401, missing scope 403, bad title 400, chunks of 256 KiB', async () => {
    const noToken = await fetch(`${fake.baseUrl}/youtube/v3/channels?mine=true&part=snippet`);
    assert.equal(noToken.status, 401);
    assert.equal(((await noToken.json()) as { error: { errors: { reason: string }[] } }).error.errors[0]?.reason, 'authError');
    const uploader = fake.addChannel('Uploader', { scopes: ['https://www.googleapis.com/auth/youtube.upload'] });
    const denied = await fetch(`${fake.baseUrl}/youtube/v3/channels?mine=true&part=snippet`, { headers: { authorization: `Bearer ${uploader.token}` } });
    assert.equal(denied.status, 403);
    const start = (title: string) =>
      fetch(`${fake.baseUrl}/upload/youtube/v3/videos?uploadType=resumable&part=snippet,status`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ann.token}`, 'content-type': 'application/json', 'x-upload-content-length': String(600 * KIB), 'x-upload-content-type': 'video/mp4' },
        body: JSON.stringify({ snippet: { title }, status: { privacyStatus: 'public' } }),
      });
    assert.equal((await start('a <b>')).status, 400);
    const session = (await start('Fine')).headers.get('location') ?? '';
    const odd = await fetch(session, { method: 'PUT', headers: { 'content-range': `bytes 0-99999/${600 * KIB}` }, body: new Uint8Array(100_000) });
    assert.equal(odd.status, 400);
    const whole = await fetch(session, { method: 'PUT', headers: { 'content-range': `bytes 0-${256 * KIB - 1}/${600 * KIB}` }, body: new Uint8Array(256 * KIB) });
    assert.deepEqual([whole.status, whole.headers.get('range')], [308, `bytes=0-${256 * KIB - 1}`]);
  });

  test('connect reads channels.list?mine=true; a bad token is auth; a token of another channel is refused', async () => {
    const account = await make().connect({ accessToken: ann.token, refreshToken: 'r', expiresAt: '2030-01-01T00:00:00Z', accountId: ann.id });
    assert.deepEqual(
      { id: account.externalId, handle: account.handle, name: account.displayName, creds: account.credentials },
      { id: ann.id, handle: '@ann', name: 'Ann', creds: { accessToken: ann.token, refreshToken: 'r', expiresAt: '2030-01-01T00:00:00.000Z', uploadsPlaylistId: ann.id.replace(/^UC/, 'UU') } },
    );
    assert.match(fake.requests.at(-1)?.path ?? '', /mine=true&part=snippet%2CcontentDetails/);
    await assert.rejects(make().connect({ accessToken: 'ya29.wrong' }), isNetworkError('auth', /did not accept/));
    await assert.rejects(make().connect({ accessToken: ann.token, accountId: ben.id }), isNetworkError('rejected', /does not belong/));
  });

  test('publish: resumable upload in 256 KiB chunks, metadata, processing polled, thumbnail set', async () => {
    const video = file('video/mp4', 600 * KIB);
    const thumb = file('image/jpeg', 30 * KIB, 'thumb');
    const options = { title: 'Launch day', privacy: 'unlisted', tags: ['launch', 'new product'], categoryId: '28', madeForKids: false, thumbnailMediaId: 'thumb' };
    const ref = await make().publish(ctx(), { text: 'All about the launch', media: [video, thumb], options }, 'k1');
    assert.deepEqual(ref, { externalId: ref.externalId, url: `https://www.youtube.com/watch?v=${ref.externalId}` });
    const saved = fake.videos.get(ref.externalId);
    assert.deepEqual(
      { title: saved?.title, description: saved?.description, tags: saved?.tags, cat: saved?.categoryId, privacy: saved?.privacyStatus, kids: saved?.madeForKids, bytes: saved?.bytes, status: saved?.uploadStatus, thumb: saved?.thumbnail },
      { title: 'Launch day', description: 'All about the launch', tags: ['launch', 'new product'], cat: '28', privacy: 'unlisted', kids: false, bytes: 600 * KIB, status: 'processed', thumb: { mimeType: 'image/jpeg', bytes: 30 * KIB } },
    );
    // One status query, then 3 chunks (256 + 256 + 88 KiB); processing answered "uploaded" twice, with growing waits.
    assert.deepEqual(puts().slice(-4).map((r) => r.headers['content-range']), [`bytes */${600 * KIB}`, `bytes 0-262143/614400`, `bytes 262144-524287/614400`, `bytes 524288-614399/614400`]);
    assert.deepEqual(sleeps, [1000, 2000]);
  });

  test('a scheduled release is private with publishAt; the title defaults to the first line', async () => {
    const publishAt = new Date(Date.now() + 86_400_000).toISOString();
    const ref = await make().publish(ctx(), { text: 'Teaser\nMore soon', media: [file('video/mp4', 1000)], options: { publishAt } }, 'k2');
    const saved = fake.videos.get(ref.externalId);
    assert.deepEqual([saved?.title, saved?.privacyStatus, saved?.publishAt], ['Teaser', 'private', publishAt]);
  });

  test('an interrupted chunk is resumed from the byte YouTube holds, not restarted', async () => {
    const size = 700 * KIB;
    fake.interruptNextChunk(100_000);
    const ref = await make().publish(ctx(), { text: 'Resumed', media: [file('video/mp4', size)], options: { title: 'Resumed' } }, 'k3');
    const sessionsUsed = new Set(puts().slice(-6).map((r) => /upload_id=([^&]+)/.exec(r.path)?.[1]));
    assert.equal(sessionsUsed.size, 1);
    const ranges = puts().slice(-6).map((r) => r.headers['content-range']);
    assert.deepEqual(ranges, [`bytes */${size}`, 'bytes 0-262143/716800', `bytes */${size}`, 'bytes 100000-362143/716800', 'bytes 362144-624287/716800', 'bytes 624288-716799/716800']);
    assert.deepEqual(sleeps.slice(0, 1), [1000]);
    const original = await file('video/mp4', size).read();
    const session = [...fake.sessions.values()].find((s) => s.videoId === ref.externalId);
    assert.ok(session && Buffer.concat(session.received).equals(original));
  });

  test('after a crash mid-upload, the next attempt resumes the saved session (new connector, same store)', async () => {
    const content = { text: 'Crash', media: [file('video/mp4', 600 * KIB)], options: { title: 'Crash' } };
    // The status query and the first chunk go through; the second chunk fails and this attempt gives up at once.
    fake.failNext('PUT', /\/upload\/youtube\/v3\/videos/, { status: 503, body: { error: { code: 503, message: 'Backend Error', errors: [{ reason: 'backendError', domain: 'global' }] } } }, 2);
    await assert.rejects(make({ upload: { chunkBytes: 256 * KIB, maxChunkRetries: 0, sleep: async () => {} } }).publish(ctx(), content, 'k4'), isNetworkError('transient', /keeps failing/));
    const before = fake.sessions.size;
    const count = puts().length;
    const ref = await make().publish(ctx(), content, 'k4');
    assert.equal(fake.sessions.size, before, 'no second session');
    assert.deepEqual(puts().slice(count).map((r) => r.headers['content-range']), [`bytes */614400`, 'bytes 262144-524287/614400', 'bytes 524288-614399/614400']);
    assert.equal(fake.videos.get(ref.externalId)?.bytes, 600 * KIB);
    assert.deepEqual(await make().findPublished(ctx(), 'k4', content), ref);
  });

  test('rejections carry YouTube\'s message; processing failure and a refused thumbnail are rejected', async () => {
    const long = { text: 'x', media: [file('video/mp4', 1000)], options: { title: 'T'.repeat(101) } };
    await assert.rejects(make().publish(ctx(), long, 'k5'), isNetworkError('rejected', /invalid or empty video title/));
    fake.failProcessing('codec');
    await assert.rejects(make().publish(ctx(), { text: 'x', media: [file('video/mp4', 1000)], options: { title: 'Bad codec' } }, 'k6'), isNetworkError('rejected', /could not process the video: its codec/));
    fake.failProcessing(null);
    const unverified = fake.addChannel('New', { verified: false });
    const content = { text: 'x', media: [file('video/mp4', 1000), file('image/png', 100, 'th')], options: { title: 'Thumb', thumbnailMediaId: 'th' } };
    await assert.rejects(make().publish({ ...ctx({ accessToken: unverified.token }), externalId: unverified.id }, content, 'k7'), isNetworkError('rejected', /permissions to upload and set custom video thumbnails/));
  });

  test('errors: 429 Retry-After and rateLimitExceeded are rate_limited, backendError transient, 401 auth, 404 not_found', async () => {
    const c = make();
    fake.failNext('GET', /\/videos$/, { status: 429, headers: { 'retry-after': '30' }, body: { error: { code: 429, message: 'Too many requests', errors: [{ reason: 'rateLimitExceeded', domain: 'youtube.quota' }] } } });
    await assert.rejects(c.fetchMetrics(ctx(), ['abcdefghijk']), (e) => isNetworkError('rate_limited')(e) && (e as NetworkError).details.retryAfterMs === 30_000);
    fake.failNext('GET', /\/videos$/, { status: 403, body: { error: { code: 403, message: 'User rate limit exceeded', errors: [{ reason: 'userRateLimitExceeded', domain: 'usageLimits' }] } } });
    await assert.rejects(c.fetchMetrics(ctx(), ['abcdefghijk']), (e) => isNetworkError('rate_limited')(e) && (e as NetworkError).details.retryAfterMs === 60_000);
    fake.failNext('GET', /\/videos$/, { status: 503, body: { error: { code: 503, message: 'Backend Error', errors: [{ reason: 'backendError', domain: 'global' }] } } });
    await assert.rejects(c.fetchMetrics(ctx(), ['abcdefghijk']), isNetworkError('transient', /Backend Error/));
    fake.expire(ann.token);
    await assert.rejects(c.fetchMetrics(ctx(), ['abcdefghijk']), isNetworkError('auth', /Reconnect/));
    await assert.rejects(c.delete(ctx({ accessToken: ben.token }), 'abcdefghijk'), isNetworkError('not_found'));
  });

  test('quota: Google\'s quotaExceeded waits until midnight Pacific; the connector\'s own tally refuses first', async () => {
    fake.quota.units = 10_000;
    await assert.rejects(make().fetchMetrics(ctx(), ['abcdefghijk']), (e) => {
      isNetworkError('rate_limited', /midnight Pacific/)(e);
      const wait = (e as NetworkError).details.retryAfterMs ?? 0;
      return wait > 0 && wait <= 25 * 3600_000;
    });
    fake.quota.units = 0;
    const small = make({ quota: { dailyUnits: 60 } });
    const v = await small.publish(ctx(), { text: 'q', media: [file('video/mp4', 1000)], options: { title: 'Quota' } }, 'q1');
    const count = fake.requests.length;
    // 3 status polls spent 3 units: a 50-unit delete and a 1-unit list fit, the next delete does not.
    await small.fetchMetrics(ctx(), [v.externalId]);
    await small.delete(ctx(), v.externalId);
    await assert.rejects(small.delete(ctx(), v.externalId), isNetworkError('rate_limited', /daily YouTube quota \(60 units\) cannot carry videos\.delete/));
    assert.equal(fake.requests.length, count + 2, 'the refused call never reached YouTube');
  });

  test('tokens near expiry are refreshed (Google keeps the refresh token); a refused refresh is auth', async () => {
    const grant = fake.grant(ann.id, app.clientId);
    const saved: Credentials[] = [];
    const soon = new Date(Date.now() + 60_000).toISOString();
    const next = await make().refreshCredentials(ctx({ accessToken: grant.access_token, refreshToken: grant.refresh_token ?? '', expiresAt: soon }, saved));
    assert.ok(next && next['accessToken'] !== grant.access_token);
    assert.equal(next['refreshToken'], grant.refresh_token);
    assert.ok(Date.parse(next['expiresAt'] ?? '') > Date.now() + 3500_000);
    assert.deepEqual(saved, [next]);
    assert.equal(await make().refreshCredentials(ctx({ accessToken: 'a', expiresAt: '2099-01-01T00:00:00Z' })), null);
    // Expired: renewed before the call.
    const expired = ctx({ accessToken: 'ya29.old', refreshToken: grant.refresh_token ?? '', expiresAt: new Date(Date.now() - 1000).toISOString() });
    assert.deepEqual(await make().fetchMetrics(expired, []), []);
    await assert.rejects(make().refreshCredentials(ctx({ accessToken: 'a', refreshToken: 'revoked', expiresAt: soon })), isNetworkError('auth', /expired or revoked/));
  });

  test('OAuth: offline consent with PKCE, exchange, bad code, denied, auto-approve, listAccounts', async () => {
    const provider = createYouTubeOAuthProvider({ ...app, apiUrl: fake.baseUrl, authorizeUrl: `${fake.baseUrl}/o/oauth2/v2/auth`, tokenUrl: `${fake.baseUrl}/token` });
    const pkce = createPkce();
    const url = new URL(provider.authorizeUrl({ state: 's1', redirectUri, codeChallenge: pkce.challenge }));
    assert.deepEqual(Object.fromEntries(url.searchParams), {
      client_id: app.clientId, redirect_uri: redirectUri, response_type: 'code', scope: 'https://www.googleapis.com/auth/youtube.upload https://www.googleapis.com/auth/youtube.force-ssl https://www.googleapis.com/auth/youtube.readonly',
      access_type: 'offline', prompt: 'consent', include_granted_scopes: 'true', state: 's1', code_challenge: pkce.challenge, code_challenge_method: 'S256',
    });
    fake.decideNext(ann.id);
    const back = new URL((await fetch(url, { redirect: 'manual' })).headers.get('location') ?? '');
    assert.equal(back.searchParams.get('state'), 's1');
    const code = back.searchParams.get('code') ?? '';
    await assert.rejects(provider.exchangeCode({ code, redirectUri, codeVerifier: 'wrong-verifier' }), isNetworkError('auth', /invalid_grant/));
    const grant = await provider.exchangeCode({ code, redirectUri, codeVerifier: pkce.verifier });
    assert.ok(grant.refreshToken && grant.expiresAt && grant.expiresAt.getTime() > Date.now() + 3500_000);
    await assert.rejects(provider.exchangeCode({ code, redirectUri, codeVerifier: pkce.verifier }), isNetworkError('auth', /Bad Request/));
    const [choice] = await provider.listAccounts(grant);
    assert.deepEqual([choice?.externalId, choice?.label, choice?.connectInput['accountId']], [ann.id, 'Ann (YouTube channel)', ann.id]);
    assert.equal((await make().connect(choice?.connectInput ?? {})).externalId, ann.id);
    const denied = new URL((await fetch(provider.authorizeUrl({ state: 's2', redirectUri }), { redirect: 'manual' })).headers.get('location') ?? '');
    assert.equal(denied.searchParams.get('error'), 'access_denied');
    fake.autoApprove(ben.id);
    const auto = new URL((await fetch(provider.authorizeUrl({ state: 's3', redirectUri }), { redirect: 'manual' })).headers.get('location') ?? '');
    fake.autoApprove(null);
    const benGrant = await provider.exchangeCode({ code: auto.searchParams.get('code') ?? '', redirectUri });
    assert.equal((await provider.listAccounts(benGrant))[0]?.externalId, ben.id);
  });

  test('metrics from videos.list statistics; deleted videos left out', async () => {
    const ref = await make().publish(ctx(), { text: 'm', media: [file('video/mp4', 1000)], options: { title: 'Metrics' } }, 'm1');
    const v = fake.videos.get(ref.externalId);
    if (v) v.stats = { views: 1234, likes: 56, comments: 7 };
    const [m, ...rest] = await make().fetchMetrics(ctx(), [ref.externalId, 'gonegonegon']);
    assert.deepEqual(rest, []);
    assert.deepEqual({ ...m, fetchedAt: null }, { externalId: ref.externalId, likes: 56, reposts: 0, replies: 7, quotes: null, views: 1234, fetchedAt: null });
    assert.match(fake.requests.at(-1)?.path ?? '', /part=statistics/);
  });

  test('engagement, reply, hide, delete: comments on our videos since a date, ours left out', async () => {
    const ref = await make().publish(ctx(), { text: 'e', media: [file('video/mp4', 1000)], options: { title: 'Talk' } }, 'e1');
    const old = fake.comment(ref.externalId, ben.id, 'Old one', { at: new Date(Date.now() - 86_400_000) });
    const top = fake.comment(ref.externalId, ben.id, 'Great video!');
    const answer = fake.comment(ref.externalId, ben.id, 'Replying to myself', { parentId: top.id });
    fake.comment(ref.externalId, ann.id, 'Thanks all');
    const items = await make().fetchEngagement(ctx(), new Date(Date.now() - 3600_000));
    assert.deepEqual(items.map((i) => [i.externalId, i.text, i.inReplyTo, i.author.externalId]).sort(), [[top.id, 'Great video!', ref.externalId, ben.id], [answer.id, 'Replying to myself', ref.externalId, ben.id]].sort());
    assert.ok(!items.some((i) => i.externalId === old.id));
    assert.match(items[0]?.url ?? '', /watch\?v=.*&lc=/);
    // A reply to a reply goes to the top-level comment; a reply to the video is a new thread. Same key, one comment.
    const c = make();
    const r1 = await c.reply(ctx(), answer.id, { text: 'Thank you', media: [] }, 'r1');
    assert.equal(fake.comments.get(r1.externalId)?.parentId, top.id);
    assert.deepEqual(await c.reply(ctx(), answer.id, { text: 'Thank you', media: [] }, 'r1'), r1);
    const r2 = await c.reply(ctx(), ref.externalId, { text: 'Pinned note', media: [] }, 'r2');
    assert.deepEqual([fake.comments.get(r2.externalId)?.parentId, fake.comments.get(r2.externalId)?.videoId], [null, ref.externalId]);
    await c.hideEngagement?.(ctx(), top.id, true);
    assert.equal(fake.comments.get(top.id)?.moderationStatus, 'heldForReview');
    await c.hideEngagement?.(ctx(), top.id, false);
    assert.equal(fake.comments.get(top.id)?.moderationStatus, 'published');
    await c.deleteEngagement?.(ctx(), r2.externalId);
    assert.equal(fake.comments.has(r2.externalId), false);
    // Someone else's comment: comments.delete is 403 for the owner, so it is rejected from the video instead.
    await c.deleteEngagement?.(ctx(), top.id);
    assert.equal(fake.comments.get(top.id)?.moderationStatus, 'rejected');
    await assert.rejects(c.deleteEngagement?.(ctx(), 'Ugnothere') ?? Promise.resolve(), isNetworkError('not_found'));
  });

  test('delete a video; twice is not_found', async () => {
    const ref = await make().publish(ctx(), { text: 'd', media: [file('video/mp4', 1000)], options: { title: 'Delete me' } }, 'd1');
    await make().delete(ctx(), ref.externalId);
    assert.equal(fake.videos.has(ref.externalId), false);
    await assert.rejects(make().delete(ctx(), ref.externalId), isNetworkError('not_found'));
  });

  test('findPublished after a crash: from the saved video id, from the uploads playlist without a store, null if never made', async () => {
    const content = { text: 'Crash test', media: [file('video/mp4', 1000)], options: { title: 'Crash test' } };
    const ref = await make().publish(ctx(), content, 'f1');
    assert.deepEqual(await make().findPublished(ctx(), 'f1', content), ref);
    const forgetful = make({ sessions: memorySessionStore() });
    assert.deepEqual(await forgetful.findPublished(ctx({ accessToken: ann.token, uploadsPlaylistId: ann.id.replace(/^UC/, 'UU') }), 'f1', content), ref);
    assert.equal(await forgetful.findPublished(ctx(), 'never', { ...content, options: { title: 'Never made' } }), null);
  });
});
