/**
 * Listening on Mastodon against the documented API (strict fake): what snac2 does not show — full-text search of
 * other accounts' posts on an instance with its search index, and the language each status carries. Runs beside the
 * snac2 peer test (test/peers/mastodon-listening.test.ts). Run: node scripts/test.mjs test/fakes/mastodon/search.test.ts
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ChannelContext, SearchQuery } from '../../../src/networks/connector.js';
import { createMastodonConnector } from '../../../src/networks/mastodon/index.js';
import { rawCall } from '../contract.js';
import { useFake } from '../fixtures.js';
import { startFakeMastodon, type FakeMastodon } from './server.js';

// The fake instance listens on this machine: allowed as a private deployment's own instance would be.
process.env.CHORUS_ALLOW_PRIVATE_NETWORKS = '1';

const connector = createMastodonConnector();
let fake: FakeMastodon;
let ann: { id: string; token: string };
let ben: { id: string; token: string };
const ctx = (): ChannelContext => ({ channelId: 'c1', credentials: { accessToken: ann.token }, externalId: ann.id, serviceUrl: fake.baseUrl, onCredentialsChanged: async () => {} });
const query = (q: Partial<SearchQuery>): SearchQuery => ({ keywords: [], hashtags: [], exclude: [], languages: [], ...q });
const postAs = async (who: { token: string }, status: string, extra: Record<string, unknown> = {}) =>
  (await rawCall(fake.baseUrl, 'POST', '/api/v1/statuses', who.token, { status, ...extra })).body as { id: string };

describe('Mastodon listening (documented API, fake with a search index)', () => {
  useFake(
    async () => (fake = await startFakeMastodon({ fullTextSearch: true })),
    () => {
      ann = fake.addAccount('ann');
      ben = fake.addAccount('ben');
    },
  );

  test('keywords and hashtags find other accounts\' public posts once each, with language, never ours or private ones', async () => {
    const both = await postAs(ben, 'The orchestrina at #ChorusJazz', { language: 'en' });
    const tagged = await postAs(ben, 'Ce soir #chorusjazz', { language: 'fr' });
    await postAs(ben, 'a private orchestrina', { visibility: 'private' });
    await postAs(ann, 'our orchestrina #chorusjazz');
    const items = await connector.search!(ctx(), query({ keywords: ['orchestrina'], hashtags: ['chorusjazz'] }), null);
    assert.deepEqual(items.map((i) => i.externalId).sort(), [both.id, tagged.id].sort());
    const french = items.find((i) => i.externalId === tagged.id)!;
    assert.equal(french.kind, 'listening');
    assert.deepEqual(french.languages, ['fr']);
    assert.equal(french.author.handle, `ben@${fake.host}`);
    assert.equal(french.text, 'Ce soir #chorusjazz');
    const searches = fake.requests.filter((r) => r.path.startsWith('/api/v2/search'));
    assert.match(searches.at(-1)!.path, /type=statuses/);
    assert.ok(fake.requests.some((r) => r.path.startsWith('/api/v1/timelines/tag/chorusjazz')));
  });

  test('the fake refuses a search without q, as Mastodon does', async () => {
    assert.equal((await rawCall(fake.baseUrl, 'GET', '/api/v2/search?type=statuses', ann.token)).status, 400);
  });
});
