/**
 * Contract tests of the X connector against the strict fake X API v2 (real HTTP on 127.0.0.1).
 * Run: node scripts/test.mjs test/fakes/x
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NetworkError, type ChannelContext, type Credentials, type MediaForNetwork } from '../../../src/networks/connector.js';
import { assertFindsPublished, channelContext, chorusApp, isNetworkError, rawCall } from '../contract.js';
import { createPkce } from '../../../src/networks/oauth2.js';
import { createXConnector, createXOAuthProvider, readXCallback } from '../../../src/networks/x/index.js';
import { useFake } from '../fixtures.js';
import { startFakeX, type FakeX } from './server.js';

const { app, redirectUri } = chorusApp('x', 'chorus-client', 'chorus-secret');
let fake: FakeX;
let sleeps: number[] = [];
let connector: ReturnType<typeof createXConnector>;
let ann: { id: string; token: string };
let ben: { id: string; token: string };

const ctx = (credentials: Credentials = { accessToken: ann.token, username: 'ann' }, saved: Credentials[] = []) => channelContext(ann.id, credentials, saved);

function file(mimeType: string, sizeBytes = 64, altText = ''): MediaForNetwork {
  const bytes = Buffer.alloc(sizeBytes, 7);
  return { id: 'm1', mimeType, sizeBytes, width: null, height: null, altText, read: async () => bytes, url: '' };
}


const raw = (method: string, path: string, token: string | null, body?: unknown) => rawCall(fake.baseUrl, method, path, token, body);

const posted = (path: RegExp, method = 'POST') => fake.requests.filter((r) => r.method === method && path.test(r.path));

describe('X connector against the documented API (fake)', () => {
  useFake(
    async () => {
      fake = await startFakeX({ videoProcessingPolls: 2 });
      fake.addApp(app);
      connector = createXConnector({
        apiUrl: fake.baseUrl,
        clientId: app.clientId,
        clientSecret: app.clientSecret,
        upload: { chunkBytes: 1000, sleep: async (ms) => void sleeps.push(ms) },
      });
      return fake;
    },
    () => {
      ann = fake.addUser('ann');
      ben = fake.addUser('ben');
      sleeps = [];
    },
  );

  test('the fake is strict: no token 401, missing scope 403, too long 403, bad max_results 400', async () => {
    assert.deepEqual((await raw('GET', '/2/users/me', null)).body, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
    const reader = fake.addUser('reader', { scopes: ['tweet.read', 'users.read'] });
    assert.equal((await raw('POST', '/2/tweets', reader.token, { text: 'hi' })).status, 403);
    assert.equal((await raw('POST', '/2/tweets', ann.token, { text: 'a'.repeat(281) })).status, 403);
    assert.equal((await raw('POST', '/2/tweets', ann.token, { text: '字'.repeat(140) })).status, 201);
    assert.equal((await raw('GET', `/2/users/${ann.id}/tweets?max_results=500`, ann.token)).status, 400);
    assert.equal((await raw('POST', '/2/media/upload/initialize', ann.token, { media_type: 'image/png', total_bytes: 6 * 1024 * 1024, media_category: 'tweet_image' })).status, 400);
    const noBasic = await fetch(`${fake.baseUrl}/2/oauth2/token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: 'x' }) });
    assert.deepEqual(await noBasic.json(), { error: 'unauthorized_client', error_description: 'Missing valid authorization header' });
  });

  test('connect reads /2/users/me; a wrong token is auth; a token of another account is refused', async () => {
    const account = await connector.connect({ accessToken: ann.token, refreshToken: 'r', expiresAt: '2030-01-01T00:00:00Z', accountId: ann.id });
    assert.deepEqual(
      { id: account.externalId, handle: account.handle, name: account.displayName, creds: account.credentials },
      { id: ann.id, handle: '@ann', name: 'Ann', creds: { accessToken: ann.token, username: 'ann', refreshToken: 'r', expiresAt: '2030-01-01T00:00:00.000Z' } },
    );
    assert.match(account.avatarUrl ?? '', /pbs\.twimg\.com/);
    assert.match(fake.requests.at(-1)?.path ?? '', /user\.fields=profile_image_url%2Cusername%2Cname/);
    await assert.rejects(connector.connect({ accessToken: 'wrong' }), isNetworkError('auth', /did not accept/));
    await assert.rejects(connector.connect({ accessToken: ann.token, accountId: ben.id }), isNetworkError('rejected', /belongs to @ann/));
  });

  test('publish text, reply and quote; the ref is the post on x.com', async () => {
    const ref = await connector.publish(ctx(), { text: 'Hello & welcome https://example.org/launch', media: [] }, 'k1');
    assert.deepEqual(ref, { externalId: ref.externalId, url: `https://x.com/ann/status/${ref.externalId}` });
    assert.match(fake.tweets.get(ref.externalId)?.text ?? '', /^Hello &amp; welcome https:\/\/t\.co\/\w+$/);
    const reply = await connector.reply(ctx(), ref.externalId, { text: 'More below', media: [] }, 'k2');
    assert.equal(fake.tweets.get(reply.externalId)?.replyTo?.tweetId, ref.externalId);
    const quote = await connector.publish(ctx(), { text: 'Quoting myself', media: [], options: { quoteTweetId: ref.externalId } }, 'k3');
    assert.equal(fake.tweets.get(quote.externalId)?.quoteOf, ref.externalId);
  });

  test('a thread: each follow-up replies to the one before; publish returns the first', async () => {
    const ref = await connector.publish(ctx(), { text: 'Thread 1/3', media: [], options: { thread: ['Thread 2/3', 'Thread 3/3'] } }, 'thread');
    const second = [...fake.tweets.values()].find((t) => t.sourceText === 'Thread 2/3');
    const third = [...fake.tweets.values()].find((t) => t.sourceText === 'Thread 3/3');
    assert.equal(second?.replyTo?.tweetId, ref.externalId);
    assert.equal(third?.replyTo?.tweetId, second?.id);
    assert.equal(third?.conversationId, ref.externalId);
  });

  test('media: chunked image with alt text; video and GIF polled at X\'s check_after_secs', async () => {
    const image = await connector.publish(ctx(), { text: 'Look', media: [file('image/png', 2500, 'A red door')] }, 'img');
    const init = posted(/^\/2\/media\/upload\/initialize$/).at(-1);
    assert.deepEqual(init?.body, { media_type: 'image/png', total_bytes: 2500, media_category: 'tweet_image' });
    assert.equal(posted(/\/append$/).filter((r) => r.headers.authorization === `Bearer ${ann.token}`).length, 3);
    const mediaId = fake.tweets.get(image.externalId)?.mediaKeys[0]?.slice(2) ?? '';
    assert.equal(fake.uploads.get(mediaId)?.altText, 'A red door');
    assert.deepEqual(sleeps, []);

    const video = await connector.publish(ctx(), { text: 'Watch', media: [file('video/mp4', 1500)] }, 'vid');
    assert.equal(fake.tweets.get(video.externalId)?.mediaKeys.length, 1);
    assert.deepEqual(sleeps, [1000, 1000]);
    assert.equal(posted(/^\/2\/media\/upload\?command=STATUS/, 'GET').length, 2);
    await connector.publish(ctx(), { text: 'Loop', media: [file('image/gif', 900)] }, 'gif');
    assert.equal((posted(/^\/2\/media\/upload\/initialize$/).at(-1)?.body as { media_category: string }).media_category, 'tweet_gif');
  });

  test('media X cannot process is a rejected publication with its reason', async () => {
    const failing = await startFakeX({ failProcessing: true });
    try {
      const user = failing.addUser('cat');
      const x = createXConnector({ apiUrl: failing.baseUrl, upload: { sleep: async () => {} } });
      await assert.rejects(
        x.publish({ ...ctx({ accessToken: user.token }), externalId: user.id }, { text: 'v', media: [file('video/mp4')] }, 'v'),
        isNetworkError('rejected', /could not process.*UnsupportedMedia/),
      );
    } finally {
      await failing.stop();
    }
  });

  test('rejections carry X\'s message: duplicate content, reply to a deleted post, invalid media', async () => {
    await connector.publish(ctx(), { text: 'Same again', media: [] }, 'd1');
    const direct = await raw('POST', '/2/tweets', ann.token, { text: 'Same again' });
    assert.deepEqual(direct.body, { detail: 'You are not allowed to create a Tweet with duplicate content.', type: 'about:blank', title: 'Forbidden', status: 403 });
    await assert.rejects(connector.publish(ctx(), { text: 'Same again', media: [] }, 'd2'), isNetworkError('rejected', /^X refused: You are not allowed to create a Tweet with duplicate content\.$/));
    // The validator would have caught it; if a text gets through anyway, X's own words reach the person.
    await assert.rejects(connector.publish(ctx(), { text: '😀'.repeat(141), media: [] }, 'long'), isNetworkError('rejected', /Tweet text is too long/));
    await assert.rejects(connector.reply(ctx(), '1999999999999999999', { text: 'Hi', media: [] }, 'r'), isNetworkError('rejected', /deleted or not visible/));
    await assert.rejects(connector.publish(ctx(), { text: 'tiff', media: [file('image/tiff')] }, 't'), isNetworkError('rejected', /image\/tiff is not supported/));
  });

  test('429 with x-rate-limit headers is rate_limited until the window resets', async () => {
    const limited = await startFakeX({ postLimit: 1 });
    try {
      const user = limited.addUser('busy');
      const x = createXConnector({ apiUrl: limited.baseUrl });
      const c = { ...ctx({ accessToken: user.token }), externalId: user.id };
      await x.publish(c, { text: 'one', media: [] }, 'a');
      await assert.rejects(x.publish(c, { text: 'two', media: [] }, 'b'), (e: unknown) => {
        assert.ok(e instanceof NetworkError && e.kind === 'rate_limited', String(e));
        const wait = e.details.retryAfterMs ?? 0;
        assert.ok(wait > 14 * 60_000 && wait <= 15 * 60_000 + 1000, String(wait));
        return true;
      });
    } finally {
      await limited.stop();
    }
  });

  test('a revoked token is auth; a 503 is transient', async () => {
    await assert.rejects(connector.publish(ctx({ accessToken: 'revoked' }), { text: 'x', media: [] }, 'k'), isNetworkError('auth', /Reconnect/));
    fake.failNext('POST', /^\/2\/tweets$/, { status: 503, body: { title: 'Service Unavailable', detail: 'Service Unavailable', type: 'about:blank', status: 503 } });
    await assert.rejects(connector.publish(ctx(), { text: 'later', media: [] }, 'k'), isNetworkError('transient', /HTTP 503/));
  });

  test('tokens near expiry are refreshed (rotating the refresh token); an expired one is renewed before a call', async () => {
    const grant = fake.grant(ann.id, app.clientId);
    const saved: Credentials[] = [];
    const soon = { accessToken: grant.access_token, refreshToken: grant.refresh_token ?? '', expiresAt: new Date(Date.now() + 5 * 60_000).toISOString() };
    assert.equal(await connector.refreshCredentials(ctx({ ...soon, expiresAt: new Date(Date.now() + 3600_000).toISOString() })), null);
    const next = await connector.refreshCredentials(ctx(soon, saved));
    assert.ok(next && next['accessToken'] !== soon.accessToken && next['refreshToken'] !== soon.refreshToken);
    assert.deepEqual(saved, [next]);
    assert.ok(Date.parse(next['expiresAt'] ?? '') > Date.now() + 7000_000);
    assert.equal(fake.refreshTokens.has(soon.refreshToken), false);
    const basic = posted(/^\/2\/oauth2\/token$/).at(-1)?.headers.authorization;
    assert.equal(basic, `Basic ${Buffer.from('chorus-client:chorus-secret').toString('base64')}`);

    fake.expire(next['accessToken'] ?? '');
    const expired = { ...next, expiresAt: new Date(Date.now() - 1000).toISOString() };
    const renewed: Credentials[] = [];
    const ref = await connector.publish(ctx(expired, renewed), { text: 'After renewal', media: [] }, 'renew');
    assert.ok(fake.tweets.has(ref.externalId));
    assert.equal(renewed.length, 1);
  });

  test('a refused refresh is auth; two refreshes at once use the rotating token once', async () => {
    const stale = { accessToken: ann.token, refreshToken: 'not-a-refresh-token', expiresAt: new Date(Date.now() + 60_000).toISOString() };
    await assert.rejects(connector.refreshCredentials(ctx(stale)), isNetworkError('auth', /Value passed for the token was invalid/));
    await assert.rejects(connector.refreshCredentials(ctx({ ...stale, refreshToken: '' })), isNetworkError('auth', /no refresh token/));
    const grant = fake.grant(ann.id, app.clientId);
    const soon = { accessToken: grant.access_token, refreshToken: grant.refresh_token ?? '', expiresAt: new Date(Date.now() + 60_000).toISOString() };
    const [a, b] = await Promise.all([connector.refreshCredentials(ctx({ ...soon })), connector.refreshCredentials(ctx({ ...soon }))]);
    assert.deepEqual(a, b);
  });

  test('OAuth: authorize on the configured origin with PKCE, exchange, list the account, connect', async () => {
    const provider = createXOAuthProvider({ ...app, apiUrl: fake.baseUrl, authorizeUrl: `${fake.baseUrl}/i/oauth2/authorize` });
    const pkce = createPkce();
    const go = async (decision: string) => {
      fake.decideNext(decision);
      const response = await fetch(provider.authorizeUrl({ state: 'st-1', redirectUri, codeChallenge: pkce.challenge }), { redirect: 'manual' });
      assert.equal(response.status, 302);
      return response.headers.get('location') ?? '';
    };
    const { code } = readXCallback(await go(ann.id), 'st-1');
    const grant = await provider.exchangeCode({ code, redirectUri, codeVerifier: pkce.verifier });
    assert.ok(grant.refreshToken && grant.expiresAt);
    assert.match(grant.scope ?? '', /offline\.access/);
    const [choice, ...rest] = await provider.listAccounts(grant);
    assert.equal(rest.length, 0);
    assert.equal(choice?.externalId, ann.id);
    assert.equal(choice?.label, 'Ann (@ann on X)');
    const account = await connector.connect(choice?.connectInput ?? {});
    assert.equal(account.credentials['refreshToken'], grant.refreshToken);
    // The code is single-use; a wrong verifier fails too.
    await assert.rejects(provider.exchangeCode({ code, redirectUri, codeVerifier: pkce.verifier }), isNetworkError('auth', /authorization code was invalid/));
    const second = readXCallback(await go(ann.id), 'st-1').code;
    await assert.rejects(provider.exchangeCode({ code: second, redirectUri, codeVerifier: createPkce().verifier }), isNetworkError('auth'));
    assert.throws(() => readXCallback(`${redirectUri}?state=forged&code=x`, 'st-1'), isNetworkError('rejected', /not started here/));
    const wrongSecret = createXOAuthProvider({ ...app, clientSecret: 'nope', apiUrl: fake.baseUrl, authorizeUrl: `${fake.baseUrl}/i/oauth2/authorize` });
    const third = readXCallback(await go(ann.id), 'st-1').code;
    await assert.rejects(wrongSecret.exchangeCode({ code: third, redirectUri, codeVerifier: pkce.verifier }), isNetworkError('auth', /Missing valid authorization header/));
    const denied = await go('deny');
    assert.match(denied, /error=access_denied/);
    assert.throws(() => readXCallback(denied, 'st-1'), isNetworkError('rejected', /declined/));
  });

  test('metrics: public and non-public counts; older posts fall back to public; deleted ones are left out', async () => {
    const ref = await connector.publish(ctx(), { text: 'Measure me', media: [] }, 'm');
    Object.assign(fake.tweets.get(ref.externalId)?.metrics ?? {}, { like: 4, retweet: 2, quote: 1, impression: 321, bookmark: 3, linkClicks: 9 });
    fake.post(ben.id, '@ann reply', { replyTo: ref.externalId });
    const old = fake.post(ann.id, 'Old post', { createdAt: new Date(Date.now() - 40 * 24 * 3600_000) });
    const metrics = await connector.fetchMetrics(ctx(), [ref.externalId, old.id, '1999999999999999998']);
    assert.deepEqual(
      metrics.map((m) => ({ ...m, fetchedAt: null })),
      [
        { externalId: ref.externalId, likes: 4, reposts: 2, replies: 1, quotes: 1, views: 321, impressions: 321, reach: null, saves: 3, linkClicks: 9, fetchedAt: null },
        { externalId: old.id, likes: 0, reposts: 0, replies: 0, quotes: 0, views: 0, impressions: 0, reach: null, saves: 0, linkClicks: null, fetchedAt: null },
      ],
    );
  });

  test('engagement: mentions, replies deep in our threads, quotes and DMs since a date; ours left out', async () => {
    // Names of their own: mentions are found by @handle, and earlier tests' users are called ann and ben.
    const eve = fake.addUser('eve');
    const fay = fake.addUser('fay');
    const ectx = (): ChannelContext => ({ ...ctx({ accessToken: eve.token, username: 'eve' }), externalId: eve.id });
    const ours = await connector.publish(ectx(), { text: 'What do you think?', media: [] }, 'q');
    const since = new Date(Date.now() - 1000);
    fake.post(fay.id, 'Old mention @eve', { createdAt: new Date(Date.now() - 3600_000) });
    const reply = fake.post(fay.id, '@eve Looks good', { replyTo: ours.externalId });
    const deep = fake.post(eve.id, 'Thanks!', { replyTo: reply.id });
    const nested = fake.post(fay.id, 'You are welcome', { replyTo: deep.id });
    const quote = fake.post(fay.id, 'Read this @eve', { quoteOf: ours.externalId });
    const dm = fake.dm(fay.id, eve.id, 'psst');
    fake.dm(eve.id, fay.id, 'mine');
    const items = await connector.fetchEngagement(ectx(), since);
    assert.deepEqual(
      items.map((i) => [i.kind, i.externalId, i.inReplyTo]).sort(),
      [
        ['direct_message', dm.id, null],
        ['quote', quote.id, ours.externalId],
        ['reply', nested.id, deep.id],
        ['reply', reply.id, ours.externalId],
      ].sort(),
    );
    const first = items.find((i) => i.externalId === reply.id);
    assert.deepEqual(first?.author.handle, '@fay');
    assert.equal(first?.url, `https://x.com/fay/status/${reply.id}`);
    // An app or token without DM access still gets the public inbox.
    const noDm = fake.addUser('gus', { scopes: ['tweet.read', 'tweet.write', 'users.read'] });
    fake.post(fay.id, 'Hi @gus');
    const public_ = await connector.fetchEngagement({ ...ctx({ accessToken: noDm.token }), externalId: noDm.id }, null);
    assert.deepEqual(public_.map((i) => i.kind), ['mention']);
    const search = posted(/^\/2\/tweets\/search\/recent/, 'GET').at(-1);
    assert.match(decodeURIComponent(search?.path ?? ''), new RegExp(`conversation_id:${ours.externalId}`));
  });

  test('hide and unhide a reply on our post; delete our own reply; delete twice is not_found', async () => {
    const ours = await connector.publish(ctx(), { text: 'Moderated', media: [] }, 'h');
    const rude = fake.post(ben.id, '@ann rude', { replyTo: ours.externalId });
    await connector.hideEngagement?.(ctx(), rude.id, true);
    assert.equal(fake.tweets.get(rude.id)?.hidden, true);
    await connector.hideEngagement?.(ctx(), rude.id, false);
    assert.equal(fake.tweets.get(rude.id)?.hidden, false);
    const mine = await connector.reply(ctx(), rude.id, { text: 'Please be kind', media: [] }, 'h2');
    await assert.rejects(connector.hideEngagement?.(ctx(), mine.externalId, true) ?? Promise.reject(new Error('no hide')), isNetworkError('rejected', /not allowed to hide/));
    await connector.deleteEngagement?.(ctx(), mine.externalId);
    assert.equal(fake.tweets.has(mine.externalId), false);
    await assert.rejects(connector.deleteEngagement?.(ctx(), rude.id) ?? Promise.reject(new Error('no delete')), isNetworkError('rejected', /not allowed to delete/));
    await connector.delete(ctx(), ours.externalId);
    await assert.rejects(connector.delete(ctx(), ours.externalId), isNetworkError('not_found'));
  });

  test('like and unlike a post as the account; liking twice counts once; an unknown post is not_found', async () => {
    const theirs = fake.post(ben.id, 'Like this');
    await connector.like!(ctx(), theirs.id, true);
    await connector.like!(ctx(), theirs.id, true);
    assert.equal(fake.tweets.get(theirs.id)?.metrics.like, 1);
    assert.equal(posted(new RegExp(`^/2/users/${ann.id}/likes$`)).length, 2);
    await connector.like!(ctx(), theirs.id, false);
    assert.equal(fake.tweets.get(theirs.id)?.metrics.like, 0);
    await assert.rejects(connector.like!(ctx(), '1234', true), isNetworkError('not_found'));
  });

  test('after a crash: findPublished finds the post from X\'s rewritten text, a retried thread resumes', async () => {
    const text = 'Launch day! Read https://example.org/blog/2026/launch?utm_source=chorus & share <3';
    const ref = await assertFindsPublished(connector, ctx(), { text, media: [] }, { text: 'Launch day!', media: [] });
    // A post with media carries a trailing t.co link in its text on X; a reply is matched with its parent.
    const withImage = await connector.publish(ctx(), { text: 'Photo of the day', media: [file('image/jpeg')] }, 'photo');
    assert.deepEqual(await connector.findPublished(ctx(), 'photo', { text: 'Photo of the day', media: [file('image/jpeg')] }), withImage);
    const answer = await connector.reply(ctx(), ref.externalId, { text: 'P.S.', media: [] }, 'ps');
    assert.deepEqual(await connector.findPublished(ctx(), 'ps', { text: 'P.S.', media: [], inReplyTo: ref.externalId }), answer);
    assert.equal(await connector.findPublished(ctx(), 'ps', { text: 'P.S.', media: [], inReplyTo: withImage.externalId }), null);

    // An attempt interrupted after the first follow-up (crash, 429): head and part 2 are on X, part 3 is not.
    const thread = { text: 'Part 1', media: [], options: { thread: ['Part 2', 'Part 3'] } };
    const first = await connector.publish(ctx(), { ...thread, options: { thread: ['Part 2'] } }, 'thread-key');
    // The retry is refused as duplicate content for the parts already there, adopts them, and posts part 3.
    const retried = await connector.publish(ctx(), thread, 'thread-key');
    assert.deepEqual(retried, first);
    const parts = [...fake.tweets.values()].filter((t) => /^Part [123]$/.test(t.sourceText));
    assert.deepEqual(parts.map((t) => t.sourceText).sort(), ['Part 1', 'Part 2', 'Part 3']);
    const byText = new Map(parts.map((t) => [t.sourceText, t]));
    assert.equal(byText.get('Part 2')?.replyTo?.tweetId, first.externalId);
    assert.equal(byText.get('Part 3')?.replyTo?.tweetId, byText.get('Part 2')?.id);

    // A 503 on the follow-up of a thread with an image: the retry neither uploads nor posts the first post again.
    const gallery = { text: 'Gallery', media: [file('image/png')], options: { thread: ['Caption'] } };
    fake.failNext('POST', /^\/2\/tweets$/, { status: 503, body: { title: 'Service Unavailable', type: 'about:blank', status: 503 } }, 1);
    await assert.rejects(connector.publish(ctx(), gallery, 'gallery'), isNetworkError('transient'));
    const uploads = posted(/^\/2\/media\/upload\/initialize$/).length;
    const galleryRef = await connector.publish(ctx(), gallery, 'gallery');
    assert.equal(posted(/^\/2\/media\/upload\/initialize$/).length, uploads);
    assert.equal([...fake.tweets.values()].filter((t) => t.sourceText === 'Gallery').length, 1);
    assert.equal([...fake.tweets.values()].find((t) => t.sourceText === 'Caption')?.replyTo?.tweetId, galleryRef.externalId);
  });
});
