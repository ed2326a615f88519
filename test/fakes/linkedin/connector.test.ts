/**
 * Contract tests of the LinkedIn connector against the strict fake (documented Community Management API behaviour).
 * Run: node scripts/test.mjs test/fakes/linkedin
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NetworkError, type Credentials, type MediaForNetwork } from '../../../src/networks/connector.js';
import { channelContext, isNetworkError } from '../contract.js';
import { createLinkedInConnector, createLinkedInOAuthProvider, readLinkedInCallback } from '../../../src/networks/linkedin/index.js';
import { useFake } from '../fixtures.js';
import { startFakeLinkedIn, type FakeLinkedIn } from './server.js';

let fake: FakeLinkedIn;
let ann: { id: string; urn: string; token: string };
let org: { id: string; urn: string };
const connector = (extra: Record<string, unknown> = {}) =>
  createLinkedInConnector({ apiUrl: fake.baseUrl, tokenUrl: fake.baseUrl, clientId: fake.app.clientId, clientSecret: fake.app.clientSecret, upload: { pollIntervalMs: 1, sleep: async () => {} }, ...extra });

const ctx = (author: string, credentials: Credentials = { accessToken: ann.token }, saved: Credentials[] = []) => channelContext(author, credentials, saved);

const file = (mimeType: string, sizeBytes = 2048, name = 'a'): MediaForNetwork => {
  const bytes = Buffer.alloc(sizeBytes, 7);
  return { id: name, mimeType, sizeBytes, width: 100, height: 100, altText: `alt ${name}`, read: async () => bytes, url: '' };
};


describe('LinkedIn connector against the documented API (fake)', () => {
  useFake(
    async () => (fake = await startFakeLinkedIn({ partSize: 100 * 1024, videoProcessingPolls: 2 })),
    () => {
      ann = fake.addMember('Ann Lee');
      org = fake.addOrganization('Acme Bakery', 'acme-bakery', [ann.id]);
    },
  );

  test('the fake is strict: /rest without Linkedin-Version or Rest.li header is refused with the documented error', async () => {
    const noVersion = await fetch(`${fake.baseUrl}/rest/posts`, { method: 'POST', headers: { authorization: `Bearer ${ann.token}`, 'x-restli-protocol-version': '2.0.0' } });
    assert.equal(noVersion.status, 400);
    assert.equal(((await noVersion.json()) as { code: string }).code, 'VERSION_MISSING');
    const noRestli = await fetch(`${fake.baseUrl}/rest/posts`, { method: 'POST', headers: { authorization: `Bearer ${ann.token}`, 'linkedin-version': '202609' } });
    assert.equal(noRestli.status, 400);
    const start = fake.requests.length;
    await connector().publish(ctx(ann.urn), { text: 'headers', media: [] }, 'h');
    const rest = fake.requests.slice(start).filter((q) => q.path.startsWith('/rest/'));
    assert.ok(rest.length > 0);
    for (const r of rest) {
      assert.equal(r.headers['linkedin-version'], '202609');
      assert.equal(r.headers['x-restli-protocol-version'], '2.0.0');
    }
    await assert.rejects(connector({ version: '202301' }).publish(ctx(ann.urn), { text: 'old', media: [] }, 'o'), isNetworkError('rejected', /not active/));
  });

  test('connect: the member, a page they administer; a bad token is auth, a page they do not run is auth', async () => {
    const member = await connector().connect({ accessToken: ann.token });
    assert.equal(member.externalId, ann.urn);
    assert.equal(member.displayName, 'Ann Lee');
    assert.equal((member.limits as { linkedinAuthor?: string }).linkedinAuthor, 'person');
    const page = await connector().connect({ accessToken: ann.token, accountId: org.urn });
    assert.equal(page.displayName, 'Acme Bakery');
    assert.equal(page.handle, 'acme-bakery');
    await assert.rejects(connector().connect({ accessToken: 'nope' }), isNetworkError('auth'));
    const other = fake.addOrganization('Other', 'other', []);
    await assert.rejects(connector().connect({ accessToken: ann.token, accountId: other.urn }), isNetworkError('auth', /not an administrator/));
  });

  test('reserved characters are escaped: LinkedIn shows the text whole, links and hashtags intact', async () => {
    const text = 'Sale (50% off) [today] <b> a_b ~ *x* | {y} @ann \\ C# #launch https://e.com/a_(b)';
    const ref = await connector().publish(ctx(ann.urn), { text, media: [] }, 'esc');
    assert.equal(fake.posts.get(ref.externalId)?.rendered, text);
    assert.match(ref.url, /^https:\/\/www\.linkedin\.com\/feed\/update\/urn:li:share:/);
    const body = fake.posts.get(ref.externalId)?.body;
    assert.deepEqual(body?.['distribution'], { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] });
    assert.equal(body?.['isReshareDisabledByAuthor'], false);
    assert.equal(body?.['visibility'], 'PUBLIC');
    const mention = await connector().publish(ctx(ann.urn), { text: `Thanks @[Acme Bakery](${org.urn}) & (friends)!`, media: [] }, 'm');
    assert.equal(fake.posts.get(mention.externalId)?.rendered, 'Thanks Acme Bakery & (friends)!');
  });

  test('publish an image, several images, and a video uploaded in parts with ETags', async () => {
    const one = await connector().publish(ctx(org.urn), { text: 'One', media: [file('image/png')] }, 'i1');
    const oneContent = fake.posts.get(one.externalId)?.body['content'] as { media: { id: string; altText: string } };
    assert.match(oneContent.media.id, /^urn:li:image:/);
    assert.equal(oneContent.media.altText, 'alt a');

    const many = await connector().publish(ctx(org.urn), { text: 'Many', media: [file('image/png', 10, 'p1'), file('image/jpeg', 10, 'p2'), file('image/gif', 10, 'p3')] }, 'i3');
    assert.match(many.externalId, /^urn:li:ugcPost:/);
    assert.equal((fake.posts.get(many.externalId)?.body['content'] as { multiImage: { images: unknown[] } }).multiImage.images.length, 3);

    const video = await connector().publish(ctx(ann.urn), { text: 'Clip', media: [file('video/mp4', 250 * 1024, 'v')] }, 'v1');
    const parts = fake.requests.filter((r) => r.method === 'PUT' && r.path.startsWith('/dms-uploads/video/'));
    assert.equal(parts.length, 3);
    assert.ok(parts.every((p) => p.headers.authorization === undefined));
    const videoUrn = (fake.posts.get(video.externalId)?.body['content'] as { media: { id: string } }).media.id;
    assert.equal(fake.videos.get(videoUrn)?.status, 'AVAILABLE');
  });

  test('targeting: accepted on a page, refused on a member post with a clear violation and by LinkedIn', async () => {
    const targetEntities = [{ geoLocations: ['urn:li:geo:103644278'], seniorities: ['urn:li:seniority:4'], staffCountRanges: ['SIZE_11_TO_50'], interfaceLocales: [{ country: 'US', language: 'en' }], industries: ['urn:li:industry:4'] }];
    const content = { text: 'For US seniors', media: [], options: { targetEntities } };
    const pageLimits = (await connector().connect({ accessToken: ann.token, accountId: org.urn })).limits;
    const memberLimits = (await connector().connect({ accessToken: ann.token })).limits;
    assert.deepEqual(connector().validate(content, pageLimits), []);
    assert.deepEqual(connector().validate(content, memberLimits).map((v) => v.rule), ['targeting_organization_only']);
    assert.equal(connector().validate({ ...content, options: { targetEntities: [{ geoLocations: ['US'] }] } }, pageLimits)[0]?.rule, 'targeting_invalid');
    const ref = await connector().publish(ctx(org.urn), content, 't');
    assert.deepEqual((fake.posts.get(ref.externalId)?.body['distribution'] as { targetEntities: unknown }).targetEntities, targetEntities);
    await assert.rejects(connector().publish(ctx(ann.urn), content, 't2'), isNetworkError('rejected', /only available for posts by an organization/));
  });

  test('documented refusals map to kinds: 422 too long, 403 no page role, 401 expired, 429, 5xx', async () => {
    fake.failNext(/^\/rest\/posts$/, { status: 422, body: { message: 'ERROR :: /commentary :: length of 3001 exceeds the maximum allowed length of 3000\n', status: 422 } });
    await assert.rejects(connector().publish(ctx(ann.urn), { text: 'x', media: [] }, 'l'), isNetworkError('rejected', /exceeds the maximum allowed length of 3000/));
    const other = fake.addOrganization('Other', 'other', []);
    await assert.rejects(connector().publish(ctx(other.urn), { text: 'not mine', media: [] }, 'p'), isNetworkError('auth', /ACCESS_DENIED|Not enough permissions/));
    const tok = fake.tokens.get(ann.token);
    if (tok) tok.expiresAt = Date.now() - 1;
    await assert.rejects(connector().publish(ctx(ann.urn), { text: 'late', media: [] }, 'e'), isNetworkError('auth', /expired/));
    if (tok) tok.expiresAt = Date.now() + 86_400_000;
    fake.failNext(/^\/rest\/posts$/, { status: 429, body: { status: 429, message: 'Resource level throttle limit for calls to this resource is reached.' } });
    await assert.rejects(connector().publish(ctx(ann.urn), { text: 'busy', media: [] }, 'b'), (e: unknown) => {
      assert.ok(isNetworkError('rate_limited', /midnight UTC/)(e));
      const wait = (e as NetworkError).details.retryAfterMs ?? 0;
      assert.ok(wait >= 60_000 && wait <= 86_400_000);
      return true;
    });
    fake.failNext(/^\/rest\/posts$/, { status: 429, headers: { 'retry-after': '90' }, body: { status: 429, message: 'Too many requests' } });
    await assert.rejects(connector().publish(ctx(ann.urn), { text: 'busy', media: [] }, 'b'), (e: unknown) => (e as NetworkError).details.retryAfterMs === 90_000);
    fake.failNext(/^\/rest\/posts$/, { status: 504, body: { status: 504, message: 'Gateway timeout' } });
    await assert.rejects(connector().publish(ctx(ann.urn), { text: 'later', media: [] }, 'g'), isNetworkError('transient'));
  });

  test('idempotent publish after a crash: DUPLICATE_POST names the post (member), findPublished finds it (page)', async () => {
    const content = { text: 'Only once (really)', media: [] };
    const first = await connector().publish(ctx(ann.urn), content, 'dup');
    assert.equal(await connector().findPublished(ctx(ann.urn), 'dup', content), null);
    const again = await connector().publish(ctx(ann.urn), content, 'dup');
    assert.deepEqual(again, first);
    assert.equal([...fake.posts.values()].filter((p) => p.author === ann.urn && p.commentary.includes('Only once')).length, 1);

    assert.equal(await connector().findPublished(ctx(org.urn), 'pg', content), null);
    const page = await connector().publish(ctx(org.urn), content, 'pg');
    await connector().publish(ctx(org.urn), { text: 'newer', media: [] }, 'n');
    assert.deepEqual(await connector().findPublished(ctx(org.urn), 'pg', content), page);
  });

  test('metrics: page statistics for shares and ugcPosts (encoded List), member likes and comments', async () => {
    const share = await connector().publish(ctx(org.urn), { text: 'stats', media: [] }, 's');
    const ugc = await connector().publish(ctx(org.urn), { text: 'stats 2', media: [file('image/png', 5, 'x'), file('image/png', 5, 'y')] }, 'u');
    const p = fake.posts.get(share.externalId);
    if (p) p.stats = { impressionCount: 900, uniqueImpressionsCount: 500, clickCount: 40, likeCount: 12, commentCount: 3, shareCount: 2 };
    const metrics = await connector().fetchMetrics(ctx(org.urn), [share.externalId, ugc.externalId]);
    assert.equal(metrics.length, 2);
    const m = metrics.find((x) => x.externalId === share.externalId);
    assert.deepEqual({ ...m, fetchedAt: null }, { externalId: share.externalId, likes: 12, reposts: 2, replies: 3, quotes: null, views: null, impressions: 900, reach: 500, saves: null, linkClicks: 40, fetchedAt: null });
    assert.ok(fake.requests.some((r) => r.path.includes(`shares=List(${encodeURIComponent(share.externalId)})`)));

    const mine = await connector().publish(ctx(ann.urn), { text: 'member stats', media: [] }, 'ms');
    const post = fake.posts.get(mine.externalId);
    if (post) post.likes = 4;
    fake.comment({ actor: 'urn:li:person:zed', postUrn: mine.externalId, text: 'Great' });
    const [mm] = await connector().fetchMetrics(ctx(ann.urn), [mine.externalId, 'urn:li:share:1']);
    assert.equal(mm?.likes, 4);
    assert.equal(mm?.replies, 1);
    assert.equal(mm?.impressions, null);
  });

  test('engagement on page posts, reply (top-level and nested), like and unlike a comment, delete a comment, delete a post', async () => {
    const since = new Date(Date.now() - 1000);
    const post = await connector().publish(ctx(org.urn), { text: 'Questions?', media: [] }, 'q');
    const theirs = fake.comment({ actor: 'urn:li:person:zed', postUrn: post.externalId, text: 'When do you open?' });
    const items = await connector().fetchEngagement(ctx(org.urn), since);
    const commentUrn = `urn:li:comment:(${post.externalId},${theirs.id})`;
    assert.deepEqual(items.map((i) => [i.externalId, i.inReplyTo, i.text]), [[commentUrn, post.externalId, 'When do you open?']]);
    assert.deepEqual(await connector().fetchEngagement(ctx(ann.urn), since), []);

    const nested = await connector().reply(ctx(org.urn), commentUrn, { text: 'At 7 (every day)', media: [] }, 'r1');
    const stored = [...fake.comments.values()].find((c) => nested.externalId.endsWith(`,${c.id})`));
    assert.equal(stored?.parentComment, commentUrn);
    assert.equal(stored?.text, 'At 7 (every day)');
    const top = await connector().reply(ctx(org.urn), post.externalId, { text: 'Thanks all', media: [] }, 'r2');
    assert.match(top.externalId, /^urn:li:comment:\(urn:li:share:/);

    await connector().like!(ctx(org.urn), commentUrn, true);
    await connector().like!(ctx(org.urn), commentUrn, true);
    assert.deepEqual([...fake.reactions.values()].map((r) => [r.actor, r.root, r.reactionType]), [[org.urn, commentUrn, 'LIKE']], 'liking twice reacts once');
    const reacted = fake.requests.filter((q) => q.path.startsWith('/rest/reactions?'));
    assert.equal(reacted.at(-1)?.path, `/rest/reactions?actor=${encodeURIComponent(org.urn)}`);
    await connector().like!(ctx(org.urn), commentUrn, false);
    await connector().like!(ctx(org.urn), commentUrn, false);
    assert.equal(fake.reactions.size, 0, 'unliking twice is harmless');
    await assert.rejects(connector().like!(ctx(org.urn), `urn:li:comment:(${post.externalId},999)`, true), isNetworkError('not_found'));

    await connector().deleteEngagement?.(ctx(org.urn), commentUrn);
    assert.equal(fake.comments.has(theirs.id), false);
    await connector().delete(ctx(org.urn), post.externalId);
    await assert.rejects(connector().delete(ctx(org.urn), post.externalId), isNetworkError('not_found'));
  });

  test('OAuth: authorize URL, code exchange (no token_type), listAccounts with pages; a used code and a cancel', async () => {
    const provider = createLinkedInOAuthProvider({ ...fake.app, apiUrl: fake.baseUrl, tokenUrl: fake.baseUrl, authorizeUrl: fake.baseUrl });
    const url = provider.authorizeUrl({ state: 'st', redirectUri: fake.app.redirectUri });
    assert.equal(new URL(url).searchParams.get('scope'), 'openid profile w_member_social r_organization_social w_organization_social rw_organization_admin');
    const { code } = readLinkedInCallback(fake.authorize(url, ann.id), 'st');
    const grant = await provider.exchangeCode({ code, redirectUri: fake.app.redirectUri });
    assert.ok(grant.refreshToken && grant.expiresAt && grant.refreshExpiresAt);
    assert.ok(grant.expiresAt.getTime() > Date.now() + 59 * 86_400_000);
    const choices = await provider.listAccounts(grant);
    assert.deepEqual(choices.map((c) => [c.externalId, c.label]), [[ann.urn, 'Ann Lee (LinkedIn profile)'], [org.urn, 'Acme Bakery (LinkedIn page)']]);
    const page = await connector().connect(choices[1]?.connectInput ?? {});
    assert.equal(page.credentials['refreshToken'], grant.refreshToken);
    await assert.rejects(provider.exchangeCode({ code, redirectUri: fake.app.redirectUri }), isNetworkError('auth', /does not match authorization code/));
    assert.throws(() => readLinkedInCallback(fake.authorize(url, ann.id, 'cancel'), 'st'), /cancelled the authorization/);
  });

  test('a token near expiry is refreshed with the refresh token; a refused refresh is auth', async () => {
    const provider = createLinkedInOAuthProvider({ ...fake.app, apiUrl: fake.baseUrl, tokenUrl: fake.baseUrl, authorizeUrl: fake.baseUrl });
    const { code } = readLinkedInCallback(fake.authorize(provider.authorizeUrl({ state: 's', redirectUri: fake.app.redirectUri }), ann.id), 's');
    const grant = await provider.exchangeCode({ code, redirectUri: fake.app.redirectUri });
    const saved: Credentials[] = [];
    const soon = { accessToken: grant.accessToken, refreshToken: grant.refreshToken ?? '', expiresAt: new Date(Date.now() + 86_400_000).toISOString() };
    const next = await connector().refreshCredentials(ctx(ann.urn, soon, saved));
    assert.ok(next && next['accessToken'] !== grant.accessToken);
    assert.deepEqual(saved, [next]);
    await connector().publish(ctx(ann.urn, next), { text: 'fresh token', media: [] }, 'f');
    assert.equal(await connector().refreshCredentials(ctx(ann.urn, next)), null);
    await assert.rejects(connector().refreshCredentials(ctx(ann.urn, { ...soon, refreshToken: 'revoked' })), isNetworkError('auth', /invalid, expired or revoked/));
    // No refresh token: nothing to do while the token works, auth once it has expired.
    assert.equal(await connector().refreshCredentials(ctx(ann.urn, { accessToken: 'x', expiresAt: soon.expiresAt })), null);
    await assert.rejects(connector().refreshCredentials(ctx(ann.urn, { accessToken: 'x', expiresAt: new Date(Date.now() - 1).toISOString() })), isNetworkError('auth'));
  });
});
