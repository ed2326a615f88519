/**
 * Listening on X: the connector's recent search against the strict fake X (real HTTP on 127.0.0.1), and the fake
 * refusing what the real API refuses. Run: node scripts/test.mjs test/fakes/x/search.test.ts
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SearchQuery } from '../../../src/networks/connector.js';
import { createXConnector } from '../../../src/networks/x/index.js';
import { xSearchQuery } from '../../../src/networks/x/search.js';
import { channelContext, chorusApp, isNetworkError, rawCall } from '../contract.js';
import { useFake } from '../fixtures.js';
import { startFakeX, type FakeX } from './server.js';

const { app } = chorusApp('x', 'chorus-client', 'chorus-secret');
let fake: FakeX;
let connector: ReturnType<typeof createXConnector>;
let ann: { id: string; token: string };
let ben: { id: string; token: string };
const ctx = () => channelContext(ann.id, { accessToken: ann.token, username: 'ann' });
const query = (q: Partial<SearchQuery>): SearchQuery => ({ keywords: [], hashtags: [], exclude: [], languages: [], ...q });
const search = (q: string, extra = '') => rawCall(fake.baseUrl, 'GET', `/2/tweets/search/recent?query=${encodeURIComponent(q)}${extra}`, ann.token);

describe('X recent search for listening (fake)', () => {
  useFake(
    async () => {
      fake = await startFakeX();
      fake.addApp(app);
      connector = createXConnector({ apiUrl: fake.baseUrl, clientId: app.clientId, clientSecret: app.clientSecret });
      return fake;
    },
    () => {
      ann = fake.addUser('ann');
      ben = fake.addUser('ben');
    },
  );

  test('the fake refuses what X refuses: over 512 characters, max_results outside 10–100, no standalone term, unknown operators', async () => {
    assert.equal((await search('a'.repeat(513))).status, 400);
    assert.equal((await search('chorus', '&max_results=5')).status, 400);
    assert.equal((await search('chorus', '&max_results=101')).status, 400);
    assert.equal((await search('-chorus lang:en')).status, 400);
    assert.equal((await search('chorus nosuch:thing')).status, 400);
    assert.equal((await search('(chorus OR "big band"')).status, 400);
    assert.equal((await search('(chorus OR "big band") -jobs lang:en -is:retweet', '&max_results=10')).status, 200);
  });

  test('finds keywords, phrases and hashtags; leaves out exclusions, other languages, our posts and older ones', async () => {
    const old = fake.post(ben.id, 'chorus from last week', { createdAt: new Date(Date.now() - 3 * 3600_000) });
    const word = fake.post(ben.id, 'I like Chorus a lot');
    const phrase = fake.post(ben.id, 'the big band played');
    const tag = fake.post(ben.id, 'new release #ChorusApp');
    fake.post(ben.id, 'chorus jobs are open');
    fake.post(ben.id, 'chorus en français', { lang: 'fr' });
    fake.post(ann.id, 'our own chorus post');
    fake.post(ben.id, 'choruses is another word');
    const q = query({ keywords: ['chorus', 'big band'], hashtags: ['ChorusApp'], exclude: ['jobs'], languages: ['en'] });
    assert.equal(xSearchQuery(q, ann.id), `(chorus OR "big band" OR #ChorusApp) -jobs lang:en -from:${ann.id} -is:retweet`);
    // A keyword that looks like an operator stays a phrase.
    assert.equal(xSearchQuery(query({ keywords: ['from:ben', 'OR', 'well-known'] }), ann.id), `("from:ben" OR "OR" OR "well-known") -from:${ann.id} -is:retweet`);
    const items = await connector.search!(ctx(), q, new Date(Date.now() - 3600_000));
    assert.deepEqual(items.map((i) => i.externalId).sort(), [word.id, phrase.id, tag.id].sort());
    assert.ok(!items.some((i) => i.externalId === old.id));
    const first = items.find((i) => i.externalId === word.id)!;
    assert.equal(first.kind, 'listening');
    assert.equal(first.author.handle, '@ben');
    assert.equal(first.url, `https://x.com/ben/status/${word.id}`);
    assert.deepEqual(first.languages, ['en']);
  });

  test('a query too long for X is refused before any call; a 429 says how long to wait', async () => {
    const long = query({ keywords: Array.from({ length: 20 }, (_, i) => `${'k'.repeat(30)}${i}`) });
    const before = fake.requests.length;
    await assert.rejects(connector.search!(ctx(), long, null), isNetworkError('rejected', /512/));
    assert.equal(fake.requests.length, before);
    fake.failNext('GET', /^\/2\/tweets\/search\/recent/, { status: 429, headers: { 'retry-after': '90' }, body: { title: 'Too Many Requests', type: 'about:blank', status: 429, detail: 'Too Many Requests' } });
    await assert.rejects(connector.search!(ctx(), query({ keywords: ['chorus'] }), null), (e: unknown) => {
      isNetworkError('rate_limited')(e);
      assert.equal((e as { details: { retryAfterMs?: number } }).details.retryAfterMs, 90_000);
      return true;
    });
  });
});
