/**
 * Contract tests of the TikTok connector against the strict fake TikTok API v2 (real HTTP on 127.0.0.1).
 * Run: node scripts/test.mjs test/fakes/tiktok
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NetworkError, type Credentials, type MediaForNetwork } from '../../../src/networks/connector.js';
import { channelContext, isNetworkError } from '../contract.js';
import { createTikTokConnector, createTikTokOAuthProvider, memoryTikTokSessions, type TikTokSessionStore } from '../../../src/networks/tiktok/index.js';
import { useFake } from '../fixtures.js';
import { startFakeTikTok, type FakeTikTok } from './server.js';

const MIB = 1024 * 1024;
const redirectUri = 'https://chorus.example/oauth/tiktok/callback';
let fake: FakeTikTok;
let sleeps: number[] = [];
let ann: { id: string; token: string };
let store: TikTokSessionStore;

const make = (extra: Parameters<typeof createTikTokConnector>[0] = {}) =>
  createTikTokConnector({
    apiUrl: fake.baseUrl,
    clientId: fake.app.clientKey,
    clientSecret: fake.app.clientSecret,
    sessions: store,
    publish: { chunkBytes: 5 * MIB, sleep: async (ms) => void sleeps.push(ms), firstPollDelayMs: 1000 },
    ...extra,
  });

const ctx = (credentials: Credentials = { accessToken: ann.token, username: 'ann' }, saved: Credentials[] = []) => channelContext(ann.id, credentials, saved);

const videos = new Map<number, Buffer>();
function video(sizeBytes: number, extra: Partial<MediaForNetwork> = {}): MediaForNetwork {
  let bytes = videos.get(sizeBytes);
  if (!bytes) {
    bytes = Buffer.alloc(sizeBytes);
    for (let i = 0; i < sizeBytes; i += 997) bytes[i] = i % 251;
    videos.set(sizeBytes, bytes);
  }
  const data = bytes;
  return { id: 'v', mimeType: 'video/mp4', sizeBytes, width: 1080, height: 1920, durationSeconds: 30, altText: '', read: async () => data, url: 'https://media.chorus.example/v.mp4?sig=abc', ...extra };
}
const photo = (i: number, host = 'https://media.chorus.example/'): MediaForNetwork => ({
  id: `p${i}`, mimeType: 'image/jpeg', sizeBytes: 1000, width: 1080, height: 1080, altText: '', read: async () => Buffer.alloc(0), url: `${host}p${i}.jpg?sig=x`,
});

const calls = (path: string) => fake.requests.filter((r) => r.path.startsWith(path));
const options = (extra: Record<string, unknown> = {}) => ({ privacyLevel: 'PUBLIC_TO_EVERYONE', ...extra });

describe('TikTok connector against the documented API (fake)', () => {
  useFake(
    async () => (fake = await startFakeTikTok({ processingPolls: 2 })),
    () => {
      ann = fake.addCreator('ann');
      sleeps = [];
      store = memoryTikTokSessions();
      fake.app.audited = true;
      fake.failProcessing(null);
    },
  );

  test('the fake is strict: token, field scopes, chunk rules, 6 inits a minute', async () => {
    const get = (token: string, fields: string) => fetch(`${fake.baseUrl}/v2/user/info/?fields=${fields}`, { headers: { authorization: `Bearer ${token}` } });
    const noToken = await get('nope', 'open_id');
    assert.equal(noToken.status, 401);
    assert.equal(((await noToken.json()) as { error: { code: string } }).error.code, 'access_token_invalid');
    const basic = fake.addCreator('basic', { scopes: ['user.info.basic', 'video.publish'] });
    assert.equal(((await (await get(basic.token, 'open_id,username')).json()) as { error: { code: string } }).error.code, 'scope_not_authorized');
    const init = (source: Record<string, unknown>) =>
      fetch(`${fake.baseUrl}/v2/post/publish/video/init/`, {
        method: 'POST',
        headers: { authorization: `Bearer ${basic.token}`, 'content-type': 'application/json; charset=UTF-8' },
        body: JSON.stringify({ post_info: { title: 't', privacy_level: 'SELF_ONLY' }, source_info: { source: 'FILE_UPLOAD', ...source } }),
      });
    assert.equal((await init({ video_size: 20 * MIB, chunk_size: 4 * MIB, total_chunk_count: 5 })).status, 400);
    assert.equal((await init({ video_size: 20 * MIB + 5, chunk_size: 5 * MIB, total_chunk_count: 5 })).status, 400);
    for (let i = 0; i < 4; i++) assert.equal((await init({ video_size: 1000, chunk_size: 1000, total_chunk_count: 1 })).status, 200);
    const limited = await init({ video_size: 1000, chunk_size: 1000, total_chunk_count: 1 });
    assert.deepEqual([limited.status, ((await limited.json()) as { error: { code: string } }).error.code], [429, 'rate_limit_exceeded']);
  });

  test('connect reads user info; a bad token is auth; another account is refused', async () => {
    const account = await make().connect({ accessToken: ann.token, refreshToken: 'r', expiresAt: '2030-01-01T00:00:00Z', refreshExpiresAt: '2031-01-01T00:00:00.000Z', accountId: ann.id });
    assert.deepEqual(
      { id: account.externalId, handle: account.handle, name: account.displayName, creds: account.credentials },
      { id: ann.id, handle: '@ann', name: 'Ann', creds: { accessToken: ann.token, refreshToken: 'r', refreshExpiresAt: '2031-01-01T00:00:00.000Z', expiresAt: '2030-01-01T00:00:00.000Z', username: 'ann' } },
    );
    assert.match(fake.requests.at(-1)?.path ?? '', /fields=open_id%2Cunion_id%2Cavatar_url%2Cdisplay_name%2Cusername/);
    await assert.rejects(make().connect({ accessToken: 'act.wrong' }), isNetworkError('auth', /did not accept/));
    await assert.rejects(make().connect({ accessToken: ann.token, accountId: 'someone-else' }), isNetworkError('rejected'));
  });

  test('publish a video: creator info first, init with the chunk plan, chunks in order, status polled to the post', async () => {
    const size = 11 * MIB + 123;
    const ref = await make().publish(ctx(), { text: 'Hello #tiktok', media: [video(size)], options: options({ disableDuet: true }) }, 'k1');
    const init = calls('/v2/post/publish/video/init/').at(-1)?.body;
    assert.deepEqual(init, {
      post_info: { title: 'Hello #tiktok', privacy_level: 'PUBLIC_TO_EVERYONE', disable_comment: false, disable_duet: true, disable_stitch: false },
      source_info: { source: 'FILE_UPLOAD', video_size: size, chunk_size: 5 * MIB, total_chunk_count: 2 },
    });
    const paths = fake.requests.map((r) => r.path);
    const creatorIndex = paths.lastIndexOf('/v2/post/publish/creator_info/query/');
    const initIndex = paths.lastIndexOf('/v2/post/publish/video/init/');
    assert.ok(creatorIndex >= 0 && creatorIndex < initIndex);
    assert.deepEqual(calls('/upload/').slice(-2).map((r) => [r.headers['content-range'], r.headers['content-type'], r.headers.authorization]), [
      [`bytes 0-${5 * MIB - 1}/${size}`, 'video/mp4', undefined],
      [`bytes ${5 * MIB}-${size - 1}/${size}`, 'video/mp4', undefined],
    ]);
    const post = [...fake.posts.values()].find((p) => p.postId === ref.externalId);
    assert.ok(post && Buffer.concat(post.received).equals(await video(size).read()));
    assert.deepEqual(ref, { externalId: post.postId, url: `https://www.tiktok.com/@ann/video/${post.postId}` });
    assert.deepEqual(sleeps, [1000, 1500]);
  });

  test('a private (SELF_ONLY) post has no post id: the ref is the publish id and the profile', async () => {
    const ref = await make().publish(ctx(), { text: 'Just me', media: [video(1000)], options: { privacyLevel: 'SELF_ONLY' } }, 'k2');
    assert.match(ref.externalId, /^v_pub_file~/);
    assert.equal(ref.url, 'https://www.tiktok.com/@ann');
  });

  test('an interrupted chunk is sent again alone, the upload is not restarted', async () => {
    const size = 11 * MIB;
    fake.interruptChunk(1);
    await make().publish(ctx(), { text: 'Bumpy', media: [video(size)], options: options() }, 'k3');
    assert.deepEqual(calls('/upload/').slice(-3).map((r) => r.headers['content-range']), [`bytes 0-${5 * MIB - 1}/${size}`, `bytes ${5 * MIB}-${size - 1}/${size}`, `bytes ${5 * MIB}-${size - 1}/${size}`]);
    assert.equal(sleeps[0], 1000);
  });

  test('after a crash mid-upload, the next attempt asks uploaded_bytes and sends only the rest (one init)', async () => {
    const size = 16 * MIB;
    const content = { text: 'Crash', media: [video(size)], options: options() };
    fake.interruptChunk(1);
    await assert.rejects(make({ publish: { chunkBytes: 5 * MIB, maxChunkRetries: 1, sleep: async () => {} } }).publish(ctx(), content, 'k4'), isNetworkError('transient', /resume it later/));
    const inits = calls('/v2/post/publish/video/init/').length;
    const uploads = calls('/upload/').length;
    const ref = await make().publish(ctx(), content, 'k4');
    assert.equal(calls('/v2/post/publish/video/init/').length, inits, 'no second post');
    assert.deepEqual(calls('/upload/').slice(uploads).map((r) => r.headers['content-range']), [`bytes ${5 * MIB}-${10 * MIB - 1}/${size}`, `bytes ${10 * MIB}-${size - 1}/${size}`]);
    assert.deepEqual(await make().findPublished(ctx(), 'k4', content), ref);
  });

  test('PULL_FROM_URL: a verified media URL is fetched by TikTok; an unverified domain is explained', async () => {
    const pull = make({ publish: { videoSource: 'PULL_FROM_URL', sleep: async () => {} } });
    await pull.publish(ctx(), { text: 'Pulled', media: [video(1000)], options: options() }, 'k5');
    assert.deepEqual(calls('/v2/post/publish/video/init/').at(-1)?.body, {
      post_info: { title: 'Pulled', privacy_level: 'PUBLIC_TO_EVERYONE', disable_comment: false, disable_duet: false, disable_stitch: false },
      source_info: { source: 'PULL_FROM_URL', video_url: 'https://media.chorus.example/v.mp4?sig=abc' },
    });
    const elsewhere = video(1000, { url: 'https://cdn.elsewhere.example/v.mp4' });
    await assert.rejects(pull.publish(ctx(), { text: 'x', media: [elsewhere], options: options() }, 'k6'), isNetworkError('rejected', /verified in the TikTok developer portal/));
  });

  test('a photo post goes through content/init with the photo URLs, title and description', async () => {
    const ref = await make().publish(ctx(), { text: 'Three views', media: [photo(1), photo(2), photo(3)], options: options({ title: 'Gallery' }) }, 'k7');
    assert.deepEqual(calls('/v2/post/publish/content/init/').at(-1)?.body, {
      post_info: { title: 'Gallery', description: 'Three views', privacy_level: 'PUBLIC_TO_EVERYONE', disable_comment: false, auto_add_music: true },
      source_info: { source: 'PULL_FROM_URL', photo_cover_index: 0, photo_images: [1, 2, 3].map((i) => `https://media.chorus.example/p${i}.jpg?sig=x`) },
      post_mode: 'DIRECT_POST',
      media_type: 'PHOTO',
    });
    assert.match(ref.url, /\/video\/\d+$/);
  });

  test('an unaudited app can only post privately: TikTok\'s refusal says what to do', async () => {
    fake.app.audited = false;
    await assert.rejects(make().publish(ctx(), { text: 'x', media: [video(1000)], options: options() }, 'k8'), isNetworkError('rejected', /not yet audited by TikTok.*"Only me"/));
    const ref = await make().publish(ctx(), { text: 'x', media: [video(1000)], options: { privacyLevel: 'SELF_ONLY' } }, 'k9');
    assert.match(ref.externalId, /^v_pub_/);
  });

  test('the creator\'s settings are checked before anything is posted', async () => {
    const cara = fake.addCreator('cara', { privacyLevelOptions: ['FOLLOWER_OF_CREATOR', 'SELF_ONLY'], commentDisabled: true, maxVideoPostDurationSec: 60 });
    const c = { ...ctx({ accessToken: cara.token, username: 'cara' }), externalId: cara.id };
    assert.deepEqual(await make().creatorInfo(c), { privacyLevelOptions: ['FOLLOWER_OF_CREATOR', 'SELF_ONLY'], commentDisabled: true, duetDisabled: false, stitchDisabled: false, maxVideoPostDurationSec: 60, username: 'cara', nickname: 'Cara' });
    const inits = calls('/v2/post/publish/video/init/').length;
    await assert.rejects(make().publish(c, { text: 'x', media: [video(1000, { durationSeconds: 90 })], options: options() }, 'k10'), (e) => {
      isNetworkError('rejected')(e);
      const message = (e as Error).message;
      return /offers these audiences: FOLLOWER_OF_CREATOR, SELF_ONLY/.test(message) && /turned off comments/.test(message) && /up to 60 seconds/.test(message);
    });
    assert.equal(calls('/v2/post/publish/video/init/').length, inits);
  });

  test('processing that fails is rejected with the reason in words; still processing is transient, then resumed', async () => {
    fake.failProcessing('frame_rate_check_failed');
    await assert.rejects(make().publish(ctx(), { text: 'x', media: [video(1000)], options: options() }, 'k11'), isNetworkError('rejected', /frame rate is outside 23–60/));
    fake.failProcessing(null);
    const impatient = make({ publish: { maxPolls: 2, sleep: async () => {} } });
    await assert.rejects(impatient.publish(ctx(), { text: 'slow', media: [video(1000)], options: options() }, 'k12'), isNetworkError('transient', /still processing/));
    const inits = calls('/v2/post/publish/video/init/').length;
    const ref = await impatient.publish(ctx(), { text: 'slow', media: [video(1000)], options: options() }, 'k12');
    assert.equal(calls('/v2/post/publish/video/init/').length, inits);
    assert.match(ref.externalId, /^\d+$/);
  });

  test('errors: rate_limit_exceeded and the daily cap are rate_limited, 5xx transient, an expired token auth', async () => {
    fake.failNext('POST', /status\/fetch/, { status: 429, body: { data: {}, error: { code: 'rate_limit_exceeded', message: 'slow down', log_id: 'L1' } } });
    await assert.rejects(make().publish(ctx(), { text: 'r', media: [video(1000)], options: options() }, 'k13'), (e) => isNetworkError('rate_limited')(e) && (e as NetworkError).details.retryAfterMs === 60_000);
    const capped = fake.addCreator('capped', { dailyPostCap: 0 });
    await assert.rejects(make().publish({ ...ctx({ accessToken: capped.token }), externalId: capped.id }, { text: 'x', media: [video(1000)], options: options() }, 'k14'), (e) => isNetworkError('rate_limited', /posts TikTok accepts from apps in a day/)(e) && (e as NetworkError).details.retryAfterMs === 3600_000);
    fake.failNext('POST', /creator_info/, { status: 500, body: { data: {}, error: { code: 'internal_error', message: 'oops', log_id: 'L2' } } });
    await assert.rejects(make().creatorInfo(ctx()), isNetworkError('transient', /L2/));
    fake.expire(ann.token);
    await assert.rejects(make().creatorInfo(ctx()), isNetworkError('auth', /Reconnect/));
  });

  test('tokens near expiry are refreshed (new refresh token and its expiry saved); a refused refresh is auth', async () => {
    const grant = fake.grant(ann.id);
    const saved: Credentials[] = [];
    const soon = new Date(Date.now() + 60_000).toISOString();
    const next = await make().refreshCredentials(ctx({ accessToken: grant.access_token, refreshToken: grant.refresh_token, expiresAt: soon }, saved));
    assert.ok(next && next['accessToken'] !== grant.access_token && next['refreshToken'] !== grant.refresh_token);
    assert.ok(Date.parse(next['expiresAt'] ?? '') > Date.now() + 86_000_000);
    assert.ok(Date.parse(next['refreshExpiresAt'] ?? '') > Date.now() + 364 * 86_400_000);
    assert.deepEqual(saved, [next]);
    await assert.rejects(make().refreshCredentials(ctx({ accessToken: 'a', refreshToken: grant.refresh_token, expiresAt: soon })), isNetworkError('auth', /invalid_grant/));
    assert.equal(await make().refreshCredentials(ctx({ accessToken: 'a', expiresAt: '2099-01-01T00:00:00Z' })), null);
    // Already expired: renewed before the call, and the call goes out with the new token.
    const other = fake.grant(ann.id);
    const expiredSaved: Credentials[] = [];
    const info = await make().creatorInfo(ctx({ accessToken: 'act.old', refreshToken: other.refresh_token, expiresAt: new Date(Date.now() - 1000).toISOString() }, expiredSaved));
    assert.equal(info.username, 'ann');
    assert.equal(fake.requests.at(-1)?.headers.authorization, `Bearer ${expiredSaved[0]?.['accessToken']}`);
  });

  test('OAuth: client_key and comma scopes, exchange, bad code, denied, auto-approve, listAccounts', async () => {
    const provider = createTikTokOAuthProvider({ clientId: fake.app.clientKey, clientSecret: fake.app.clientSecret, apiUrl: fake.baseUrl, authorizeUrl: `${fake.baseUrl}/v2/auth/authorize/` });
    const url = new URL(provider.authorizeUrl({ state: 's1', redirectUri }));
    assert.deepEqual(Object.fromEntries(url.searchParams), { client_key: 'awchorus', scope: 'user.info.basic,user.info.profile,user.info.stats,video.publish,video.upload,video.list', response_type: 'code', redirect_uri: redirectUri, state: 's1' });
    fake.decideNext(ann.id);
    const back = new URL((await fetch(url, { redirect: 'manual' })).headers.get('location') ?? '');
    const code = back.searchParams.get('code') ?? '';
    await assert.rejects(provider.exchangeCode({ code: 'wrong', redirectUri }), isNetworkError('auth', /invalid_grant/));
    const grant = await provider.exchangeCode({ code, redirectUri });
    assert.equal(grant.userId, ann.id);
    const [choice] = await provider.listAccounts(grant);
    assert.deepEqual([choice?.externalId, choice?.label], [ann.id, 'Ann (@ann on TikTok)']);
    assert.equal((await make().connect(choice?.connectInput ?? {})).handle, '@ann');
    const denied = new URL((await fetch(provider.authorizeUrl({ state: 's2', redirectUri }), { redirect: 'manual' })).headers.get('location') ?? '');
    assert.deepEqual([denied.searchParams.get('error'), denied.searchParams.get('state')], ['access_denied', 's2']);
    fake.autoApprove(ann.id);
    const auto = new URL((await fetch(provider.authorizeUrl({ state: 's3', redirectUri }), { redirect: 'manual' })).headers.get('location') ?? '');
    fake.autoApprove(null);
    assert.ok(auto.searchParams.get('code'));
  });

  test('metrics from video/query; publish ids of private posts are skipped', async () => {
    const ref = await make().publish(ctx(), { text: 'counted', media: [video(1000)], options: options() }, 'm1');
    const post = [...fake.posts.values()].find((p) => p.postId === ref.externalId);
    if (post) post.metrics = { views: 900, likes: 80, comments: 7, shares: 6 };
    const [m, ...rest] = await make().fetchMetrics(ctx(), [ref.externalId, 'v_pub_file~v2-1.abc']);
    assert.deepEqual(rest, []);
    assert.deepEqual({ ...m, fetchedAt: null }, { externalId: ref.externalId, likes: 80, reposts: 6, replies: 7, quotes: null, views: 900, fetchedAt: null });
    assert.deepEqual(calls('/v2/video/query/').at(-1)?.body, { filters: { video_ids: [ref.externalId] } });
  });

  test('no comments and no delete in TikTok\'s API: said plainly', async () => {
    assert.deepEqual(await make().fetchEngagement(ctx(), null), []);
    await assert.rejects(make().reply(ctx(), '123', { text: 'hi', media: [] }, 'r1'), isNetworkError('rejected', /TikTok's API has no comments: answer them in the TikTok app/));
    await assert.rejects(make().delete(ctx(), '123'), isNetworkError('rejected', /delete it in the TikTok app/));
  });

  test('findPublished after a crash: from the saved post, from the latest videos without it, null if never made', async () => {
    const content = { text: 'Find me', media: [video(1000)], options: options() };
    const ref = await make().publish(ctx(), content, 'f1');
    assert.deepEqual(await make().findPublished(ctx(), 'f1', content), ref);
    assert.deepEqual(await make({ sessions: memoryTikTokSessions() }).findPublished(ctx(), 'f1', content), ref);
    assert.equal(await make({ sessions: memoryTikTokSessions() }).findPublished(ctx(), 'f2', { ...content, text: 'Never posted' }), null);
  });
});
