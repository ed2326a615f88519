/**
 * The Mastodon connector against a real snac2 server on 127.0.0.1 (install it with `sh test/peers/mastodon/setup.sh`).
 * Only local accounts are used: snac would try to reach any remote account a test mentioned.
 * Run: node scripts/test.mjs test/peers/mastodon.test.ts
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { deflateSync } from 'node:zlib';
import { NetworkError, type ChannelContext, type MediaForNetwork } from '../../src/networks/connector.js';
import { authorizeUrl, createMastodonConnector, exchangeCode, readCallback, registerApp } from '../../src/networks/mastodon/index.js';
import { createHash } from 'node:crypto';
import { MP4_HEAD, rangedMedia } from '../fakes/upload-bytes.js';
import { eventually, startSnac, type SnacServer, type SnacUser } from './mastodon/harness.js';

// snac2 listens on loopback, which Chorus refuses by default (every connection goes through the local-address guard),
// as a private deployment with its own instance would allow.
process.env.CHORUS_ALLOW_PRIVATE_NETWORKS = '1';
const connector = createMastodonConnector();
let snac: SnacServer;
let alice: SnacUser;
let bob: SnacUser;

function contextFor(user: SnacUser): ChannelContext {
  return {
    channelId: `channel-${user.name}`,
    credentials: { accessToken: user.accessToken },
    externalId: user.accountId,
    serviceUrl: snac.baseUrl,
    onCredentialsChanged: async () => {},
  };
}

async function api(user: SnacUser, method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${snac.baseUrl}${path}`, {
    method,
    // No content-type without a body: snac answers 400 to a JSON content-type with an empty payload.
    headers: { authorization: `Bearer ${user.accessToken}`, connection: 'close', ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
}

function field(value: unknown, name: string): unknown {
  return value && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;
}

/** A valid 2×2 PNG, built here so the test needs no fixture file. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer): number => {
    let c = 0xffffffff;
    for (const byte of buf) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function image(altText: string): MediaForNetwork {
  const bytes = tinyPng();
  return {
    id: 'media-1',
    mimeType: 'image/png',
    sizeBytes: bytes.length,
    width: 2,
    height: 2,
    altText,
    read: async () => bytes,
    url: 'http://127.0.0.1/unused',
  };
}

describe('Mastodon connector against snac2', { timeout: 120_000 }, () => {
  before(async () => {
    const started = Date.now();
    snac = await startSnac();
    alice = await snac.createUserToken('alice');
    bob = await snac.createUserToken('bob');
    process.stdout.write(`# snac2 up with two users in ${Date.now() - started} ms at ${snac.baseUrl}\n`);
  });

  after(async () => {
    await snac?.stop();
  });

  test('connect with a right token returns the account and the instance limits', async () => {
    const account = await connector.connect({ instanceUrl: `${snac.baseUrl}/`, accessToken: alice.accessToken });
    assert.equal(account.externalId, alice.accountId);
    assert.equal(account.handle, `alice@${snac.host}`);
    assert.equal(account.serviceUrl, snac.baseUrl);
    assert.deepEqual(account.credentials, { accessToken: alice.accessToken });
    // snac has no /api/v2/instance: these come from /api/v1/instance.
    assert.equal(account.limits.maxGraphemes, 100_000);
    assert.equal(account.limits.urlLength, 32);
    assert.equal(account.limits.maxImages, 4);
    assert.equal(account.limits.maxImageBytes, 16 * 1024 * 1024);
    assert.ok(account.limits.acceptedImageTypes.includes('image/png'));
    assert.ok(!account.limits.acceptedImageTypes.some((t) => !t.startsWith('image/')));
    assert.deepEqual(connector.limits({ limits: account.limits }), account.limits);
  });

  test("reads the account's figures from verify_credentials: followers, following, posts (no reach on Mastodon)", async () => {
    const figures = await connector.fetchAccountMetrics!(contextFor(alice));
    for (const value of [figures.followers, figures.following, figures.posts]) assert.ok(typeof value === 'number' && value >= 0, JSON.stringify(figures));
    assert.deepEqual([figures.impressions, figures.reach], [null, null]);
  });

  test('connect with a wrong token is an auth error a person can act on', async () => {
    await assert.rejects(
      connector.connect({ instanceUrl: snac.baseUrl, accessToken: 'not-a-token' }),
      (error: unknown) => error instanceof NetworkError && error.kind === 'auth' && /access token/.test(error.message),
    );
  });

  test('connect refuses a non-http instance address', async () => {
    await assert.rejects(
      connector.connect({ instanceUrl: 'ftp://127.0.0.1/', accessToken: alice.accessToken }),
      (error: unknown) => error instanceof NetworkError && error.kind === 'rejected',
    );
  });

  test('publishes text, finds it again, and returns null for text never posted', async () => {
    const content = { text: 'Hello from Chorus <3 & friends\nsecond line https://example.org/a?b=1&c=2', media: [] };
    const ref = await connector.publish(contextFor(alice), content, 'key-text-1');
    assert.ok(ref.externalId);
    assert.match(ref.url, new RegExp(`^${snac.baseUrl}/alice/p/`));
    const status = await api(alice, 'GET', `/api/v1/statuses/${ref.externalId}`);
    assert.equal(status.status, 200);

    assert.deepEqual(await connector.findPublished(contextFor(alice), 'key-text-1', content), ref);
    assert.equal(await connector.findPublished(contextFor(alice), 'key-never', { text: 'never posted anywhere', media: [] }), null);
  });

  test('publishes with an image and its alt text', async () => {
    const content = { text: 'A picture', media: [image('Two red and two blue pixels')] };
    const ref = await connector.publish(contextFor(alice), content, 'key-image-1');
    const status = await api(alice, 'GET', `/api/v1/statuses/${ref.externalId}`);
    const attachments = field(status.body, 'media_attachments') as unknown[];
    assert.equal(attachments.length, 1);
    assert.equal(field(attachments[0], 'description'), 'Two red and two blue pixels');
    assert.deepEqual(await connector.findPublished(contextFor(alice), 'key-image-1', content), ref);
  });

  test('a video streams to snac2 range by range and the file it serves back is the same', async () => {
    const streaming = createMastodonConnector({ upload: { readBytes: 256 * 1024 } });
    const size = 2 * 1024 * 1024 + 5;
    const video = rangedMedia('video/mp4', size, { head: MP4_HEAD, altText: 'A short clip' });
    const ref = await streaming.publish(contextFor(alice), { text: 'A clip', media: [video.media] }, 'key-video-streamed');
    assert.equal(video.ranges.length, Math.ceil(size / (256 * 1024)), 'read() throws: only ranges were read');
    const status = await api(alice, 'GET', `/api/v1/statuses/${ref.externalId}`);
    const [attachment] = field(status.body, 'media_attachments') as unknown[];
    assert.equal(field(attachment, 'description'), 'A short clip');
    const served = await fetch(String(field(attachment, 'url')), { headers: { connection: 'close' } });
    assert.equal(served.status, 200);
    assert.equal(createHash('sha256').update(Buffer.from(await served.arrayBuffer())).digest('hex'), video.sha256);
  });

  test('replies to a status', async () => {
    const parent = await connector.publish(contextFor(alice), { text: 'A thread starts', media: [] }, 'key-parent');
    const child = await connector.reply(contextFor(alice), parent.externalId, { text: 'and goes on', media: [] }, 'key-child');
    const status = await api(alice, 'GET', `/api/v1/statuses/${child.externalId}`);
    assert.equal(field(status.body, 'in_reply_to_id'), parent.externalId);
  });

  test('fetchMetrics sees a favourite from a second local user', async (t) => {
    const ref = await connector.publish(contextFor(alice), { text: 'Like me', media: [] }, 'key-metrics');
    await snac.insertIntoTimeline('bob', ref.url);
    const favourite = await api(bob, 'POST', `/api/v1/statuses/${ref.externalId}/favourite`);
    assert.equal(favourite.status, 200);
    const started = Date.now();
    const metrics = await eventually(async () => {
      const [m] = await connector.fetchMetrics(contextFor(alice), [ref.externalId]);
      return m && m.likes >= 1 ? m : undefined;
    });
    t.diagnostic(`favourite visible to the author after ${Date.now() - started} ms`);
    assert.equal(metrics.externalId, ref.externalId);
    assert.equal(metrics.likes, 1);
    assert.equal(metrics.quotes, null);
    assert.equal(metrics.views, null);
  });

  test('fetchEngagement sees a mention and a reply from a second local user', async (t) => {
    const since = new Date(Date.now() - 60_000);
    const ours = await connector.publish(contextFor(alice), { text: 'Answer me', media: [] }, 'key-engagement');
    await snac.insertIntoTimeline('bob', ours.url);
    const mention = await api(bob, 'POST', '/api/v1/statuses', { status: '@alice hello there' });
    const reply = await api(bob, 'POST', '/api/v1/statuses', { status: '@alice an answer', in_reply_to_id: ours.externalId });
    assert.equal(mention.status, 200);
    assert.equal(reply.status, 200);
    const started = Date.now();
    const items = await eventually(async () => {
      const found = await connector.fetchEngagement(contextFor(alice), since);
      return found.length >= 2 ? found : undefined;
      // snac's delivery queue between local users: 6–9 s for one message, ≈ 3 s more for each one queued before it
      // (measured 14–26 s for these two after the favourite above).
    }, 60_000, 1000);
    t.diagnostic(`mention and reply delivered between local users after ${Date.now() - started} ms`);
    const asMention = items.find((i) => i.externalId === String(field(mention.body, 'id')));
    const asReply = items.find((i) => i.externalId === String(field(reply.body, 'id')));
    assert.ok(asMention && asReply, JSON.stringify(items));
    assert.equal(asMention.kind, 'mention');
    assert.match(asMention.text, /hello there/);
    assert.equal(asMention.author.externalId, bob.accountId);
    assert.equal(asMention.author.handle, `bob@${snac.host}`);
    assert.equal(asReply.kind, 'reply');
    assert.equal(asReply.inReplyTo, ours.externalId);
    assert.deepEqual(await connector.fetchEngagement(contextFor(alice), new Date(Date.now() + 60_000)), []);
  });

  test('delete: snac2 has no DELETE /api/v1/statuses/:id, which surfaces as not_found', async () => {
    const ref = await connector.publish(contextFor(alice), { text: 'Short-lived', media: [] }, 'key-delete');
    await assert.rejects(
      connector.delete(contextFor(alice), ref.externalId),
      (error: unknown) => error instanceof NetworkError && error.kind === 'not_found',
    );
  });

  test('OAuth end to end: register, authorize, log in, exchange the code, connect', async () => {
    const password = await snac.addUser('carol');
    const redirectUri = 'http://127.0.0.1/chorus/oauth/mastodon/callback';
    const app = await registerApp({ instanceUrl: snac.baseUrl, redirectUri, clientName: 'Chorus' });
    assert.equal(app.instanceUrl, snac.baseUrl);
    const state = 'state-123';
    const url = authorizeUrl({ app, state });
    const page = await fetch(url, { headers: { connection: 'close' } });
    assert.equal(page.status, 200);
    assert.match(await page.text(), /x-snac-login/);
    const callback = await snac.login({ name: 'carol', password, clientId: app.clientId, redirectUri, state });
    assert.throws(() => readCallback(callback, 'another-state'), NetworkError);
    const { code } = readCallback(callback, state);
    const token = await exchangeCode({ app, code });
    const account = await connector.connect({ instanceUrl: app.instanceUrl, accessToken: token.accessToken });
    assert.equal(account.handle, `carol@${snac.host}`);
  });

  test('refreshCredentials: Mastodon tokens do not expire', async () => {
    assert.equal(await connector.refreshCredentials(contextFor(alice)), null);
  });
});
