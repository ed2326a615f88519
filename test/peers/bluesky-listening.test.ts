/**
 * Listening on a real local Bluesky network (PLC + PDS + AppView from @atproto/dev-env): `app.bsky.feed.searchPosts`
 * through the account's PDS (which forwards it to its AppView) and straight from the AppView. The local AppView has
 * no search service and matches the query as a substring of the text, which is why the connector sends each keyword
 * and `#hashtag` as its own query. Needs `bash test/peers/bluesky/setup.sh` once, PostgreSQL and Redis (see README).
 *
 *   node scripts/test.mjs test/peers/bluesky-listening.test.ts
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ChannelContext, SearchQuery } from '../../src/networks/connector.js';
import { createBlueskyConnector } from '../../src/networks/bluesky/index.js';
import { startBlueskyNetwork, type BlueskyNetwork, type TestAccount } from './bluesky/harness.js';

const query = (q: Partial<SearchQuery>): SearchQuery => ({ keywords: [], hashtags: [], exclude: [], languages: [], ...q });

describe('Bluesky listening on the local Bluesky network', { timeout: 300_000 }, () => {
  let net: BlueskyNetwork;
  let alice: TestAccount;
  let bob: TestAccount;
  let carol: TestAccount;
  let channel: ChannelContext;
  const posts: Record<string, string> = {};

  before(async () => {
    net = await startBlueskyNetwork();
    alice = await net.createAccount('alice');
    bob = await net.createAccount('bob');
    carol = await net.createAccount('carol');
    const account = await createBlueskyConnector({ service: net.pdsUrl }).connect({ identifier: alice.identifier, appPassword: alice.appPassword });
    channel = {
      channelId: 'channel-alice',
      credentials: account.credentials,
      externalId: account.externalId,
      serviceUrl: account.serviceUrl,
      onCredentialsChanged: async (next) => void (channel.credentials = next),
    };
    const post = async (who: TestAccount, text: string, langs: string[]) =>
      (await who.agent.post({ text, langs, createdAt: new Date().toISOString() })).uri;
    posts['bob'] = await post(bob, 'Tuning the orchestrina today', ['en']);
    posts['carol'] = await post(carol, 'Soirée #chorusjazz ce soir', ['fr-FR']);
    posts['alice'] = await post(alice, 'Our own orchestrina #chorusjazz', ['en']);
    posts['other'] = await post(bob, 'Nothing to see here', ['en']);
    await net.processAll();
  });

  after(async () => net?.stop());

  for (const via of ['the PDS', 'the AppView'] as const) {
    it(`finds keywords and hashtags through ${via}, with author, link and language, never our own posts`, async () => {
      const bluesky = createBlueskyConnector({ service: net.pdsUrl, ...(via === 'the AppView' ? { appView: net.appViewUrl } : {}) });
      const items = await bluesky.search!(channel, query({ keywords: ['orchestrina'], hashtags: ['chorusjazz'] }), new Date(Date.now() - 10 * 60_000));
      assert.deepEqual(items.map((i) => i.externalId).sort(), [posts['bob'], posts['carol']].sort());
      const fromBob = items.find((i) => i.externalId === posts['bob'])!;
      assert.equal(fromBob.kind, 'listening');
      assert.deepEqual(fromBob.author.externalId, bob.did);
      assert.equal(fromBob.author.handle, 'bob.test');
      assert.equal(fromBob.url, `https://bsky.app/profile/bob.test/post/${posts['bob']!.split('/').pop()}`);
      assert.deepEqual(items.find((i) => i.externalId === posts['carol'])!.languages, ['fr']);
      // Nothing after `since`.
      assert.deepEqual(await bluesky.search!(channel, query({ keywords: ['orchestrina'] }), new Date(Date.now() + 60_000)), []);
    });
  }
});
