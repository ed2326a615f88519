/**
 * Contract tests of the Snapchat connector against the strict fake Public Profile API (real HTTP on 127.0.0.1).
 * Run: node scripts/test.mjs test/fakes/snapchat
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NetworkError, type Credentials, type MediaForNetwork } from '../../../src/networks/connector.js';
import { channelContext, chorusApp, isNetworkError, rawCall } from '../contract.js';
import { createSnapchatConnector, createSnapchatOAuthProvider, SNAPCHAT_SCOPES } from '../../../src/networks/snapchat/index.js';
import { useFake } from '../fixtures.js';
import { startFakeSnapchat, type FakeSnapchat } from './server.js';

const { app, redirectUri } = chorusApp('snapchat', 'chorus-snap', 'snap-secret');
let fake: FakeSnapchat;
let sleeps: number[] = [];
let connector: ReturnType<typeof createSnapchatConnector>;
let ann: { id: string; token: string; profileId: string };

const ctx = (credentials: Credentials = { accessToken: ann.token, profileId: ann.profileId, handle: 'ann' }, saved: Credentials[] = []) => channelContext(ann.profileId, credentials, saved);

/** Files whose first bytes are what the fake checks after decrypting: an MP4 `ftyp` box, JPEG magic. */
const MP4 = Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypisom'), Buffer.alloc(5000, 1)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(3000, 2)]);
function file(kind: 'video' | 'image', extra: Partial<MediaForNetwork> = {}): MediaForNetwork {
  const bytes = kind === 'video' ? MP4 : JPEG;
  return { id: kind, mimeType: kind === 'video' ? 'video/mp4' : 'image/jpeg', sizeBytes: bytes.length, width: 1080, height: 1920, altText: '', url: '', read: async () => bytes, ...extra };
}

const sent = (path: RegExp, method = 'POST') => fake.requests.filter((r) => r.method === method && path.test(r.path));

const raw = (method: string, path: string, token: string | null, body?: unknown) => rawCall<Record<string, unknown>>(fake.baseUrl, method, path, token, body);

