/**
 * Contract tests of the Facebook Page connector and the Meta OAuth provider against the strict fake Graph API.
 * Run: node scripts/test.mjs test/fakes/meta
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NetworkError, type ChannelContext, type Credentials, type MediaForNetwork } from '../../../src/networks/connector.js';
import { isNetworkError } from '../contract.js';
import { createFacebookConnector, createFacebookOAuthProvider } from '../../../src/networks/facebook/index.js';
import { createInstagramConnector } from '../../../src/networks/instagram/index.js';
import { appSecretProof, GRAPH_API_VERSION, readMetaCallback, UsageGate } from '../../../src/networks/meta/index.js';
import { type Page } from './model.js';
import { useFake } from '../fixtures.js';
import { startFakeMeta, type FakeMeta } from './server.js';

let fake: FakeMeta;
let page: Page;
let owner: { id: string; token: string };

const connector = () => createFacebookConnector({ apiUrl: fake.baseUrl, appSecret: fake.appSecret, appId: fake.appId });

function ctx(credentials: Credentials = { accessToken: page.token }, changed: Credentials[] = []): ChannelContext {
  return { channelId: 'c1', credentials, externalId: page.id, serviceUrl: null, onCredentialsChanged: async (next) => void changed.push(next) };
}

function file(name: string, mimeType: string, extra: Partial<MediaForNetwork> = {}): MediaForNetwork {
  const url = fake.hostFile(name, { mimeType, width: 1080, height: 1080, bytes: 2048 });
  return { id: name, mimeType, sizeBytes: 2048, width: 1080, height: 1080, altText: '', read: async () => Buffer.alloc(0), url, ...extra };
}

async function raw(method: string, path: string, query: Record<string, string> = {}): Promise<{ status: number; headers: Headers; body: unknown }> {
  const url = new URL(`${fake.baseUrl}${path}`);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  const response = await fetch(url, { method });
  return { status: response.status, headers: response.headers, body: (await response.json()) as unknown };
}
const errorOf = (body: unknown) => (body as { error: { code: number; message: string; error_subcode?: number; type: string } }).error;

describe('Facebook Page connector against the documented Graph API (fake)', () => {
  useFake(
    async () => (fake = await startFakeMeta()),
    () => {
      ({ page, owner } = fake.addPageWithOwner('Acme Bakery', { instagram: 'acmebakery' }));
      fake.appUsage = { call_count: 4, total_cputime: 2, total_time: 3 };
      fake.businessUsage = null;
    },
  );

  test('the fake is strict: token, appsecret_proof, version prefix, usage headers', async () => {
    const v = `/${GRAPH_API_VERSION}`;
    assert.equal(errorOf((await raw('GET', `${v}/me`)).body).code, 104);
    const bad = await raw('GET', `${v}/me`, { access_token: 'nope' });
    assert.equal(bad.status, 400);
    assert.deepEqual([errorOf(bad.body).code, errorOf(bad.body).type], [190, 'OAuthException']);
    const noProof = errorOf((await raw('GET', `${v}/me`, { access_token: page.token })).body);
    assert.match(noProof.message, /require an appsecret_proof/);
    const wrongProof = errorOf((await raw('GET', `${v}/me`, { access_token: page.token, appsecret_proof: 'ab'.repeat(32) })).body);
    assert.deepEqual([wrongProof.code, wrongProof.message], [100, 'Invalid appsecret_proof provided in the API argument']);
    assert.equal(errorOf((await raw('GET', '/me', { access_token: page.token })).body).code, 2500);
    assert.ok(JSON.parse(bad.headers.get('x-app-usage') ?? '{}').call_count >= 0);
  });

  test('connect with a Page token, with a user token and the Page id, and refuses a bad token', async () => {
    const byPageToken = await connector().connect({ accessToken: page.token });
    assert.deepEqual([byPageToken.externalId, byPageToken.handle, byPageToken.displayName], [page.id, 'acmebakery', 'Acme Bakery']);
    assert.equal(byPageToken.credentials['accessToken'], page.token);
    assert.match(byPageToken.avatarUrl ?? '', /pictures/);
    const byUserToken = await connector().connect({ accessToken: owner.token, accountId: page.id });
    assert.equal(byUserToken.credentials['accessToken'], page.token, 'the Page token replaces the user token');
    const sent = fake.requests.filter((r) => r.path.includes(`/${page.id}?`)).at(-1);
    assert.match(sent?.path ?? '', /fields=id%2Cname%2Cpicture%2Caccess_token%2Clink/);
    assert.match(sent?.path ?? '', /appsecret_proof=[0-9a-f]{64}/);
    assert.equal(sent?.headers.authorization, `Bearer ${owner.token}`);
    await assert.rejects(connector().connect({ accessToken: 'EAAbroken' }), isNetworkError('auth', /Reconnect/));
    await assert.rejects(connector().connect({ accessToken: owner.token }), isNetworkError('rejected', /not a Page token/));
  });

  test('a wrong or missing app secret is refused with Graph\'s message', async () => {
    const wrong = createFacebookConnector({ apiUrl: fake.baseUrl, appSecret: 'not-the-secret' });
    await assert.rejects(wrong.connect({ accessToken: page.token }), isNetworkError('rejected', /Invalid appsecret_proof/));
    const none = createFacebookConnector({ apiUrl: fake.baseUrl });
    await assert.rejects(none.connect({ accessToken: page.token }), isNetworkError('rejected', /require an appsecret_proof/));
  });

  test('publish text, and text with a link preview, to /feed', async () => {
    const text = await connector().publish(ctx(), { text: 'Fresh bread at 7', media: [] }, 'k1');
    assert.match(text.externalId, new RegExp(`^${page.id}_\\d+$`));
    assert.equal(text.url, `https://www.facebook.com/${text.externalId}`);
    const link = await connector().publish(ctx(), { text: 'Our menu', media: [], options: { link: 'https://acme.example/menu' } }, 'k2');
    assert.equal(fake.state.posts.get(link.externalId)?.link, 'https://acme.example/menu');
  });

  test('one photo by URL, several photos as unpublished photos attached to one post, one video by file_url', async () => {
    const one = await connector().publish(ctx(), { text: 'Croissants', media: [file('a.jpg', 'image/jpeg', { altText: 'Six croissants' })] }, 'p1');
    const onePost = fake.state.posts.get(one.externalId);
    assert.equal(onePost?.message, 'Croissants');
    assert.equal(fake.state.photos.get(onePost?.photoIds[0] ?? '')?.altText, 'Six croissants');

    const many = await connector().publish(ctx(), { text: 'The shop', media: [file('b.jpg', 'image/jpeg'), file('c.png', 'image/png')] }, 'p2');
    const post = fake.state.posts.get(many.externalId);
    assert.equal(post?.photoIds.length, 2);
    assert.ok(post?.photoIds.every((id) => fake.state.photos.get(id)?.published === false));
    const feed = fake.requests.filter((r) => r.method === 'POST' && r.path.includes(`/${page.id}/feed`)).at(-1);
    assert.deepEqual(JSON.parse(feed?.body['attached_media'] ?? '[]'), post?.photoIds.map((id) => ({ media_fbid: id })));

    const video = await connector().publish(ctx(), { text: 'Baking', media: [file('v.mp4', 'video/mp4')] }, 'v1');
    assert.equal(fake.state.videos.get(video.externalId)?.description, 'Baking');
    assert.equal(video.url, `https://www.facebook.com/${page.id}/videos/${video.externalId}`);
  });

  test('documented rejections keep Graph\'s words: duplicate post (506), bad file (324), nothing to post (100)', async () => {
    await connector().publish(ctx(), { text: 'Same again', media: [] }, 'd1');
    await assert.rejects(connector().publish(ctx(), { text: 'Same again', media: [] }, 'd2'), isNetworkError('rejected', /identical to the last one you posted/));
    const missing = { ...file('gone.jpg', 'image/jpeg'), url: `${fake.baseUrl}/files/never-hosted.jpg` };
    await assert.rejects(connector().publish(ctx(), { text: 'x', media: [missing] }, 'd3'), isNetworkError('rejected', /Missing or invalid image file/));
    await assert.rejects(connector().publish(ctx(), { text: '  ', media: [] }, 'd4'), isNetworkError('rejected', /Missing message or attachment/));
  });

  test('rate limits: Page limit (32) with a Business Use Case header, and usage past 90 % gates the next call', async () => {
    fake.throttleNext(/\/feed$/, { code: 32, objectId: page.id, regainMinutes: 7 });
    await assert.rejects(connector().publish(ctx(), { text: 'Busy', media: [] }, 'r1'), (e: unknown) => {
      assert.ok(e instanceof NetworkError && e.kind === 'rate_limited', String(e));
      assert.equal(e.details.retryAfterMs, 7 * 60_000);
      return true;
    });

    // A 429 carrying Retry-After (as a proxy in front of Graph may send) is honoured too.
    fake.throttleNext(/\/feed$/, { code: 4, status: 429, retryAfterSeconds: 30 });
    const appGate = new UsageGate();
    const appWide = createFacebookConnector({ apiUrl: fake.baseUrl, appSecret: fake.appSecret, gate: appGate });
    await assert.rejects(appWide.publish(ctx(), { text: 'Busy app', media: [] }, 'r4'), (e: unknown) => e instanceof NetworkError && e.kind === 'rate_limited' && e.details.retryAfterMs === 30_000);
    // Code 4 is the whole app's quota: another Page's calls wait as well.
    const { page: other } = fake.addPageWithOwner('Other Page');
    await assert.rejects(appWide.connect({ accessToken: other.token }), isNetworkError('rate_limited', /Application request limit/));

    const gated = createFacebookConnector({ apiUrl: fake.baseUrl, appSecret: fake.appSecret, gate: new UsageGate() });
    fake.appUsage = { call_count: 95, total_cputime: 10, total_time: 10 };
    const ref = await gated.publish(ctx(), { text: 'Made it', media: [] }, 'r2');
    assert.ok(fake.state.posts.has(ref.externalId), 'the call that reported 95 % still succeeded');
    const before = fake.requests.length;
    await assert.rejects(gated.publish(ctx(), { text: 'Next', media: [] }, 'r3'), isNetworkError('rate_limited', /95 %/));
    assert.equal(fake.requests.length, before, 'the gated call never reached Graph');
  });

  test('5xx and Graph\'s transient codes are transient; an expired token is auth', async () => {
    fake.failNext(/\/feed$/, { status: 500, body: { error: { message: 'An unknown error occurred', type: 'OAuthException', code: 1, fbtrace_id: 'y' } } });
    await assert.rejects(connector().publish(ctx(), { text: 'Later', media: [] }, 't1'), isNetworkError('transient'));
    const { page: other } = fake.addPageWithOwner('Gone Bakery');
    fake.expireToken(other.token);
    await assert.rejects(connector().publish({ ...ctx({ accessToken: other.token }), externalId: other.id }, { text: 'x', media: [] }, 't2'), isNetworkError('auth', /Session has expired/));
  });

  test('findPublished finds the post of an interrupted attempt by its text, and null otherwise', async () => {
    // The post was made but the answer was lost: only Graph knows it.
    const response = await fetch(new URL(`${fake.baseUrl}/${GRAPH_API_VERSION}/${page.id}/feed?access_token=${page.token}&appsecret_proof=${appSecretProof(page.token, fake.appSecret)}`), {
      method: 'POST',
      body: new URLSearchParams({ message: 'Opening  hours\r\nchanged' }),
    });
    const made = (await response.json()) as { id: string };
    await connector().publish(ctx(), { text: 'Something newer', media: [] }, 'n');
    const found = await connector().findPublished(ctx(), 'crashed', { text: 'Opening hours\nchanged', media: [] });
    assert.equal(found?.externalId, made.id);
    assert.equal(await connector().findPublished(ctx(), 'never', { text: 'Never posted', media: [] }), null);
    const question = fake.comment({ on: made.id, fromId: '904', fromName: 'Eve', message: 'Sundays too?' });
    const answer = await connector().publish(ctx(), { text: 'Yes, 8 to 12', media: [], inReplyTo: question.id }, 'ans');
    assert.equal((await connector().findPublished(ctx(), 'ans', { text: 'Yes, 8 to 12', media: [], inReplyTo: question.id }))?.externalId, answer.externalId);
    const video = await connector().publish(ctx(), { text: 'A video', media: [file('w.mp4', 'video/mp4')] }, 'vv');
    assert.equal((await connector().findPublished(ctx(), 'vv', { text: 'A video', media: [file('w.mp4', 'video/mp4')] }))?.externalId, video.externalId);
  });

  test('metrics from reactions, comments, shares and post insights; a deleted post is skipped', async () => {
    const ref = await connector().publish(ctx(), { text: 'Count me', media: [] }, 'm1');
    const post = fake.state.posts.get(ref.externalId);
    assert.ok(post);
    Object.assign(post, { reactions: 12, shares: 3, insights: { post_media_view: 900, post_total_media_view_unique: 700, post_clicks: 41 } });
    fake.comment({ on: ref.externalId, fromId: '900', fromName: 'Bea', message: 'Yum' });
    const gone = await connector().publish(ctx(), { text: 'Delete me', media: [] }, 'm2');
    await connector().delete(ctx(), gone.externalId);
    const metrics = await connector().fetchMetrics(ctx(), [ref.externalId, gone.externalId]);
    assert.deepEqual({ ...metrics[0], fetchedAt: null }, {
      externalId: ref.externalId, likes: 12, reposts: 3, replies: 1, quotes: null, views: null,
      impressions: 900, reach: 700, saves: null, linkClicks: 41, fetchedAt: null,
    });
    assert.equal(metrics.length, 1);
    await assert.rejects(connector().delete(ctx(), gone.externalId), isNetworkError('not_found'));
    const asked = fake.requests.filter((r) => r.path.includes(`/${ref.externalId}/insights`)).map((r) => new URL(r.path, fake.baseUrl).searchParams.get('metric'));
    assert.deepEqual(asked, ['post_media_view,post_total_media_view_unique,post_clicks']);
  });

  test('post insights: the retired impressions metrics answer the invalid-metric error, their replacements a lifetime value', async () => {
    const ref = await connector().publish(ctx(), { text: 'Views, not impressions', media: [] }, 'vi');
    Object.assign(fake.state.posts.get(ref.externalId) ?? {}, { insights: { post_media_view: 30, post_total_media_view_unique: 20 } });
    const insights = (metric: string, token = page.token) =>
      raw('GET', `/${GRAPH_API_VERSION}/${ref.externalId}/insights`, { metric, access_token: token, appsecret_proof: appSecretProof(token, fake.appSecret) });
    for (const retired of ['post_impressions', 'post_impressions_unique', 'post_impressions_paid_unique', 'post_media_view,post_impressions_unique']) {
      const refused = await insights(retired);
      assert.equal(refused.status, 400, retired);
      assert.deepEqual({ ...errorOf(refused.body), fbtrace_id: undefined }, {
        message: '(#100) The value must be a valid insights metric', type: 'OAuthException', code: 100, fbtrace_id: undefined,
      });
    }
    const answered = await insights('post_media_view,post_total_media_view_unique');
    assert.equal(answered.status, 200);
    const data = (answered.body as { data: { name: string; period: string; values: { value: number }[] }[] }).data;
    assert.deepEqual(data.map((d) => [d.name, d.period, d.values[0]?.value]), [['post_media_view', 'lifetime', 30], ['post_total_media_view_unique', 'lifetime', 20]]);
    // Post insights need read_insights too: without it Graph answers (#10) and the post's metrics ask for a reconnect.
    const limited = fake.addPageWithOwner('No insights', { permissions: ['pages_show_list', 'pages_read_engagement', 'pages_manage_posts'] }).page;
    const own = await connector().publish({ ...ctx({ accessToken: limited.token }), externalId: limited.id }, { text: 'Mine', media: [] }, 'ni');
    const denied = await raw('GET', `/${GRAPH_API_VERSION}/${own.externalId}/insights`, {
      metric: 'post_media_view', access_token: limited.token, appsecret_proof: appSecretProof(limited.token, fake.appSecret),
    });
    assert.equal(errorOf(denied.body).code, 10);
  });

  test('engagement: comments and replies since a date, without our own; reply, hide, delete a comment', async () => {
    const ref = await connector().publish(ctx(), { text: 'What do you think?', media: [] }, 'e1');
    const old = fake.comment({ on: ref.externalId, fromId: '901', fromName: 'Old', message: 'Before', at: Date.now() - 60_000 });
    const since = new Date(Date.now() - 1000);
    const first = fake.comment({ on: ref.externalId, fromId: '902', fromName: 'Cy', message: 'Lovely' });
    const answer = await connector().reply(ctx(), first.id, { text: 'Thank you!', media: [] }, 'e2');
    const nested = fake.comment({ on: first.id, fromId: '903', fromName: 'Di', message: 'Agreed', at: Date.now() + 5 });
    const items = await connector().fetchEngagement(ctx(), since);
    assert.deepEqual(items.map((i) => [i.kind, i.externalId, i.inReplyTo, i.author.displayName]), [
      ['reply', first.id, ref.externalId, 'Cy'],
      ['reply', nested.id, ref.externalId, 'Di'],
    ]);
    assert.ok(!items.some((i) => i.externalId === old.id || i.externalId === answer.externalId));
    assert.equal(fake.state.comments.get(answer.externalId)?.objectId, first.id);

    await connector().hideEngagement?.(ctx(), first.id, true);
    assert.equal(fake.state.comments.get(first.id)?.hidden, true);
    await connector().like!(ctx(), first.id, true);
    await connector().like!(ctx(), first.id, true);
    assert.equal(fake.state.comments.get(first.id)?.likedBy?.size, 1);
    await connector().like!(ctx(), first.id, false);
    assert.equal(fake.state.comments.get(first.id)?.likedBy?.size, 0);
    await connector().deleteEngagement?.(ctx(), nested.id);
    assert.equal(fake.state.comments.has(nested.id), false);
  });

  test('refresh: nothing to do for Page tokens; an expiring user token is exchanged; a dead one is auth', async () => {
    assert.equal(await connector().refreshCredentials(ctx()), null);
    const changed: Credentials[] = [];
    const soon = { accessToken: owner.token, expiresAt: new Date(Date.now() + 60_000).toISOString() };
    const next = await connector().refreshCredentials(ctx(soon, changed));
    assert.ok(next && next['accessToken'] !== owner.token);
    assert.ok(Date.parse(next['expiresAt'] ?? '') > Date.now() + 59 * 86_400_000);
    assert.deepEqual(changed, [next]);
    fake.expireToken(next['accessToken'] ?? '');
    const dead = { accessToken: next['accessToken'] ?? '', expiresAt: new Date(Date.now() - 1000).toISOString() };
    await assert.rejects(connector().refreshCredentials(ctx(dead)), isNetworkError('auth', /Reconnect/));
  });

  test('OAuth: authorize URL, code exchange to a long-lived token, refused codes, denial, Pages and Instagram accounts', async () => {
    const redirectUri = 'https://chorus.example/oauth/meta/callback';
    const provider = createFacebookOAuthProvider({ clientId: fake.appId, clientSecret: fake.appSecret, apiUrl: fake.baseUrl, appSecret: fake.appSecret, authorizeUrl: 'https://www.facebook.example' });
    const url = new URL(provider.authorizeUrl({ state: 's1', redirectUri }));
    assert.equal(`${url.origin}${url.pathname}`, `https://www.facebook.example/${GRAPH_API_VERSION}/dialog/oauth`);
    assert.deepEqual([url.searchParams.get('client_id'), url.searchParams.get('redirect_uri'), url.searchParams.get('state'), url.searchParams.get('response_type')], [fake.appId, redirectUri, 's1', 'code']);
    assert.match(url.searchParams.get('scope') ?? '', /pages_manage_posts.*instagram_content_publish/);
    const business = createFacebookOAuthProvider({ clientId: fake.appId, clientSecret: fake.appSecret, configId: '777' });
    assert.equal(new URL(business.authorizeUrl({ state: 's', redirectUri })).searchParams.get('config_id'), '777');
    assert.equal(provider.usesPkce, false);

    const code = fake.approve(owner.id, redirectUri);
    const grant = await provider.exchangeCode({ code, redirectUri });
    assert.ok((grant.expiresAt?.getTime() ?? 0) > Date.now() + 59 * 86_400_000, 'long-lived');
    assert.ok(fake.requests.some((r) => r.path.includes('grant_type=fb_exchange_token')));
    await assert.rejects(provider.exchangeCode({ code, redirectUri }), isNetworkError('auth', /authorization code has been used/));
    await assert.rejects(provider.exchangeCode({ code: 'made-up', redirectUri }), isNetworkError('auth', /Invalid verification code format/));
    assert.throws(() => readMetaCallback(new URLSearchParams('error=access_denied&error_reason=user_denied&error_description=Permissions+error')), isNetworkError('auth', /Permissions error/));

    const choices = await provider.listAccounts(grant);
    assert.deepEqual(choices.map((c) => [c.network, c.externalId]), [['facebook', page.id], ['instagram', page.igUserId]]);
    const fb = await connector().connect(choices[0]?.connectInput ?? {});
    assert.equal(fb.credentials['accessToken'], page.token);
    const ig = await createInstagramConnector({ apiUrl: fake.baseUrl, appSecret: fake.appSecret }).connect(choices[1]?.connectInput ?? {});
    assert.deepEqual([ig.handle, ig.credentials['pageId']], ['acmebakery', page.id]);
    const lonely = fake.addUser('No pages');
    await assert.rejects(provider.listAccounts({ accessToken: lonely.token }), isNetworkError('auth', /No Facebook Page/));
  });
});

