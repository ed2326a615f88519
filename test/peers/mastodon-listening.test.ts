/**
 * Listening on a real snac2 server (Mastodon client API). What snac2 does, measured here: the hashtag timeline
 * (`/api/v1/timelines/tag/:hashtag`) lists every local public post with the tag at once; `/api/v2/search?type=statuses`
 * answers, but only with posts of the searcher's own timeline, as Mastodon documents for an instance without its
 * full-text index (the searcher's own posts, favourites, bookmarks and mentions). Only local accounts are used.
 * Run: node scripts/test.mjs test/peers/mastodon-listening.test.ts (install snac2 first: sh test/peers/mastodon/setup.sh)
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ChannelContext, SearchQuery } from '../../src/networks/connector.js';
import { createMastodonConnector } from '../../src/networks/mastodon/index.js';
import { startSnac, type SnacServer, type SnacUser } from './mastodon/harness.js';

// snac2 listens on loopback, which Chorus refuses by default (the local-address guard), as a private deployment allows.
process.env.CHORUS_ALLOW_PRIVATE_NETWORKS = '1';
const connector = createMastodonConnector();
let snac: SnacServer;
let alice: SnacUser;
let bob: SnacUser;

const contextFor = (user: SnacUser): ChannelContext => ({
  channelId: `channel-${user.name}`,
  credentials: { accessToken: user.accessToken },
  externalId: user.accountId,
  serviceUrl: snac.baseUrl,
  onCredentialsChanged: async () => {},
});
const query = (q: Partial<SearchQuery>): SearchQuery => ({ keywords: [], hashtags: [], exclude: [], languages: [], ...q });

async function postAs(user: SnacUser, status: string): Promise<string> {
  const response = await fetch(`${snac.baseUrl}/api/v1/statuses`, {
    method: 'POST',
    headers: { authorization: `Bearer ${user.accessToken}`, connection: 'close', 'content-type': 'application/json' },
    body: JSON.stringify({ status, visibility: 'public' }),
  });
  assert.equal(response.status, 200);
  return ((await response.json()) as { id: string }).id;
}

describe('Mastodon listening on snac2', { timeout: 60_000 }, () => {
  before(async () => {
    snac = await startSnac();
    alice = await snac.createUserToken('alice');
    bob = await snac.createUserToken('bob');
  });
  after(async () => snac?.stop());

  test('a hashtag finds other accounts\' public posts with their author and link, not ours, and nothing before `since`', async () => {
    const bobs = await postAs(bob, 'Listening to the #chorusjazz band tonight');
    await postAs(alice, 'Our own #chorusjazz post');
    const items = await connector.search!(contextFor(alice), query({ hashtags: ['chorusjazz'] }), new Date(Date.now() - 60_000));
    assert.deepEqual(items.map((i) => i.externalId), [bobs]);
    const [found] = items;
    assert.equal(found!.kind, 'listening');
    assert.equal(found!.author.externalId, bob.accountId);
    assert.match(found!.author.handle, /^bob@127\.0\.0\.1:\d+$/);
    assert.match(found!.text, /Listening to the #chorusjazz band/);
    assert.ok(found!.url?.startsWith(snac.baseUrl));
    assert.deepEqual(await connector.search!(contextFor(alice), query({ hashtags: ['chorusjazz'] }), new Date(Date.now() + 60_000)), []);
  });

  test('keyword search is answered, within what the instance lets the searcher find (snac2: their own timeline)', async () => {
    await postAs(bob, 'an orchestrina appears');
    await postAs(alice, 'we also say orchestrina');
    // Alice's own post is the only one snac2 returns to her, and our own posts are never matches.
    assert.deepEqual(await connector.search!(contextFor(alice), query({ keywords: ['orchestrina'] }), null), []);
    const forBob = await connector.search!(contextFor(bob), query({ keywords: ['nothing-like-this'] }), null);
    assert.deepEqual(forBob, []);
  });
});