describe('Snapchat connector against the Public Profile API (fake)', () => {
  useFake(
    async () => {
      fake = await startFakeSnapchat({ perSecond: 1000, videoProcessingPolls: 2 });
      fake.addApp(app);
      connector = createSnapchatConnector({
        apiUrl: fake.baseUrl, accountsUrl: fake.baseUrl, clientId: app.clientId, clientSecret: app.clientSecret,
        upload: { chunkBytes: 2048, sleep: async (ms) => void sleeps.push(ms) },
      });
      return fake;
    },
    () => {
      ann = fake.addUser('ann');
      sleeps = [];
    },
  );

  test('the fake is strict: token, scope, managed profile, key sizes, undecryptable media', async () => {
    assert.equal((await raw('GET', '/v1/public_profiles/my_profile', null)).status, 401);
    const noScope = fake.addUser('nos', { scopes: ['snapchat-marketing-api'] });
    assert.equal((await raw('GET', '/v1/public_profiles/my_profile', noScope.token)).body['error_code'], 'AUTHORIZATION_PERMISSION_DENIED');
    const ben = fake.addUser('ben');
    assert.equal((await raw('POST', `/v1/public_profiles/${ben.profileId}/media`, ann.token, { type: 'VIDEO', name: 'x' })).status, 403);
    const short = await raw('POST', `/v1/public_profiles/${ann.profileId}/media`, ann.token, { type: 'VIDEO', name: 'x', key: 'AAAA', iv: 'AAAA' });
    assert.deepEqual({ status: short.status, request_status: short.body['request_status'] }, { status: 400, request_status: 'ERROR' });
    // Bytes that are not AES-256-CBC under the declared key fail at FINALIZE.
    const key = Buffer.alloc(32, 1).toString('base64');
    const iv = Buffer.alloc(16, 2).toString('base64');
    const created = await raw('POST', `/v1/public_profiles/${ann.profileId}/media`, ann.token, { type: 'IMAGE', name: 'plain', key, iv });
    const add = new FormData();
    add.append('action', 'ADD');
    add.append('part_number', '1');
    add.append('file', new Blob([new Uint8Array(JPEG)]));
    const auth = { authorization: `Bearer ${ann.token}` };
    assert.equal((await fetch(`${fake.baseUrl}${String(created.body['add_path'])}`, { method: 'POST', body: add, headers: auth })).status, 200);
    const fin = new FormData();
    fin.append('action', 'FINALIZE');
    const finalized = await fetch(`${fake.baseUrl}${String(created.body['finalize_path'])}`, { method: 'POST', body: fin, headers: auth });
    assert.match(String(((await finalized.json()) as Record<string, unknown>)['debug_message']), /could not be decrypted/);
  });

  test('connect lists the profiles the login manages; a wrong token is auth; a profile not managed is refused', async () => {
    const org = fake.addOrganization('Acme Shoes', [ann.id]);
    const account = await connector.connect({ accessToken: ann.token, refreshToken: 'r', expiresAt: '2030-01-01T00:00:00Z', accountId: org.profileId });
    assert.deepEqual({ id: account.externalId, name: account.displayName, creds: account.credentials }, {
      id: org.profileId, name: 'Acme Shoes',
      creds: { accessToken: ann.token, profileId: org.profileId, handle: 'acmeshoes', refreshToken: 'r', expiresAt: '2030-01-01T00:00:00.000Z' },
    });
    assert.equal((await connector.connect({ accessToken: ann.token })).externalId, ann.profileId);
    fake.failNext('GET', /^\/v1\/me\/organizations$/, { status: 403, body: { request_status: 'ERROR', error_code: 'AUTHORIZATION_PERMISSION_DENIED', debug_message: 'No organization access' } });
    assert.equal((await connector.connect({ accessToken: ann.token })).externalId, ann.profileId);
    await assert.rejects(connector.connect({ accessToken: 'wrong' }), isNetworkError('auth', /did not accept/));
    await assert.rejects(connector.connect({ accessToken: ann.token, accountId: fake.addUser('eve').profileId }), isNetworkError('rejected', /does not manage/));
  });

  test('a Story from an image: encrypted, sent in 2 KB parts, finalized, polled until READY, then posted', async () => {
    const ref = await connector.publish(ctx(), { text: 'ignored for stories', media: [file('image')] }, 'story-1');
    assert.match(ref.externalId, /^story:/);
    assert.equal(ref.url, 'https://www.snapchat.com/add/ann');
    const post = fake.posts.get(ref.externalId.slice('story:'.length));
    const media = fake.media.get(post?.mediaId ?? '');
    assert.equal(media?.type, 'IMAGE');
    assert.equal(media?.parts.size, 2);
    assert.match(media?.name ?? '', /^chorus-[0-9a-f]{32}$/);
    assert.deepEqual(sleeps, [2000, 4000]);
    const create = sent(/\/media$/).at(-1)?.body as Record<string, string>;
    assert.equal(Buffer.from(create['key'] ?? '', 'base64').length, 32);
    assert.equal(sent(/multipart-upload-v2\?action=ADD/).at(-1)?.headers.authorization, `Bearer ${ann.token}`);
  });

  test('a Saved Story takes its title; a Spotlight its description, locale and save flag', async () => {
    const saved = await connector.publish(ctx(), { text: 'First line\nmore', media: [file('video')], options: { kind: 'saved_story' } }, 'saved');
    assert.equal(fake.posts.get(saved.externalId.split(':')[1] ?? '')?.title, 'First line');
    const titled = await connector.publish(ctx(), { text: '', media: [file('image')], options: { kind: 'saved_story', title: 'Behind the scenes' } }, 'saved2');
    assert.equal(fake.posts.get(titled.externalId.split(':')[1] ?? '')?.title, 'Behind the scenes');
    const spot = await connector.publish(ctx(), { text: 'New drop #sneakers', media: [file('video', { durationSeconds: 20 })], options: { kind: 'spotlight', locale: 'fr_FR', saveToProfile: false } }, 'spot');
    assert.match(spot.externalId, /^spotlight:/);
    const body = sent(/\/spotlights$/).at(-1)?.body as Record<string, unknown>;
    assert.deepEqual({ ...body, media_id: null }, { media_id: null, description: 'New drop #sneakers', locale: 'fr_FR', skip_save_to_profile: true });
    await assert.rejects(connector.publish(ctx(), { text: 'x', media: [file('image')], options: { kind: 'spotlight' } }, 'i'), isNetworkError('rejected', /videos only/));
    await assert.rejects(connector.publish(ctx(), { text: 'only text', media: [] }, 't'), isNetworkError('rejected', /exactly one image or video/));
  });

  test('an upload interrupted mid-way resumes with the failed part only; a file Snap cannot process is rejected', async () => {
    fake.failNext('POST', /multipart-upload-v2\?action=ADD/, { status: 503, body: { request_status: 'ERROR', debug_message: 'Service Unavailable' } });
    const ref = await connector.publish(ctx(), { text: '', media: [file('video')] }, 'resume');
    const media = fake.media.get(fake.posts.get(ref.externalId.split(':')[1] ?? '')?.mediaId ?? '');
    assert.equal(media?.parts.size, 3);
    const adds = sent(/multipart-upload-v2\?action=ADD/).filter((r) => r.path.includes(media?.id ?? '-'));
    // Part 1 failed once and was sent again on its own; parts 2 and 3 once each.
    assert.deepEqual(adds.map((r) => (r.body as FormData).get('part_number')), ['1', '1', '2', '3']);
    assert.deepEqual(sleeps.slice(0, 1), [1000]);
    const notVideo = { ...file('video'), read: async () => JPEG };
    await assert.rejects(connector.publish(ctx(), { text: '', media: [notVideo] }, 'bad'), isNetworkError('rejected', /could not process/));
  });

  test('errors: a 401 is auth, a 503 transient, a 403 rejected with Snap\'s message, 429 rate_limited', async () => {
    await assert.rejects(connector.publish(ctx({ accessToken: 'revoked', profileId: ann.profileId }), { text: '', media: [file('image')] }, 'k'), isNetworkError('auth', /Reconnect/));
    fake.failNext('POST', /\/stories$/, { status: 503, body: { request_status: 'ERROR', debug_message: 'Internal error' } });
    await assert.rejects(connector.publish(ctx(), { text: '', media: [file('image')] }, 'k2'), isNetworkError('transient', /HTTP 503/));
    const ben = fake.addUser('ben');
    await assert.rejects(connector.publish({ ...ctx(), credentials: { accessToken: ann.token, profileId: ben.profileId } }, { text: '', media: [file('image')] }, 'k3'), isNetworkError('rejected', /do not manage this Public Profile/));
    fake.failNext('POST', /\/media$/, { status: 429, headers: { 'retry-after': '3' }, body: { request_status: 'ERROR', debug_message: 'Too many requests' } });
    await assert.rejects(connector.publish(ctx(), { text: '', media: [file('image')] }, 'k4'), (e: unknown) => e instanceof NetworkError && e.kind === 'rate_limited' && e.details.retryAfterMs === 3000);
    const slow = await startFakeSnapchat({ perSecond: 1 });
    try {
      const user = slow.addUser('busy');
      const c = createSnapchatConnector({ apiUrl: slow.baseUrl });
      await assert.rejects(c.publish({ ...ctx({ accessToken: user.token, profileId: user.profileId }) }, { text: '', media: [file('image')] }, 'x'), isNetworkError('rate_limited', /slow down/));
    } finally {
      await slow.stop();
    }
  });

  test('tokens near expiry are refreshed (the refresh token rotates); an expired token is renewed before a call', async () => {
    const grant = fake.grant(ann.id, app.clientId);
    const saved: Credentials[] = [];
    const soon = { accessToken: grant.access_token, refreshToken: grant.refresh_token, profileId: ann.profileId, expiresAt: new Date(Date.now() + 5 * 60_000).toISOString() };
    assert.equal(await connector.refreshCredentials(ctx({ ...soon, expiresAt: new Date(Date.now() + 20 * 60_000).toISOString() })), null);
    const next = await connector.refreshCredentials(ctx(soon, saved));
    assert.ok(next && next['accessToken'] !== soon.accessToken && next['refreshToken'] !== soon.refreshToken);
    assert.deepEqual(saved, [next]);
    assert.ok(Math.abs(Date.parse(next['expiresAt'] ?? '') - Date.now() - 1_800_000) < 5000);
    assert.equal(fake.refreshTokens.has(soon.refreshToken), false);
    const form = sent(/^\/login\/oauth2\/access_token$/).at(-1)?.body as URLSearchParams;
    assert.deepEqual([form.get('client_id'), form.get('client_secret'), form.get('grant_type')], [app.clientId, app.clientSecret, 'refresh_token']);
    fake.expire(next['accessToken'] ?? '');
    const renewed: Credentials[] = [];
    const ref = await connector.publish(ctx({ ...next, expiresAt: new Date(Date.now() - 1000).toISOString() }, renewed), { text: '', media: [file('image')] }, 'renew');
    assert.match(ref.externalId, /^story:/);
    assert.equal(renewed.length, 1);
    await assert.rejects(connector.refreshCredentials(ctx(soon)), isNetworkError('auth', /Invalid refresh token/));
    await assert.rejects(connector.refreshCredentials(ctx({ ...soon, refreshToken: '' })), isNetworkError('auth', /no refresh token/));
  });

  test('OAuth: authorize URL, auto-approved flow, code exchange, profiles to pick; bad code, denial, no profile', async () => {
    const provider = createSnapchatOAuthProvider({ ...app, apiUrl: fake.baseUrl, accountsUrl: fake.baseUrl, authorizeUrl: `${fake.baseUrl}/login/oauth2/authorize` });
    const url = new URL(provider.authorizeUrl({ state: 'st', redirectUri }));
    assert.deepEqual(Object.fromEntries(url.searchParams), { client_id: app.clientId, redirect_uri: redirectUri, response_type: 'code', scope: SNAPCHAT_SCOPES.join(' '), state: 'st' });
    const org = fake.addOrganization('Acme', [ann.id]);
    fake.autoApprove(ann.id);
    const back = new URL((await fetch(url, { redirect: 'manual' })).headers.get('location') ?? '');
    const code = back.searchParams.get('code') ?? '';
    const grant = await provider.exchangeCode({ code, redirectUri });
    assert.ok(grant.refreshToken && grant.expiresAt);
    const choices = await provider.listAccounts(grant);
    assert.deepEqual(choices.map((c) => c.externalId).sort(), [ann.profileId, org.profileId].sort());
    assert.equal((await connector.connect(choices.find((c) => c.externalId === org.profileId)?.connectInput ?? {})).externalId, org.profileId);
    await assert.rejects(provider.exchangeCode({ code, redirectUri }), isNetworkError('auth', /Invalid Authorization Code/));
    fake.decideNext('deny');
    assert.equal(new URL((await fetch(url, { redirect: 'manual' })).headers.get('location') ?? '').searchParams.get('error'), 'access_denied');
    fake.autoApprove(null);
    const lonely = fake.addUser('lonely', { withProfile: false });
    await assert.rejects(provider.listAccounts({ accessToken: lonely.token }), isNetworkError('auth', /manages no Public Profile/));
  });

  test('metrics from the profile stats of each kind; engagement is empty and replies are refused; delete then not_found', async () => {
    const ref = await connector.publish(ctx(), { text: 'Clip', media: [file('video')], options: { kind: 'spotlight' } }, 'm');
    const story = await connector.publish(ctx(), { text: '', media: [file('image')], options: { kind: 'story' } }, 'm-story');
    const postOf = (externalId: string) => fake.posts.get(externalId.split(':')[1] ?? '');
    Object.assign(postOf(ref.externalId)?.stats ?? {}, { VIEWS: 900, VIEWERS: 700, SHARES: 12, FAVORITES: 33 });
    Object.assign(postOf(story.externalId)?.stats ?? {}, { VIEWS: 50, VIEWERS: 40, SCREENSHOTS: 4 });
    const before = fake.requests.length;
    const metrics = await connector.fetchMetrics(ctx(), [ref.externalId, story.externalId, 'story:gone', 'not-ours']);
    assert.deepEqual(metrics.map((m) => ({ ...m, fetchedAt: null })), [
      { externalId: story.externalId, likes: 0, reposts: 0, replies: 0, quotes: null, views: 50, impressions: 50, reach: 40, saves: 4, linkClicks: null, fetchedAt: null },
      { externalId: ref.externalId, likes: 33, reposts: 12, replies: 0, quotes: null, views: 900, impressions: 900, reach: 700, saves: null, linkClicks: null, fetchedAt: null },
    ]);
    // One Profile Stats call per kind, not one per post, and no field list that the asset type could refuse.
    const calls = fake.requests.slice(before).map((r) => new URL(r.path, 'http://x'));
    assert.deepEqual(calls.map((u) => [u.pathname, u.searchParams.get('assetType'), u.searchParams.has('fields')]), [
      [`/v1/public_profiles/${ann.profileId}/stats`, 'STORY', false],
      [`/v1/public_profiles/${ann.profileId}/stats`, 'SPOTLIGHT', false],
    ]);
    assert.deepEqual(await connector.fetchEngagement(ctx(), null), []);
    await assert.rejects(connector.reply(ctx(), ref.externalId, { text: 'hi', media: [] }, 'r'), isNetworkError('rejected', /no comments/));
    await connector.delete(ctx(), ref.externalId);
    assert.equal(fake.posts.size > 0 && [...fake.posts.keys()].includes(ref.externalId.split(':')[1] ?? ''), false);
    await assert.rejects(connector.delete(ctx(), ref.externalId), isNetworkError('not_found'));
  });

  test('after a crash findPublished finds the post by its media name; a key never posted finds nothing', async () => {
    const content = { text: 'Crash', media: [file('video')], options: { kind: 'spotlight' } };
    const ref = await connector.publish(ctx(), content, 'crash-key');
    assert.deepEqual(await connector.findPublished(ctx(), 'crash-key', content), ref);
    assert.equal(await connector.findPublished(ctx(), 'other-key', content), null);
    // Media uploaded but never posted (a crash between upload and post) is not a post.
    fake.failNext('POST', /\/spotlights$/, { status: 502, body: { request_status: 'ERROR', debug_message: 'Bad gateway' } });
    await assert.rejects(connector.publish(ctx(), content, 'half'), isNetworkError('transient'));
    assert.equal(await connector.findPublished(ctx(), 'half', content), null);
  });
});
