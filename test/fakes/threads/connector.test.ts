/**
 * Contract tests of the Threads connector against the strict fake (documented Threads API behaviour).
 * Run: node scripts/test.mjs test/fakes/threads
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NetworkError, type Credentials, type MediaForNetwork } from '../../../src/networks/connector.js';
import { channelContext, isNetworkError } from '../contract.js';
import { createThreadsConnector, createThreadsOAuthProvider, readThreadsCallback } from '../../../src/networks/threads/index.js';
import { useFake } from '../fixtures.js';
import { startFakeThreads, type FakeThreads } from './server.js';

let fake: FakeThreads;
let ann: { id: string; token: string };
let ben: { id: string; token: string };
const connector = () => createThreadsConnector({ apiUrl: fake.baseUrl, poll: { pollIntervalMs: 1, sleep: async () => {} } });

const ctx = (credentials: Credentials = { accessToken: ann.token, expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString() }, saved: Credentials[] = []) => channelContext(ann.id, credentials, saved);

const file = (mimeType: string, name = 'a'): MediaForNetwork => ({
  id: name,
  mimeType,
  sizeBytes: 1000,
  width: 100,
  height: 100,
  altText: `alt ${name}`,
  read: async () => Buffer.alloc(0),
  url: `https://media.chorus.example/signed/${name}?sig=x`,
});


async function raw(method: string, path: string, token: string | null, form?: Record<string, string>): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${fake.baseUrl}${path}`, {
    method,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form ? new URLSearchParams(form) : undefined,
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('Threads connector against the documented API (fake)', () => {
  useFake(
    async () => (fake = await startFakeThreads({ videoProcessingPolls: 2 })),
    () => {
      ann = fake.addUser('ann');
      ben = fake.addUser('ben');
    },
  );

  test('the fake is strict: bad token → code 190, too long → code 100, no version → refused', async () => {
    const bad = await raw('GET', '/v1.0/me', 'nope');
    assert.equal((bad.body as { error: { code: number } }).error.code, 190);
    const long = await raw('POST', `/v1.0/${ann.id}/threads`, ann.token, { media_type: 'TEXT', text: 'x'.repeat(501) });
    assert.equal((long.body as { error: { code: number } }).error.code, 100);
    assert.equal((await raw('GET', '/me', ann.token)).status, 400);
  });

  test('connect reads the profile; a wrong token is auth', async () => {
    const account = await connector().connect({ accessToken: ann.token });
    assert.equal(account.externalId, ann.id);
    assert.equal(account.handle, '@ann');
    assert.equal(account.displayName, 'Ann');
    assert.ok(account.credentials['expiresAt']);
    assert.equal(fake.requests.at(-1)?.headers.authorization, `Bearer ${ann.token}`);
    await assert.rejects(connector().connect({ accessToken: 'wrong' }), isNetworkError('auth'));
    await assert.rejects(connector().connect({ accessToken: ann.token, accountId: ben.id }), isNetworkError('auth', /another Threads profile/));
  });

  test('publish text, image, video (polled until FINISHED) and a carousel', async () => {
    const c = connector();
    const text = await c.publish(ctx(), { text: 'Hello Threads', media: [] }, 'k1');
    assert.match(text.url, /threads\.net\/@ann\/post\//);
    assert.equal(fake.posts.get(text.externalId)?.mediaType, 'TEXT_POST');

    const image = await c.publish(ctx(), { text: 'A photo', media: [file('image/jpeg')] }, 'k2');
    assert.equal(fake.posts.get(image.externalId)?.mediaType, 'IMAGE');
    const sent = fake.requests.find((r) => r.method === 'POST' && r.body['media_type'] === 'IMAGE');
    assert.equal(sent?.body['image_url'], 'https://media.chorus.example/signed/a?sig=x');
    assert.equal(sent?.body['alt_text'], 'alt a');

    const before = fake.requests.length;
    const video = await c.publish(ctx(), { text: 'A clip', media: [file('video/mp4', 'v')] }, 'k3');
    assert.equal(fake.posts.get(video.externalId)?.mediaType, 'VIDEO');
    const polls = fake.requests.slice(before).filter((r) => r.method === 'GET' && r.path.includes('fields=status'));
    assert.equal(polls.length, 3); // IN_PROGRESS, IN_PROGRESS, FINISHED

    const carousel = await c.publish(ctx(), { text: 'Album', media: [file('image/png', 'p1'), file('video/mp4', 'p2'), file('image/jpeg', 'p3')] }, 'k4');
    const post = fake.posts.get(carousel.externalId);
    assert.equal(post?.mediaType, 'CAROUSEL_ALBUM');
    assert.equal(post?.children.length, 3);
  });

  test('the publishing quota is checked first: a full quota is rate_limited with a clear message, nothing is created', async () => {
    fake.useQuota(ann.id, 250);
    const containers = fake.containers.size;
    await assert.rejects(connector().publish(ctx(), { text: 'One too many', media: [] }, 'q'), (e: unknown) => {
      assert.ok(isNetworkError('rate_limited', /250 posts allowed in 24 hours/)(e));
      assert.equal((e as NetworkError).details.retryAfterMs, 3_600_000);
      return true;
    });
    assert.equal(fake.containers.size, containers);
  });

  test('documented refusals: media Threads could not process, an unknown reply target, too many links', async () => {
    await assert.rejects(connector().publish(ctx(), { text: 'x', media: [{ ...file('video/mp4'), url: 'https://media.example/fail.mp4' }] }, 'f'), isNetworkError('rejected', /FAILED_DOWNLOADING_VIDEO/));
    await assert.rejects(connector().reply(ctx(), '424242', { text: 'x', media: [] }, 'r'), isNetworkError('not_found'));
    const links = Array.from({ length: 6 }, (_, i) => `https://e.com/${i}`).join(' ');
    assert.equal(connector().validate({ text: links, media: [] }, connector().limits({}))[0]?.rule, 'too_many_links');
    await assert.rejects(connector().publish(ctx(), { text: links, media: [] }, 'l'), isNetworkError('rejected', /at most 5 links/));
  });

  test('emoji count as their UTF-8 bytes: the validator and Threads agree at the boundary', async () => {
    const fits = `${'a'.repeat(496)}😀`; // 496 + 4 bytes = 500
    assert.deepEqual(connector().validate({ text: fits, media: [] }, connector().limits({})), []);
    await connector().publish(ctx(), { text: fits, media: [] }, 'e1');
    const over = `${'a'.repeat(497)}😀`;
    assert.equal(connector().validate({ text: over, media: [] }, connector().limits({}))[0]?.rule, 'too_long');
    await assert.rejects(connector().publish(ctx(), { text: over, media: [] }, 'e2'), isNetworkError('rejected', /longer than 500/));
  });

  test('rate limits: Graph code 17 with X-Business-Use-Case-Usage, and HTTP 429 with Retry-After', async () => {
    fake.failNext(/\/threads_publishing_limit$/, {
      status: 400,
      headers: { 'x-business-use-case-usage': JSON.stringify({ [ann.id]: [{ type: 'threads', call_count: 100, estimated_time_to_regain_access: 30 }] }) },
      body: { error: { message: '(#17) User request limit reached', type: 'OAuthException', code: 17 } },
    });
    await assert.rejects(connector().publish(ctx(), { text: 'busy', media: [] }, 'b'), (e: unknown) => isNetworkError('rate_limited')(e) && (e as NetworkError).details.retryAfterMs === 30 * 60_000);
    fake.failNext(/\/insights$/, { status: 429, headers: { 'retry-after': '120' }, body: { error: { message: 'Too many calls', code: 4 } } });
    await assert.rejects(connector().fetchMetrics(ctx(), ['1']), (e: unknown) => isNetworkError('rate_limited')(e) && (e as NetworkError).details.retryAfterMs === 120_000);
  });

  test('an expired token is auth; 5xx is transient', async () => {
    const expired = fake.addUser('old');
    const t = fake.tokens.get(expired.token);
    if (t) t.expiresAt = Date.now() - 1000;
    await assert.rejects(connector().publish({ ...ctx({ accessToken: expired.token }), externalId: expired.id }, { text: 'x', media: [] }, 'x'), isNetworkError('auth', /Reconnect/));
    fake.failNext(/\/threads_publish$/, { status: 500, body: { error: { message: 'An unknown error occurred', type: 'OAuthException', code: 1 } } });
    await assert.rejects(connector().publish(ctx(), { text: 'retry me', media: [] }, 't'), isNetworkError('transient'));
  });

  test('a token near expiry is refreshed and saved; a refused refresh is auth', async () => {
    const tok = fake.tokens.get(ann.token);
    if (tok) tok.issuedAt -= 2 * 86_400_000; // refreshable only once a day old
    const saved: Credentials[] = [];
    const soon = { accessToken: ann.token, expiresAt: new Date(Date.now() + 3 * 86_400_000).toISOString() };
    const next = await connector().refreshCredentials(ctx(soon, saved));
    assert.ok(next && next['accessToken'] !== ann.token);
    assert.ok(Date.parse(next['expiresAt'] ?? '') > Date.now() + 59 * 86_400_000);
    assert.deepEqual(saved, [next]);
    assert.equal(await connector().refreshCredentials(ctx(next)), null);
    await connector().connect({ accessToken: next['accessToken'] ?? '' });
    await assert.rejects(connector().refreshCredentials(ctx({ accessToken: 'revoked', expiresAt: soon.expiresAt })), isNetworkError('auth', /Reconnect/));
  });

  test('OAuth: authorize URL, code exchange to a long-lived token, listAccounts; a used code and a denial', async () => {
    const provider = createThreadsOAuthProvider({ ...fake.app, apiUrl: fake.baseUrl, authorizeUrl: 'https://threads.example' });
    const url = new URL(provider.authorizeUrl({ state: 's1', redirectUri: fake.app.redirectUri }));
    assert.equal(url.origin + url.pathname, 'https://threads.example/oauth/authorize');
    assert.equal(url.searchParams.get('scope')?.split(',').includes('threads_manage_insights'), true);
    assert.equal(provider.usesPkce, false);
    const { code } = readThreadsCallback(fake.authorize(url.toString(), ann.id), 's1');
    const grant = await provider.exchangeCode({ code, redirectUri: fake.app.redirectUri });
    assert.equal(grant.userId, ann.id);
    assert.ok(grant.expiresAt && grant.expiresAt.getTime() > Date.now() + 59 * 86_400_000);
    assert.equal(fake.tokens.get(grant.accessToken)?.longLived, true);
    const [choice] = await provider.listAccounts(grant);
    assert.equal(choice?.label, '@ann (Threads)');
    const account = await connector().connect(choice?.connectInput ?? {});
    assert.equal(account.credentials['expiresAt'], grant.expiresAt?.toISOString());
    await assert.rejects(provider.exchangeCode({ code, redirectUri: fake.app.redirectUri }), isNetworkError('auth', /Matching code was not found/));
    assert.throws(() => readThreadsCallback(fake.authorize(url.toString(), ann.id, 'deny'), 's1'), /Permissions error/);
  });

  test('metrics, engagement (nested replies, not our own), reply, hide and delete', async () => {
    const since = new Date(Date.now() - 1000);
    const ours = await connector().publish(ctx(), { text: 'What do you think?', media: [] }, 'm');
    const theirs = fake.reply({ from: ben.id, to: ours.externalId, text: 'Nice' });
    const nested = fake.reply({ from: ben.id, to: theirs.id, text: 'Also…' });
    const mine = await connector().reply(ctx(), theirs.id, { text: 'Thanks!', media: [] }, 'rep');
    assert.equal(fake.posts.get(mine.externalId)?.replyToId, theirs.id);
    const post = fake.posts.get(ours.externalId);
    if (post) post.counters = { views: 120, likes: 7, reposts: 2, quotes: 1, shares: 3 };

    const [m] = await connector().fetchMetrics(ctx(), [ours.externalId, '999999']);
    assert.deepEqual({ ...m, fetchedAt: null }, { externalId: ours.externalId, likes: 7, reposts: 2, replies: 3, quotes: 1, views: 120, impressions: 120, reach: null, saves: null, linkClicks: null, fetchedAt: null });

    const items = await connector().fetchEngagement(ctx(), since);
    assert.deepEqual(items.map((i) => [i.externalId, i.inReplyTo, i.author.handle]), [[theirs.id, ours.externalId, '@ben'], [nested.id, theirs.id, '@ben']]);

    await connector().hideEngagement?.(ctx(), theirs.id, true);
    assert.equal(fake.posts.get(theirs.id)?.hidden, true);
    await assert.rejects(connector().hideEngagement?.(ctx(), nested.id, true) ?? Promise.resolve(), isNetworkError('rejected', /top-level/));
    await connector().deleteEngagement?.(ctx(), mine.externalId);
    await assert.rejects(connector().deleteEngagement?.(ctx(), theirs.id) ?? Promise.resolve(), isNetworkError('auth'));
    await connector().delete(ctx(), ours.externalId);
    assert.equal(fake.posts.has(ours.externalId), false);
    await assert.rejects(connector().delete(ctx(), ours.externalId), isNetworkError('not_found'));
  });

  test('idempotent publish after a crash: findPublished finds the post, or null when it was never published', async () => {
    const content = { text: 'Crash-safe post', media: [] };
    assert.equal(await connector().findPublished(ctx(), 'k', content), null);
    // Crash after creating the container but before threads_publish: nothing to find, a retry makes a new container.
    await raw('POST', `/v1.0/${ann.id}/threads`, ann.token, { media_type: 'TEXT', text: content.text });
    assert.equal(await connector().findPublished(ctx(), 'k', content), null);
    const ref = await connector().publish(ctx(), content, 'k');
    await connector().publish(ctx(), { text: 'Something newer', media: [] }, 'n');
    assert.deepEqual(await connector().findPublished(ctx(), 'k', content), ref);
    const reply = await connector().reply(ctx(), ref.externalId, { text: 'Follow-up', media: [] }, 'kr');
    assert.equal((await connector().findPublished(ctx(), 'kr', { text: 'Follow-up', media: [], inReplyTo: ref.externalId }))?.externalId, reply.externalId);
  });
});
