/**
 * The Bluesky connector against a real local Bluesky network (PLC + PDS + AppView from @atproto/dev-env).
 * Needs `bash test/peers/bluesky/setup.sh` once, PostgreSQL on 127.0.0.1:5432 and Redis on 127.0.0.1:6379.
 *
 *   node scripts/test.mjs test/peers/bluesky.test.ts
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RichText } from '@atproto/api';
import type { ChannelContext, ConnectedAccount, Credentials, MediaForNetwork, PublicationContent } from '../../src/networks/connector.js';
import { NetworkError } from '../../src/networks/connector.js';
import { createBlueskyConnector, recordKeyFor } from '../../src/networks/bluesky/index.js';
import { createHash } from 'node:crypto';
import { MP4_HEAD, rangedMedia } from '../fakes/upload-bytes.js';
import { startBlueskyNetwork, type BlueskyNetwork, type TestAccount } from './bluesky/harness.js';

// A valid 1×1 PNG.
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

interface TestChannel extends ChannelContext {
  saved: Credentials[];
}

function channelOf(account: ConnectedAccount): TestChannel {
  const channel: TestChannel = {
    channelId: `channel-${account.handle}`,
    credentials: account.credentials,
    externalId: account.externalId,
    serviceUrl: account.serviceUrl,
    saved: [],
    async onCredentialsChanged(next) {
      channel.saved.push(next);
      channel.credentials = next;
    },
  };
  return channel;
}

function text(t: string, extra: Partial<PublicationContent> = {}): PublicationContent {
  return { text: t, media: [], ...extra };
}

function png(altText: string): MediaForNetwork {
  return {
    id: 'media-1',
    mimeType: 'image/png',
    sizeBytes: PNG_1X1.length,
    width: 1,
    height: 1,
    altText,
    read: async () => PNG_1X1,
    url: 'http://127.0.0.1:1/unused',
  };
}

function rkeyOf(uri: string): string {
  return uri.split('/').pop()!;
}

describe('Bluesky connector on the local Bluesky network', { timeout: 300_000 }, () => {
  let net: BlueskyNetwork;
  let alice: TestAccount;
  let bob: TestAccount;
  let aliceAccount: ConnectedAccount;
  let channel: TestChannel;
  const bluesky = () => createBlueskyConnector({ service: net.pdsUrl });

  before(async () => {
    const t0 = performance.now();
    net = await startBlueskyNetwork();
    const spawnToReady = Math.round(performance.now() - t0);
    console.log(
      `# local Bluesky network: ready in ${spawnToReady} ms (${net.startupMs} ms inside), RSS ${Math.round(net.rssBytes() / 1e6)} MB`,
    );
    alice = await net.createAccount('alice');
    bob = await net.createAccount('bob');
    await alice.agent.upsertProfile((existing) => ({ ...existing, displayName: 'Alice Liddell' }));
    await net.processAll();
    aliceAccount = await bluesky().connect({ identifier: alice.identifier, appPassword: alice.appPassword });
    channel = channelOf(aliceAccount);
  });

  after(async () => {
    if (!net) return;
    const rss = Math.round(net.rssBytes() / 1e6);
    const t0 = performance.now();
    await net.stop();
    console.log(`# local Bluesky network: RSS ${rss} MB after the tests, stopped in ${Math.round(performance.now() - t0)} ms`);
  });

  it('connects with an app password and returns the account', () => {
    assert.equal(aliceAccount.externalId, alice.did);
    assert.equal(aliceAccount.handle, 'alice.test');
    assert.equal(aliceAccount.displayName, 'Alice Liddell');
    assert.equal(new URL(aliceAccount.serviceUrl!).port, new URL(net.pdsUrl).port);
    assert.equal(aliceAccount.credentials['did'], alice.did);
    assert.ok(aliceAccount.credentials['accessJwt']);
    assert.ok(aliceAccount.credentials['refreshJwt']);
    assert.equal(aliceAccount.credentials['appPassword'], alice.appPassword);
    assert.equal(aliceAccount.limits.maxGraphemes, 300);
  });

  it('refuses a wrong app password with an auth error naming the handle', async () => {
    await assert.rejects(
      bluesky().connect({ identifier: alice.identifier, appPassword: 'aaaa-bbbb-cccc-dddd' }),
      (err: unknown) => {
        assert.ok(err instanceof NetworkError);
        assert.equal(err.kind, 'auth');
        assert.match(err.message, /alice\.test/);
        return true;
      },
    );
  });

  it('publishes text with a link, facets addressed by UTF-8 byte offsets', async () => {
    const prefix = 'Café ☕ 👩🏽‍💻 — read ';
    const url = 'https://example.com/a?b=1';
    const ref = await bluesky().publish(channel, text(`${prefix}${url} now #chorus`), 'pub-link-1');
    assert.match(ref.externalId, new RegExp(`^at://${alice.did}/app\\.bsky\\.feed\\.post/`));
    assert.equal(ref.url, `https://bsky.app/profile/alice.test/post/${rkeyOf(ref.externalId)}`);
    assert.equal(rkeyOf(ref.externalId), recordKeyFor('pub-link-1'));

    const stored = await alice.agent.com.atproto.repo.getRecord({
      repo: alice.did,
      collection: 'app.bsky.feed.post',
      rkey: rkeyOf(ref.externalId),
    });
    const record = stored.data.value as { text: string; createdAt: string; facets: Array<{ index: { byteStart: number; byteEnd: number }; features: Array<Record<string, unknown>> }> };
    const link = record.facets.find((f) => f.features[0]?.['$type'] === 'app.bsky.richtext.facet#link');
    assert.ok(link, 'a link facet');
    const byteStart = Buffer.byteLength(prefix, 'utf8');
    assert.deepEqual(link.index, { byteStart, byteEnd: byteStart + Buffer.byteLength(url) });
    assert.equal(link.features[0]?.['uri'], url);
    const tag = record.facets.find((f) => f.features[0]?.['$type'] === 'app.bsky.richtext.facet#tag');
    assert.equal(tag?.features[0]?.['tag'], 'chorus');
    assert.ok(Math.abs(Date.parse(record.createdAt) - Date.now()) < 60_000);
  });

  it('publishes an image with alt text and aspect ratio', async () => {
    const ref = await bluesky().publish(channel, text('A dot', { media: [png('A single red dot')] }), 'pub-image-1');
    const stored = await alice.agent.com.atproto.repo.getRecord({
      repo: alice.did,
      collection: 'app.bsky.feed.post',
      rkey: rkeyOf(ref.externalId),
    });
    const embed = (stored.data.value as { embed: { $type: string; images: Array<Record<string, unknown>> } }).embed;
    assert.equal(embed.$type, 'app.bsky.embed.images');
    assert.equal(embed.images.length, 1);
    assert.equal(embed.images[0]?.['alt'], 'A single red dot');
    assert.deepEqual(embed.images[0]?.['aspectRatio'], { width: 1, height: 1 });
    await net.processAll();
    const view = await alice.agent.app.bsky.feed.getPosts({ uris: [ref.externalId] });
    assert.equal(view.data.posts.length, 1, 'the AppView indexed the post');
  });

  it("publishes a link's card as an external embed with its thumbnail blob, which the AppView shows", async () => {
    const url = 'https://example.com/summer';
    const card = { url, title: 'Tastes of summer days', description: 'Cold and refreshing.', thumb: { bytes: PNG_1X1, mimeType: 'image/png' } };
    const ref = await bluesky().publish(channel, text(`Summer is here ${url}`, { linkCard: card }), 'pub-card-1');
    const stored = await alice.agent.com.atproto.repo.getRecord({ repo: alice.did, collection: 'app.bsky.feed.post', rkey: rkeyOf(ref.externalId) });
    const embed = (stored.data.value as { embed: { $type: string; external: { uri: string; title: string; description: string; thumb?: { mimeType: string } } } }).embed;
    assert.equal(embed.$type, 'app.bsky.embed.external');
    assert.deepEqual([embed.external.uri, embed.external.title, embed.external.description], [url, card.title, card.description]);
    assert.equal(embed.external.thumb?.mimeType, 'image/png');
    await net.processAll();
    const view = await alice.agent.app.bsky.feed.getPosts({ uris: [ref.externalId] });
    const shown = view.data.posts[0]?.embed as { $type: string; external: { title: string; thumb?: string } } | undefined;
    assert.equal(shown?.$type, 'app.bsky.embed.external#view');
    assert.equal(shown?.external.title, card.title);
    assert.ok(shown?.external.thumb, 'the AppView serves the thumbnail');
    const withImage = await bluesky().publish(channel, text(`A dot ${url}`, { media: [png('dot')], linkCard: card }), 'pub-card-2');
    const imageRecord = await alice.agent.com.atproto.repo.getRecord({ repo: alice.did, collection: 'app.bsky.feed.post', rkey: rkeyOf(withImage.externalId) });
    assert.equal((imageRecord.data.value as { embed: { $type: string } }).embed.$type, 'app.bsky.embed.images', 'pictures win over the card');
  });

  it('publishes a video with its description', async () => {
    // The smallest thing a content sniffer calls MP4: an `ftyp` box with the `isom` brand.
    const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2')]);
    const video: MediaForNetwork = {
      id: 'video-1',
      mimeType: 'video/mp4',
      sizeBytes: mp4.length,
      width: 1920,
      height: 1080,
      altText: 'A short clip',
      read: async () => mp4,
      url: 'http://127.0.0.1:1/unused',
    };
    const ref = await bluesky().publish(channel, text('Watch this', { media: [video] }), 'pub-video-1');
    const stored = await alice.agent.com.atproto.repo.getRecord({
      repo: alice.did,
      collection: 'app.bsky.feed.post',
      rkey: rkeyOf(ref.externalId),
    });
    const embed = (stored.data.value as { embed: Record<string, unknown> }).embed;
    assert.equal(embed['$type'], 'app.bsky.embed.video');
    assert.equal(embed['alt'], 'A short clip');
    assert.deepEqual(embed['aspectRatio'], { width: 1920, height: 1080 });
  });

  it('streams a video to the PDS range by range, and the PDS keeps exactly those bytes', async () => {
    const size = 2 * 1024 * 1024 + 3;
    const video = rangedMedia('video/mp4', size, { head: MP4_HEAD, altText: 'Streamed' });
    const ref = await bluesky().publish(channel, text('Streamed clip', { media: [video.media] }), 'pub-video-streamed');
    assert.equal(video.ranges.length, 3, 'read() throws: only 1 MiB ranges were read');
    const stored = await alice.agent.com.atproto.repo.getRecord({ repo: alice.did, collection: 'app.bsky.feed.post', rkey: rkeyOf(ref.externalId) });
    const embed = (stored.data.value as { embed: { video: { ref: { toString(): string }; size: number } } }).embed;
    assert.equal(embed.video.size, size);
    const blob = await alice.agent.com.atproto.sync.getBlob({ did: alice.did, cid: embed.video.ref.toString() });
    assert.equal(createHash('sha256').update(blob.data).digest('hex'), video.sha256);
  });

  it('publishes once per idempotency key, and findPublished finds that post', async () => {
    const key = 'pub-once-1';
    const first = await bluesky().publish(channel, text('Only once'), key);
    const second = await bluesky().publish(channel, text('Only once'), key);
    assert.deepEqual(second, first);

    const found = await bluesky().findPublished(channel, key, text('Only once'));
    assert.deepEqual(found, first);
    assert.equal(await bluesky().findPublished(channel, 'never-used-key', text('x')), null);

    const listed = await alice.agent.com.atproto.repo.listRecords({ repo: alice.did, collection: 'app.bsky.feed.post', limit: 100 });
    const withKey = listed.data.records.filter((r) => r.uri === first.externalId);
    assert.equal(withKey.length, 1);
    const onlyOnce = listed.data.records.filter((r) => (r.value as { text?: string }).text === 'Only once');
    assert.equal(onlyOnce.length, 1);
  });

  it('returns the existing record when an earlier attempt already wrote it', async () => {
    // As if a previous attempt crashed after the PDS wrote the record but before Chorus saved the result.
    const key = 'pub-crashed-1';
    await alice.agent.com.atproto.repo.createRecord({
      repo: alice.did,
      collection: 'app.bsky.feed.post',
      rkey: recordKeyFor(key),
      record: { $type: 'app.bsky.feed.post', text: 'Written by the crashed attempt', createdAt: new Date().toISOString() },
    });
    const ref = await bluesky().publish(channel, text('Written by the crashed attempt'), key);
    assert.equal(rkeyOf(ref.externalId), recordKeyFor(key));
  });

  it('returns the existing record when a concurrent attempt wrote it between the lookup and the create', async () => {
    const key = 'pub-race-1';
    const rkey = recordKeyFor(key);
    await alice.agent.com.atproto.repo.createRecord({
      repo: alice.did,
      collection: 'app.bsky.feed.post',
      rkey,
      record: { $type: 'app.bsky.feed.post', text: 'Written by the other attempt', createdAt: new Date().toISOString() },
    });
    // Hide the record from the first lookup only, as if the other attempt had not written it yet.
    let hidden = false;
    const racingFetch: typeof fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (!hidden && url.includes('com.atproto.repo.getRecord') && url.includes(rkey)) {
        hidden = true;
        return Response.json({ error: 'RecordNotFound', message: 'Could not locate record' }, { status: 400 });
      }
      return fetch(input, init);
    };
    const connector = createBlueskyConnector({ service: net.pdsUrl, fetch: racingFetch });
    const ref = await connector.publish(channel, text('Written by this attempt'), key);
    assert.ok(hidden);
    assert.equal(rkeyOf(ref.externalId), rkey);
    const stored = await alice.agent.com.atproto.repo.getRecord({ repo: alice.did, collection: 'app.bsky.feed.post', rkey });
    assert.equal((stored.data.value as { text: string }).text, 'Written by the other attempt');
  });

  it('turns a mention of a handle into a mention facet with its DID', async () => {
    const body = 'Thanks @bob.test!';
    const ref = await bluesky().publish(channel, text(body), 'pub-mention-1');
    const stored = await alice.agent.com.atproto.repo.getRecord({
      repo: alice.did,
      collection: 'app.bsky.feed.post',
      rkey: rkeyOf(ref.externalId),
    });
    const facets = (stored.data.value as { facets: Array<{ index: { byteStart: number; byteEnd: number }; features: unknown[] }> }).facets;
    assert.deepEqual(facets, [
      {
        $type: 'app.bsky.richtext.facet',
        index: { byteStart: 7, byteEnd: 16 },
        features: [{ $type: 'app.bsky.richtext.facet#mention', did: bob.did }],
      },
    ]);
  });

  it('replies with root and parent refs', async () => {
    const root = await bluesky().publish(channel, text('Thread root'), 'thread-root');
    const first = await bluesky().reply(channel, root.externalId, text('First reply'), 'thread-reply-1');
    const second = await bluesky().reply(channel, first.externalId, text('Second reply'), 'thread-reply-2');
    const stored = await alice.agent.com.atproto.repo.getRecord({
      repo: alice.did,
      collection: 'app.bsky.feed.post',
      rkey: rkeyOf(second.externalId),
    });
    const reply = (stored.data.value as { reply: { root: { uri: string }; parent: { uri: string } } }).reply;
    assert.equal(reply.root.uri, root.externalId);
    assert.equal(reply.parent.uri, first.externalId);
    await net.processAll();
    const thread = await alice.agent.app.bsky.feed.getPostThread({ uri: root.externalId });
    assert.ok(JSON.stringify(thread.data).includes(second.externalId), 'the AppView threads the replies');
  });

  it('findReply finds a reply by its idempotency key after an interrupted attempt, or null', async () => {
    const root = await bluesky().publish(channel, text('Ask me'), 'find-reply-root');
    const lookup = { parentExternalId: root.externalId, text: 'Answered', since: new Date(Date.now() - 60_000), idempotencyKey: 'engagement-reply:find-1' };
    assert.equal(await bluesky().findReply!(channel, lookup), null);
    const sent = await bluesky().reply(channel, root.externalId, text('Answered'), lookup.idempotencyKey);
    assert.deepEqual(await bluesky().findReply!(channel, lookup), sent);
  });

  it("reads the account's figures from its profile on the AppView: followers, follows, posts", async () => {
    await bob.agent.follow(alice.did);
    await net.processAll();
    const figures = await bluesky().fetchAccountMetrics!(channel);
    assert.ok((figures.followers ?? 0) >= 1, JSON.stringify(figures));
    assert.ok((figures.posts ?? 0) >= 1, 'alice has posted by now');
    assert.deepEqual([figures.impressions, figures.reach], [null, null]);
  });

  it("likes bob's post once however often asked, and takes the like back", async () => {
    const bobs = await bluesky().publish(channelOf(await bluesky().connect({ identifier: bob.identifier, appPassword: bob.appPassword })), text('Like me'), 'bob-like-me');
    await bluesky().like!(channel, bobs.externalId, true);
    await bluesky().like!(channel, bobs.externalId, true);
    const likes = async () => (await alice.agent.com.atproto.repo.listRecords({ repo: alice.did, collection: 'app.bsky.feed.like' })).data.records;
    const mine = (await likes()).filter((r) => (r.value as { subject: { uri: string } }).subject.uri === bobs.externalId);
    assert.equal(mine.length, 1);
    await bluesky().like!(channel, bobs.externalId, false);
    await bluesky().like!(channel, bobs.externalId, false);
    assert.equal((await likes()).filter((r) => (r.value as { subject: { uri: string } }).subject.uri === bobs.externalId).length, 0);
  });

  it('deletes a post, and reports not_found when it is already gone', async () => {
    const ref = await bluesky().publish(channel, text('To be deleted'), 'pub-delete-1');
    await bluesky().delete(channel, ref.externalId);
    assert.equal(await bluesky().findPublished(channel, 'pub-delete-1', text('To be deleted')), null);
    await assert.rejects(bluesky().delete(channel, ref.externalId), (err: unknown) => {
      assert.ok(err instanceof NetworkError);
      assert.equal(err.kind, 'not_found');
      return true;
    });
  });

  it('reads likes, reposts, replies and quotes', async () => {
    const ref = await bluesky().publish(channel, text('Count me'), 'pub-metrics-1');
    await net.processAll();
    const view = await bob.agent.app.bsky.feed.getPosts({ uris: [ref.externalId] });
    const cid = view.data.posts[0]!.cid;
    await bob.agent.like(ref.externalId, cid);
    await bob.agent.repost(ref.externalId, cid);
    await net.processAll();
    const [metrics] = await bluesky().fetchMetrics(channel, [ref.externalId]);
    assert.ok(metrics);
    assert.equal(metrics.externalId, ref.externalId);
    assert.equal(metrics.likes, 1);
    assert.equal(metrics.reposts, 1);
    assert.equal(metrics.replies, 0);
    assert.equal(metrics.views, null);

    // The same counts read straight from the AppView, and a deleted post simply missing from the answer.
    const viaAppView = createBlueskyConnector({ service: net.pdsUrl, appView: net.appViewUrl });
    const gone = await bluesky().publish(channel, text('Gone soon'), 'pub-metrics-gone');
    await bluesky().delete(channel, gone.externalId);
    await net.processAll();
    const direct = await viaAppView.fetchMetrics(channel, [ref.externalId, gone.externalId]);
    assert.deepEqual(
      direct.map((m) => [m.externalId, m.likes, m.reposts]),
      [[ref.externalId, 1, 1]],
    );
  });

  it('connects with the profile read from an AppView given in the options', async () => {
    const viaAppView = createBlueskyConnector({ service: net.pdsUrl, appView: net.appViewUrl });
    const account = await viaAppView.connect({ identifier: '@alice.test', appPassword: alice.appPassword });
    assert.equal(account.displayName, 'Alice Liddell');
    assert.equal(account.externalId, alice.did);
  });

  it('sees a reply and a mention from another account in the engagement', async () => {
    const root = await bluesky().publish(channel, text('Talk to me'), 'pub-engagement-root');
    // Index the root before the reply exists, or the AppView drops the reply's notification.
    await net.processAll();
    const rootView = await bob.agent.app.bsky.feed.getPosts({ uris: [root.externalId] });
    const rootRef = { uri: root.externalId, cid: rootView.data.posts[0]!.cid };
    const before = new Date(Date.now() - 1000);
    const reply = await bob.agent.post({ text: 'Hello back', reply: { root: rootRef, parent: rootRef } });
    const mentionText = new RichText({ text: 'Hey @alice.test, look' });
    await mentionText.detectFacets(bob.agent);
    const mention = await bob.agent.post({ text: mentionText.text, facets: mentionText.facets });
    await net.processAll();

    const items = await bluesky().fetchEngagement(channel, before);
    const replyItem = items.find((i) => i.externalId === reply.uri);
    assert.ok(replyItem, `reply in ${JSON.stringify(items.map((i) => i.kind))}`);
    assert.equal(replyItem.kind, 'reply');
    assert.equal(replyItem.inReplyTo, root.externalId);
    assert.equal(replyItem.text, 'Hello back');
    assert.equal(replyItem.author.handle, 'bob.test');
    assert.equal(replyItem.author.externalId, bob.did);
    assert.equal(replyItem.url, `https://bsky.app/profile/bob.test/post/${rkeyOf(reply.uri)}`);
    const mentionItem = items.find((i) => i.externalId === mention.uri);
    assert.ok(mentionItem, 'mention');
    assert.equal(mentionItem.kind, 'mention');
    assert.equal(mentionItem.inReplyTo, null);

    const later = await bluesky().fetchEngagement(channel, new Date(Date.now() + 60_000));
    assert.deepEqual(later, []);
  });

  it('refreshes the session, and recovers from a dead access token by saving new tokens', async () => {
    const before = channel.credentials;
    const refreshed = await bluesky().refreshCredentials(channel);
    assert.ok(refreshed);
    assert.notEqual(refreshed['accessJwt'], before['accessJwt']);
    assert.notEqual(refreshed['refreshJwt'], before['refreshJwt']);
    assert.equal(refreshed['did'], alice.did);
    channel.credentials = refreshed;

    // A broken access token: the connector refreshes (or logs in again) and hands the new tokens to Chorus.
    channel.credentials = { ...refreshed, accessJwt: 'not-a-token' };
    const savedBefore = channel.saved.length;
    const ref = await bluesky().publish(channel, text('After a dead token'), 'pub-after-refresh');
    assert.ok(ref.externalId);
    assert.equal(channel.saved.length, savedBefore + 1);
    assert.notEqual(channel.credentials['accessJwt'], 'not-a-token');

    // Both tokens dead: the stored app password logs in again.
    channel.credentials = { ...channel.credentials, accessJwt: 'dead', refreshJwt: 'dead' };
    const again = await bluesky().refreshCredentials(channel);
    assert.ok(again?.['accessJwt'] && again['accessJwt'] !== 'dead');
  });
});
