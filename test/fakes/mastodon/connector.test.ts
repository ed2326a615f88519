/**
 * Contract tests of documented Mastodon behaviour that snac2 does not implement (Idempotency-Key, DELETE returning
 * the status, `scheduled_at`, asynchronous media, rate-limit headers, 422 validation), against the strict fake.
 * Run: node scripts/test.mjs test/fakes/mastodon
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NetworkError, type ChannelContext, type MediaForNetwork } from '../../../src/networks/connector.js';
import { assertFindsPublished, isNetworkError, rawCall } from '../contract.js';
import { createMastodonConnector, exchangeCode, registerApp } from '../../../src/networks/mastodon/index.js';
import { useFake } from '../fixtures.js';
import { startFakeMastodon, type FakeMastodon } from './server.js';

// The fake instance listens on this machine: allowed as a private deployment's own instance would be.
process.env.CHORUS_ALLOW_PRIVATE_NETWORKS = '1';

const connector = createMastodonConnector({ upload: { pollIntervalMs: 5 } });
let fake: FakeMastodon;
let ann: { id: string; token: string };
let ben: { id: string; token: string };

const ctx = (): ChannelContext => ({
  channelId: 'c1',
  credentials: { accessToken: ann.token },
  externalId: ann.id,
  serviceUrl: fake.baseUrl,
  onCredentialsChanged: async () => {},
});

function file(mimeType: string, altText = '', sizeBytes = 64): MediaForNetwork {
  const bytes = Buffer.alloc(sizeBytes, 1);
  return { id: `m-${mimeType.replace('/', '-')}`, mimeType, sizeBytes, width: null, height: null, altText, read: async () => bytes, url: '' };
}


const raw = (method: string, path: string, token: string | null, body?: unknown) => rawCall(fake.baseUrl, method, path, token, body);

describe('Mastodon connector against the documented API (fake)', () => {
  useFake(
    async () => (fake = await startFakeMastodon({ videoProcessingPolls: 2 })),
    () => {
      ann = fake.addAccount('ann');
      ben = fake.addAccount('ben');
    },
  );

  test('the fake is strict: no token → 401, too long → 422, read-only token cannot post → 403', async () => {
    assert.equal((await raw('GET', '/api/v1/accounts/verify_credentials', null)).status, 401);
    assert.deepEqual((await raw('POST', '/api/v1/statuses', 'nope', { status: 'x' })).body, { error: 'The access token is invalid' });
    const tooLong = await raw('POST', '/api/v1/statuses', ann.token, { status: 'x'.repeat(501) });
    assert.equal(tooLong.status, 422);
    assert.deepEqual(tooLong.body, { error: 'Validation failed: Text character limit of 500 exceeded' });
    const reader = fake.addAccount('reader', 'read');
    assert.equal((await raw('POST', '/api/v1/statuses', reader.token, { status: 'x' })).status, 403);
  });

  test('connect reads limits from /api/v2/instance and names the account acct@host', async () => {
    const account = await connector.connect({ instanceUrl: fake.baseUrl, accessToken: ann.token });
    assert.equal(account.externalId, ann.id);
    assert.equal(account.handle, `ann@${fake.host}`);
    assert.equal(account.displayName, 'Ann');
    assert.equal(account.limits.maxGraphemes, 500);
    assert.equal(account.limits.urlLength, 23);
    assert.deepEqual(account.limits.acceptedVideoTypes, ['video/mp4', 'video/webm']);
    assert.ok(fake.requests.some((r) => r.path === '/api/v2/instance'));
    await assert.rejects(connector.connect({ instanceUrl: fake.baseUrl, accessToken: 'wrong' }), isNetworkError('auth', /did not accept this access token/));
  });

  test('connect falls back to /api/v1/instance on servers without v2', async () => {
    const old = await startFakeMastodon({ noV2Instance: true, maxCharacters: 1000 });
    try {
      const user = old.addAccount('old');
      const account = await connector.connect({ instanceUrl: old.baseUrl, accessToken: user.token });
      assert.equal(account.limits.maxGraphemes, 1000);
    } finally {
      await old.stop();
    }
  });

  test('Idempotency-Key: a repeated publish returns the same status and creates no second one', async () => {
    const content = { text: 'Only once, please', media: [] };
    const first = await connector.publish(ctx(), content, 'publication-42');
    const again = await connector.publish(ctx(), content, 'publication-42');
    assert.deepEqual(again, first);
    assert.equal([...fake.statuses.values()].filter((s) => s.accountId === ann.id).length, 1);
    const sent = fake.requests.filter((r) => r.method === 'POST' && r.path === '/api/v1/statuses').at(-1);
    assert.equal(sent?.headers['idempotency-key'], 'publication-42');
    assert.match(first.url, new RegExp(`^${fake.baseUrl}/@ann/`));
  });

  test('a text the validator accepts (a long URL counts 23) is accepted by Mastodon; one over is refused with its message', async () => {
    const url = `https://example.org/${'p'.repeat(300)}`;
    const fits = { text: `${'a'.repeat(476)} ${url}`, media: [] };
    const limits = connector.limits({});
    assert.deepEqual(connector.validate(fits, limits), []);
    await connector.publish(ctx(), fits, 'fits');
    const over = { text: `${'a'.repeat(477)} ${url}`, media: [] };
    assert.equal(connector.validate(over, limits)[0]?.rule, 'too_long');
    await assert.rejects(connector.publish(ctx(), over, 'over'), isNetworkError('rejected', /Text character limit of 500 exceeded/));
  });

  test('media: image with alt text at once, video after polling 206 until processed', async () => {
    const ref = await connector.publish(ctx(), { text: 'Look', media: [file('image/png', 'A sunset over the sea')] }, 'img');
    const status = fake.statuses.get(ref.externalId);
    const imageId = status?.mediaIds[0] ?? '';
    assert.equal((await raw('GET', `/api/v1/statuses/${ref.externalId}`, ann.token)).status, 200);
    const media = fake.requests.find((r) => r.path === '/api/v2/media' && r.headers.authorization === `Bearer ${ann.token}`);
    assert.ok(media?.body instanceof FormData);
    assert.equal(media.body.get('description'), 'A sunset over the sea');
    assert.ok(imageId);

    const video = await connector.publish(ctx(), { text: 'Watch', media: [file('video/mp4')] }, 'vid');
    const polls = fake.requests.filter((r) => r.method === 'GET' && r.path.startsWith('/api/v1/media/'));
    assert.equal(polls.length, 3); // 206, 206, 200
    assert.equal(fake.statuses.get(video.externalId)?.mediaIds.length, 1);
  });

  test('media the instance refuses is a rejected publication with its reason', async () => {
    await assert.rejects(
      connector.publish(ctx(), { text: 'x', media: [file('image/tiff')] }, 'tiff'),
      isNetworkError('rejected', /content type is invalid/),
    );
  });

  test('DELETE returns the deleted status with its source text; deleting again is not_found', async () => {
    const ref = await connector.publish(ctx(), { text: 'Gone soon', media: [] }, 'del');
    const direct = await raw('POST', '/api/v1/statuses', ann.token, { status: 'Redraft me' });
    const id = String((direct.body as { id: string }).id);
    const deleted = await raw('DELETE', `/api/v1/statuses/${id}`, ann.token);
    assert.equal(deleted.status, 200);
    assert.equal((deleted.body as { text: string }).text, 'Redraft me');

    await connector.delete(ctx(), ref.externalId);
    await assert.rejects(connector.delete(ctx(), ref.externalId), isNetworkError('not_found'));
    assert.deepEqual(await connector.fetchMetrics(ctx(), [ref.externalId]), []);
  });

  test('scheduled_at returns a ScheduledStatus (5 minutes minimum); the connector never schedules on the server', async () => {
    const later = new Date(Date.now() + 10 * 60_000).toISOString();
    const scheduled = await raw('POST', '/api/v1/statuses', ann.token, { status: 'Later', scheduled_at: later });
    assert.equal(scheduled.status, 200);
    assert.ok('params' in (scheduled.body as object) && 'scheduled_at' in (scheduled.body as object));
    const soon = await raw('POST', '/api/v1/statuses', ann.token, { status: 'Too soon', scheduled_at: new Date(Date.now() + 60_000).toISOString() });
    assert.equal(soon.status, 422);

    // Chorus schedules itself and publishes at the time: the status exists at once.
    const ref = await connector.publish(ctx(), { text: 'Now', media: [] }, 'now');
    assert.ok(fake.statuses.has(ref.externalId));
    const sent = fake.requests.filter((r) => r.path === '/api/v1/statuses' && r.headers['idempotency-key'] === 'now');
    assert.ok(sent.every((r) => !(r.body && typeof r.body === 'object' && 'scheduled_at' in r.body)));
  });

  test('429 with X-RateLimit headers is rate_limited with the time until reset', async () => {
    const reset = new Date(Date.now() + 42_000).toISOString();
    fake.failNext(/^\/api\/v1\/statuses$/, {
      status: 429,
      headers: { 'x-ratelimit-limit': '300', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      body: { error: 'Too many requests' },
    });
    await assert.rejects(connector.publish(ctx(), { text: 'Busy', media: [] }, 'busy'), (e: unknown) => {
      assert.ok(e instanceof NetworkError && e.kind === 'rate_limited');
      const wait = e.details.retryAfterMs ?? 0;
      assert.ok(wait > 38_000 && wait <= 42_000, String(wait));
      return true;
    });
  });

  test('503 is transient, and the retry with the same key publishes once', async () => {
    fake.failNext(/^\/api\/v1\/statuses$/, { status: 503, body: { error: 'Service Unavailable' } });
    await assert.rejects(connector.publish(ctx(), { text: 'Retry me', media: [] }, 'retry'), isNetworkError('transient'));
    const ref = await connector.publish(ctx(), { text: 'Retry me', media: [] }, 'retry');
    assert.ok(fake.statuses.has(ref.externalId));
  });

  test('a revoked token is auth (the channel needs reconnecting)', async () => {
    const gone = { ...ctx(), credentials: { accessToken: 'revoked' } };
    await assert.rejects(connector.publish(gone, { text: 'x', media: [] }, 'k'), isNetworkError('auth', /Reconnect/));
  });

  test('findPublished finds a status from its Mastodon HTML, or null', async () => {
    const text = 'Launch day!\n\nRead https://example.org/blog/2025/01/our-launch-post?utm_source=chorus & <share>';
    await assertFindsPublished(connector, ctx(), { text, media: [] }, { text: 'Launch day!', media: [] });
  });

  test('findReply finds our reply to that status with that text, written since; like favourites once and takes it back', async () => {
    const ours = await connector.publish(ctx(), { text: 'Questions?', media: [] }, 'find-reply-q');
    const lookup = { parentExternalId: ours.externalId, text: 'An answer', since: new Date(Date.now() - 1000), idempotencyKey: 'engagement-reply:1' };
    assert.equal(await connector.findReply!(ctx(), lookup), null);
    const sent = await connector.reply(ctx(), ours.externalId, { text: 'An answer', media: [] }, lookup.idempotencyKey);
    assert.equal((await connector.findReply!(ctx(), lookup))?.externalId, sent.externalId);
    assert.equal(await connector.findReply!(ctx(), { ...lookup, text: 'Another answer' }), null);
    assert.equal(await connector.findReply!(ctx(), { ...lookup, parentExternalId: sent.externalId }), null, 'a reply to another status');
    assert.equal(await connector.findReply!(ctx(), { ...lookup, since: new Date(Date.now() + 3_600_000) }), null, 'written before the reply was');

    await connector.like!(ctx(), ours.externalId, true);
    await connector.like!(ctx(), ours.externalId, true);
    assert.equal(fake.statuses.get(ours.externalId)?.favourites, 1);
    await connector.like!(ctx(), ours.externalId, false);
    assert.equal(fake.statuses.get(ours.externalId)?.favourites, 0);
    await assert.rejects(connector.like!(ctx(), '999999', true), isNetworkError('not_found'));
  });

  test('reply, metrics and engagement: replies, mentions and direct messages', async () => {
    const since = new Date(Date.now() - 1000);
    const ours = await connector.publish(ctx(), { text: 'What do you think?', media: [] }, 'q');
    const mine = await connector.reply(ctx(), ours.externalId, { text: 'Me first', media: [] }, 'q-reply');
    assert.equal(fake.statuses.get(mine.externalId)?.inReplyToId, ours.externalId);

    const reply = fake.mention({ from: ben.id, to: ann.id, text: '@ann Looks good', inReplyTo: ours.externalId });
    const mention = fake.mention({ from: ben.id, to: ann.id, text: 'Hey @ann' });
    const dm = fake.mention({ from: ben.id, to: ann.id, text: '@ann psst', visibility: 'direct' });
    fake.notifyFavourite(ben.id, ours.externalId);

    const items = await connector.fetchEngagement(ctx(), since);
    assert.deepEqual(
      items.map((i) => [i.kind, i.externalId, i.inReplyTo]),
      [
        ['reply', reply.id, ours.externalId],
        ['mention', mention.id, null],
        ['direct_message', dm.id, null],
      ],
    );
    assert.equal(items[0]?.author.handle, `ben@${fake.host}`);
    assert.equal(items[0]?.text, '@ann Looks good');
    const listed = fake.requests.filter((r) => r.path.startsWith('/api/v1/notifications')).at(-1);
    assert.match(listed?.path ?? '', /types%5B%5D=mention/);

    const [metrics] = await connector.fetchMetrics(ctx(), [ours.externalId]);
    assert.deepEqual({ ...metrics, fetchedAt: null }, {
      externalId: ours.externalId,
      likes: 1,
      reposts: 0,
      replies: 2,
      quotes: null,
      views: null,
      fetchedAt: null,
    });
  });

  test('OAuth: register, approve, exchange; a used code is rejected', async () => {
    const redirectUri = 'https://chorus.example/oauth/mastodon/callback';
    const app = await registerApp({ instanceUrl: fake.baseUrl, redirectUri, clientName: 'Chorus' });
    const code = fake.approve(app.clientId, ann.id);
    const token = await exchangeCode({ app, code });
    assert.equal(token.scope, 'read write');
    const account = await connector.connect({ instanceUrl: fake.baseUrl, accessToken: token.accessToken });
    assert.equal(account.externalId, ann.id);
    await assert.rejects(exchangeCode({ app, code }), isNetworkError('rejected', /start connecting the channel again/));
    await assert.rejects(registerApp({ instanceUrl: fake.baseUrl, redirectUri: '', clientName: '' }), isNetworkError('rejected', /can't be blank/));
  });
});
