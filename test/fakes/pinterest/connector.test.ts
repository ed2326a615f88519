/**
 * Contract tests of the Pinterest connector against the strict fake Pinterest API v5 (real HTTP on 127.0.0.1).
 * Run: node scripts/test.mjs test/fakes/pinterest
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NetworkError, type Credentials, type MediaForNetwork } from '../../../src/networks/connector.js';
import { assertFindsPublished, channelContext, chorusApp, isNetworkError, rawCall } from '../contract.js';
import { createPinterestBoard, createPinterestConnector, createPinterestOAuthProvider, listPinterestBoards, PINTEREST_SCOPES } from '../../../src/networks/pinterest/index.js';
import type { MultipartSummary } from './multipart.js';
import { useFake } from '../fixtures.js';
import { startFakePinterest, type FakePinterest } from './server.js';

// The fake's upload bucket is another local origin, where Pinterest's is a public S3 bucket: connections to
// private addresses are allowed here as in a private deployment (src/networks/safe-fetch.ts).
process.env.CHORUS_ALLOW_PRIVATE_NETWORKS = '1';

const { app, redirectUri } = chorusApp('pinterest', 'chorus-app', 'chorus-secret');
let fake: FakePinterest;
let sleeps: number[] = [];
let connector: ReturnType<typeof createPinterestConnector>;
let ann: { id: string; token: string; boardId: string };

const ctx = (credentials: Credentials = { accessToken: ann.token, username: 'ann' }, saved: Credentials[] = []) => channelContext(ann.id, credentials, saved);

function file(mimeType: string, name = 'a', extra: Partial<MediaForNetwork> = {}): MediaForNetwork {
  const bytes = Buffer.alloc(2048, 3);
  return { id: name, mimeType, sizeBytes: bytes.length, width: 1000, height: 1500, altText: '', read: async () => bytes, url: `https://media.chorus.example/${name}?sig=1`, ...extra };
}


const raw = (method: string, path: string, token: string | null, body?: unknown) => rawCall(fake.baseUrl, method, path, token, body);

const sent = (path: RegExp, method = 'POST') => fake.requests.filter((r) => r.method === method && path.test(r.path));
const pinOptions = () => ({ boardId: ann.boardId, title: 'Lemon tart', link: 'https://bakery.example/tart' });

describe('Pinterest connector against the documented API (fake)', () => {
  useFake(
    async () => {
      fake = await startFakePinterest({ videoProcessingPolls: 2 });
      fake.addApp(app);
      connector = createPinterestConnector({ apiUrl: fake.baseUrl, clientId: app.clientId, clientSecret: app.clientSecret, video: { sleep: async (ms) => void sleeps.push(ms) } });
      return fake;
    },
    () => {
      ann = fake.addUser('ann');
      sleeps = [];
    },
  );

  test('the fake is strict: no token, missing scope, text-only Pin, long title, bad page size, token without Basic', async () => {
    assert.deepEqual(await raw('GET', '/v5/user_account', null), { status: 401, body: { code: 2, message: 'Authentication failed.' } });
    const reader = fake.addUser('reader', { scopes: ['pins:read', 'boards:read'] });
    assert.equal((await raw('POST', '/v5/pins', reader.token, { board_id: reader.boardId })).status, 403);
    assert.deepEqual((await raw('POST', '/v5/pins', ann.token, { board_id: ann.boardId, description: 'words only' })).body, {
      code: 1,
      message: 'media_source is required: Pins are created from an image or a video.',
    });
    const image = { source_type: 'image_url', url: 'https://example.org/a.jpg' };
    assert.equal((await raw('POST', '/v5/pins', ann.token, { board_id: ann.boardId, title: 't'.repeat(101), media_source: image })).status, 400);
    assert.equal((await raw('POST', '/v5/pins', ann.token, { board_id: ann.boardId, link: 'ftp://x', media_source: image })).status, 400);
    assert.equal((await raw('GET', '/v5/boards?page_size=500', ann.token)).status, 400);
    const noBasic = await fetch(`${fake.baseUrl}/v5/oauth/token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: 'x' }) });
    assert.equal(noBasic.status, 401);
    // The upload bucket refuses a bearer token and a changed policy field.
    const form = new FormData();
    form.append('key', 'uploads/none.mp4');
    form.append('file', new Blob(['x']));
    assert.equal((await fetch(`${fake.bucketUrl}/upload-bucket/`, { method: 'POST', body: form, headers: { authorization: 'Bearer x' } })).status, 400);
  });

  test('connect reads /v5/user_account; a wrong token is auth; a token of another account is refused', async () => {
    const account = await connector.connect({ accessToken: ann.token, refreshToken: 'r', expiresAt: '2030-01-01T00:00:00Z', accountId: ann.id, boardId: ann.boardId });
    assert.deepEqual(
      { id: account.externalId, handle: account.handle, name: account.displayName, creds: account.credentials },
      { id: ann.id, handle: '@ann', name: 'Ann', creds: { accessToken: ann.token, username: 'ann', refreshToken: 'r', expiresAt: '2030-01-01T00:00:00.000Z', defaultBoardId: ann.boardId } },
    );
    assert.match(account.avatarUrl ?? '', /pinimg/);
    await assert.rejects(connector.connect({ accessToken: 'wrong' }), isNetworkError('auth', /did not accept/));
    await assert.rejects(connector.connect({ accessToken: ann.token, accountId: '1' }), isNetworkError('rejected', /belongs to @ann/));
  });

  test('an image Pin: board, title, description, link, alt text and colour; the signed media URL is the image', async () => {
    const ref = await connector.publish(ctx(), { text: 'Crisp and tangy', media: [file('image/jpeg', 'tart', { altText: 'A lemon tart' })], options: { ...pinOptions(), dominantColor: '#F5D547' } }, 'k1');
    assert.deepEqual(ref, { externalId: ref.externalId, url: `https://www.pinterest.com/pin/${ref.externalId}/` });
    const pin = fake.pins.get(ref.externalId);
    assert.deepEqual(
      { board: pin?.boardId, title: pin?.title, description: pin?.description, link: pin?.link, alt: pin?.altText, color: pin?.dominantColor, source: pin?.mediaSource },
      { board: ann.boardId, title: 'Lemon tart', description: 'Crisp and tangy', link: 'https://bakery.example/tart', alt: 'A lemon tart', color: '#F5D547', source: { source_type: 'image_url', url: 'https://media.chorus.example/tart?sig=1' } },
    );
    // The board saved at connect time is used when the publication carries no options.
    const fallback = await connector.publish(ctx({ accessToken: ann.token, defaultBoardId: ann.boardId }), { text: 'Plain', media: [file('image/png')] }, 'k2');
    assert.equal(fake.pins.get(fallback.externalId)?.boardId, ann.boardId);
    await assert.rejects(connector.publish(ctx(), { text: 'No board', media: [file('image/png')] }, 'k3'), isNetworkError('rejected', /Choose the Pinterest board/));
  });

  test('a carousel of images and a video with its cover, polled while Pinterest processes it', async () => {
    const carousel = await connector.publish(ctx(), { text: 'Steps', media: [file('image/jpeg', 'one'), file('image/png', 'two'), file('image/jpeg', 'three')], options: pinOptions() }, 'c');
    assert.deepEqual(fake.pins.get(carousel.externalId)?.mediaSource, {
      source_type: 'multiple_image_urls',
      items: ['one', 'two', 'three'].map((n) => ({ url: `https://media.chorus.example/${n}?sig=1` })),
    });

    const video = await connector.publish(ctx(), { text: 'Watch', media: [file('video/mp4', 'clip', { durationSeconds: 30 }), file('image/jpeg', 'cover')], options: pinOptions() }, 'v');
    const source = fake.pins.get(video.externalId)?.mediaSource ?? {};
    assert.equal(source['source_type'], 'video_id');
    assert.equal(source['cover_image_url'], 'https://media.chorus.example/cover?sig=1');
    assert.equal(fake.media.get(String(source['media_id']))?.uploadedBytes, 2048);
    // registered → processing, processing → succeeded: two waits, the second longer (no fixed sleep).
    assert.deepEqual(sleeps, [2000, 4000]);
    const upload = sent(/^\/upload-bucket\/$/).at(-1);
    assert.equal(upload?.headers.authorization, undefined);
    assert.deepEqual((upload?.body as MultipartSummary).fields.get('x-amz-algorithm'), 'AWS4-HMAC-SHA256');

    const noCover = await connector.publish(ctx(), { text: 'First frame', media: [file('video/mp4', 'clip2')], options: pinOptions() }, 'v2');
    assert.equal(fake.pins.get(noCover.externalId)?.mediaSource['cover_image_key_frame_time'], 0);
  });

  test('a video Pinterest cannot process is rejected; one still processing past the deadline is transient', async () => {
    const failing = await startFakePinterest({ failProcessing: true, videoProcessingPolls: 1 });
    try {
      const user = failing.addUser('cat');
      const p = createPinterestConnector({ apiUrl: failing.baseUrl, video: { sleep: async () => {} } });
      const c = { ...ctx({ accessToken: user.token }), externalId: user.id };
      await assert.rejects(p.publish(c, { text: 'v', media: [file('video/mp4')], options: { boardId: user.boardId } }, 'v'), isNetworkError('rejected', /could not process the video/));
      const slow = createPinterestConnector({ apiUrl: failing.baseUrl, video: { sleep: async () => {}, maxProcessingMs: 1 } });
      await assert.rejects(slow.publish(c, { text: 'v', media: [file('video/mp4')], options: { boardId: user.boardId } }, 'v'), isNetworkError('transient', /still processing/));
    } finally {
      await failing.stop();
    }
  });

  test("rejections carry Pinterest's message: another person's board, an unknown board, a text the API refuses", async () => {
    const ben = fake.addUser('ben');
    await assert.rejects(connector.publish(ctx(), { text: 'x', media: [file('image/png')], options: { boardId: ben.boardId } }, 'b'), isNetworkError('rejected', /^Pinterest refused: You are not permitted/));
    await assert.rejects(connector.publish(ctx(), { text: 'x', media: [file('image/png')], options: { boardId: '1' } }, 'b'), isNetworkError('not_found', /Board not found/));
    // The validator catches this first; if it gets through, Pinterest's own words reach the person.
    await assert.rejects(connector.publish(ctx(), { text: 'd'.repeat(501), media: [file('image/png')], options: pinOptions() }, 'long'), isNetworkError('rejected', /description must be at most 500/));
    await assert.rejects(connector.publish(ctx(), { text: 'x', media: [], options: pinOptions() }, 'none'), isNetworkError('rejected', /needs an image or a video/));
  });

  test('429 with X-RateLimit headers, or Retry-After, is rate_limited with the wait Pinterest gives', async () => {
    const limited = await startFakePinterest({ writeLimit: 1 });
    const withRetry = await startFakePinterest({ writeLimit: 1, retryAfter: true });
    try {
      for (const [server, check] of [[limited, (ms: number) => ms > 55_000 && ms <= 60_000], [withRetry, (ms: number) => ms > 55_000 && ms <= 60_000]] as const) {
        const user = server.addUser('busy');
        const p = createPinterestConnector({ apiUrl: server.baseUrl });
        const c = { ...ctx({ accessToken: user.token }), externalId: user.id };
        await p.publish(c, { text: 'one', media: [file('image/png')], options: { boardId: user.boardId } }, 'a');
        await assert.rejects(p.publish(c, { text: 'two', media: [file('image/png')], options: { boardId: user.boardId } }, 'b'), (e: unknown) => {
          assert.ok(e instanceof NetworkError && e.kind === 'rate_limited', String(e));
          assert.ok(check(e.details.retryAfterMs ?? 0), String(e.details.retryAfterMs));
          return true;
        });
      }
    } finally {
      await limited.stop();
      await withRetry.stop();
    }
  });

  test('a revoked token is auth; a 503 is transient', async () => {
    await assert.rejects(connector.publish(ctx({ accessToken: 'revoked' }), { text: 'x', media: [file('image/png')], options: pinOptions() }, 'k'), isNetworkError('auth', /Reconnect/));
    fake.failNext('POST', /^\/v5\/pins$/, { status: 503, body: { code: 503, message: 'Service unavailable' } });
    await assert.rejects(connector.publish(ctx(), { text: 'later', media: [file('image/png')], options: pinOptions() }, 'k'), isNetworkError('transient', /HTTP 503/));
  });

  test('continuous refresh near expiry rotates the refresh token; an expired token is renewed before a call', async () => {
    const grant = fake.grant(ann.id, app.clientId);
    const saved: Credentials[] = [];
    const soon = { accessToken: grant.access_token, refreshToken: grant.refresh_token, expiresAt: new Date(Date.now() + 5 * 60_000).toISOString() };
    assert.equal(await connector.refreshCredentials(ctx({ ...soon, expiresAt: new Date(Date.now() + 86_400_000).toISOString() })), null);
    const next = await connector.refreshCredentials(ctx(soon, saved));
    assert.ok(next && next['accessToken'] !== soon.accessToken && next['refreshToken'] !== soon.refreshToken);
    assert.deepEqual(saved, [next]);
    assert.ok(Date.parse(next['expiresAt'] ?? '') > Date.now() + 29 * 86_400_000);
    assert.ok(Date.parse(next['refreshExpiresAt'] ?? '') > Date.now() + 59 * 86_400_000);
    assert.equal(fake.refreshTokens.has(soon.refreshToken), false);
    const form = sent(/^\/v5\/oauth\/token$/).at(-1);
    assert.equal(form?.headers.authorization, `Basic ${Buffer.from('chorus-app:chorus-secret').toString('base64')}`);
    assert.equal((form?.body as URLSearchParams).get('continuous_refresh'), 'true');

    fake.expire(next['accessToken'] ?? '');
    const renewed: Credentials[] = [];
    const ref = await connector.publish(ctx({ ...next, expiresAt: new Date(Date.now() - 1000).toISOString() }, renewed), { text: 'After renewal', media: [file('image/png')], options: pinOptions() }, 'r');
    assert.ok(fake.pins.has(ref.externalId));
    assert.equal(renewed.length, 1);
  });

  test('a refused refresh is auth; no refresh token is auth', async () => {
    const stale = { accessToken: ann.token, refreshToken: 'pinr_unknown', expiresAt: new Date(Date.now() + 60_000).toISOString() };
    await assert.rejects(connector.refreshCredentials(ctx(stale)), isNetworkError('auth', /Invalid refresh token/));
    await assert.rejects(connector.refreshCredentials(ctx({ ...stale, refreshToken: '' })), isNetworkError('auth', /no refresh token/));
  });

  test('OAuth: authorize URL, auto-approved browser flow, code exchange, listAccounts; bad code and denial', async () => {
    const provider = createPinterestOAuthProvider({ ...app, apiUrl: fake.baseUrl, authorizeUrl: `${fake.baseUrl}/oauth/` });
    const url = new URL(provider.authorizeUrl({ state: 'st-1', redirectUri }));
    assert.deepEqual(Object.fromEntries(url.searchParams), { client_id: app.clientId, redirect_uri: redirectUri, response_type: 'code', scope: PINTEREST_SCOPES.join(','), state: 'st-1' });
    assert.equal(provider.usesPkce, false);
    fake.autoApprove(ann.id);
    const back = new URL((await fetch(url, { redirect: 'manual' })).headers.get('location') ?? '');
    assert.equal(back.searchParams.get('state'), 'st-1');
    const code = back.searchParams.get('code') ?? '';
    const grant = await provider.exchangeCode({ code, redirectUri });
    assert.ok(grant.refreshToken && grant.expiresAt && grant.refreshExpiresAt);
    const [choice, ...rest] = await provider.listAccounts(grant);
    assert.equal(rest.length, 0);
    assert.equal(choice?.label, 'Ann (@ann on Pinterest)');
    const account = await connector.connect(choice?.connectInput ?? {});
    assert.equal(account.externalId, ann.id);
    await assert.rejects(provider.exchangeCode({ code, redirectUri }), isNetworkError('auth', /Invalid authorization code/));
    fake.decideNext('deny');
    const denied = new URL((await fetch(url, { redirect: 'manual' })).headers.get('location') ?? '');
    assert.equal(denied.searchParams.get('error'), 'access_denied');
    fake.autoApprove(null);
    const narrow = fake.grant(ann.id, app.clientId, { scopes: ['pins:read'] });
    await assert.rejects(provider.listAccounts({ accessToken: narrow.access_token, scope: narrow.scope }), isNetworkError('auth', /did not grant pins:write/));
  });

  test('boards: every page of the picker, and a new board', async () => {
    for (let i = 0; i < 260; i++) fake.boards.set(`9${i}`, { id: `9${i}`, ownerId: ann.id, name: `Board ${i}`, description: '', privacy: i % 2 ? 'SECRET' : 'PUBLIC' });
    const boards = await listPinterestBoards({ accessToken: ann.token, apiUrl: fake.baseUrl });
    assert.equal(boards.length, 261);
    assert.equal(sent(/^\/v5\/boards/, 'GET').length >= 2, true);
    const made = await createPinterestBoard({ accessToken: ann.token, apiUrl: fake.baseUrl }, { name: 'Recipes', privacy: 'SECRET' });
    assert.deepEqual({ name: made.name, privacy: made.privacy }, { name: 'Recipes', privacy: 'SECRET' });
    await assert.rejects(createPinterestBoard({ accessToken: ann.token, apiUrl: fake.baseUrl }, { name: 'Recipes' }), isNetworkError('rejected', /already have a board/));
  });

  test('metrics from Pin analytics; a deleted Pin is left out; engagement is empty and replies are refused', async () => {
    const ref = await connector.publish(ctx(), { text: 'Measure', media: [file('image/png')], options: pinOptions() }, 'm');
    Object.assign(fake.pins.get(ref.externalId)?.metrics ?? {}, { IMPRESSION: 120, SAVE: 7, PIN_CLICK: 30, OUTBOUND_CLICK: 9, VIDEO_MRC_VIEW: 0 });
    const metrics = await connector.fetchMetrics(ctx(), [ref.externalId, '42']);
    assert.deepEqual(metrics.map((m) => ({ ...m, fetchedAt: null })), [
      { externalId: ref.externalId, likes: 0, reposts: 0, replies: 0, quotes: null, views: 0, impressions: 120, reach: null, saves: 7, linkClicks: 9, fetchedAt: null },
    ]);
    const query = new URL(`http://x${sent(/\/analytics/, 'GET').at(-2)?.path ?? ''}`).searchParams;
    assert.equal(query.get('metric_types'), 'IMPRESSION,SAVE,PIN_CLICK,OUTBOUND_CLICK,VIDEO_MRC_VIEW');
    assert.deepEqual(await connector.fetchEngagement(ctx(), null), []);
    await assert.rejects(connector.reply(ctx(), ref.externalId, { text: 'thanks', media: [] }, 'r'), isNetworkError('rejected', /no comments on Pins/));
  });

  test('delete a Pin; deleting it again is not_found', async () => {
    const ref = await connector.publish(ctx(), { text: 'Gone soon', media: [file('image/png')], options: pinOptions() }, 'd');
    await connector.delete(ctx(), ref.externalId);
    assert.equal(fake.pins.has(ref.externalId), false);
    await assert.rejects(connector.delete(ctx(), ref.externalId), isNetworkError('not_found'));
  });

  test('after a crash findPublished finds the Pin made by the interrupted attempt, and only that one', async () => {
    const content = { text: 'Crash test', media: [file('image/png')], options: pinOptions() };
    const ref = await assertFindsPublished(connector, ctx(), content, { ...content, options: { ...pinOptions(), title: 'Other' } });
    // An identical Pin from two days ago is the person repeating themselves, not our attempt.
    const pin = fake.pins.get(ref.externalId);
    if (pin) pin.createdAt = new Date(Date.now() - 48 * 3600_000);
    assert.equal(await connector.findPublished(ctx(), 'crashed', content), null);
  });
});
