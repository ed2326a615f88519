/**
 * Contract tests of the Instagram connector (container flow, quota, insights, comments) against the fake Graph API.
 * Run: node scripts/test.mjs test/fakes/meta
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NetworkError, type ChannelContext, type MediaForNetwork } from '../../../src/networks/connector.js';
import { isNetworkError } from '../contract.js';
import { createInstagramConnector, createInstagramOAuthProvider } from '../../../src/networks/instagram/index.js';
import { appSecretProof, GRAPH_API_VERSION } from '../../../src/networks/meta/index.js';
import type { IgUser, Page } from './model.js';
import { useFake } from '../fixtures.js';
import { startFakeMeta, type FakeMeta } from './server.js';

let fake: FakeMeta;
let page: Page;
let ig: IgUser;
let owner: { id: string; token: string };
let sleeps: number[];

const connector = (extra: { maxWaitMs?: number } = {}) =>
  createInstagramConnector({
    apiUrl: fake.baseUrl,
    appSecret: fake.appSecret,
    containers: { pollIntervalMs: 1000, maxWaitMs: extra.maxWaitMs ?? 60_000, sleep: async (ms) => void sleeps.push(ms) },
  });
const ctx = (): ChannelContext => ({
  channelId: 'c-ig',
  credentials: { accessToken: page.token, pageId: page.id },
  externalId: ig.id,
  serviceUrl: null,
  onCredentialsChanged: async () => {},
});

let counter = 0;
function file(mimeType: string, width = 1080, height = 1350, bytes = 4096): MediaForNetwork {
  const name = `f${++counter}.${mimeType.split('/')[1]}`;
  const url = fake.hostFile(name, { mimeType, width, height, bytes });
  return { id: name, mimeType, sizeBytes: bytes, width, height, altText: '', read: async () => Buffer.alloc(0), url };
}
const posts = (edge: string) => fake.requests.filter((r) => r.method === 'POST' && r.path.split('?')[0] === `/${GRAPH_API_VERSION}/${ig.id}/${edge}`);

describe('Instagram connector against the documented Graph API (fake)', () => {
  useFake(
    async () => (fake = await startFakeMeta({ videoPolls: 2 })),
    () => {
      ({ page, owner, ig } = (() => {
        const made = fake.addPageWithOwner(`Studio ${++counter}`, { instagram: `studio${counter}` });
        if (!made.ig) throw new Error('no ig');
        return { page: made.page, owner: made.owner, ig: made.ig };
      })());
      sleeps = [];
      fake.state.publishingQuota = 50;
    },
  );

  test('connect by account id, or through the Page token\'s linked account; a bad token is auth', async () => {
    const byId = await connector().connect({ accessToken: page.token, accountId: ig.id, pageId: page.id });
    assert.deepEqual([byId.externalId, byId.handle, byId.credentials['pageId']], [ig.id, ig.username, page.id]);
    const viaPage = await connector().connect({ accessToken: page.token });
    assert.equal(viaPage.externalId, ig.id);
    const { page: bare } = fake.addPageWithOwner('No Instagram');
    await assert.rejects(connector().connect({ accessToken: bare.token }), isNetworkError('rejected', /No Instagram professional account/));
    await assert.rejects(connector().connect({ accessToken: 'EAAwrong', accountId: ig.id }), isNetworkError('auth'));
  });

  test('one image: quota read first, container with image_url and alt text, status checked, media_publish', async () => {
    const photo = { ...file('image/jpeg'), altText: 'A ceramic bowl' };
    const ref = await connector().publish(ctx(), { text: 'New bowls #ceramics', media: [photo] }, 'i1');
    const calls = fake.requests.filter((r) => r.path.includes(ig.id) || r.path.includes('/media_publish')).map((r) => `${r.method} ${r.path.split('?')[0]?.split('/').slice(2).join('/')}`);
    assert.deepEqual(calls.slice(0, 3), [`GET ${ig.id}/content_publishing_limit`, `POST ${ig.id}/media`, `POST ${ig.id}/media_publish`]);
    const created = posts('media').at(-1)?.body;
    assert.deepEqual([created?.['image_url'], created?.['caption'], created?.['alt_text']], [photo.url, 'New bowls #ceramics', 'A ceramic bowl']);
    assert.equal(fake.state.media.get(ref.externalId)?.caption, 'New bowls #ceramics');
    assert.match(ref.url, /^https:\/\/www\.instagram\.com\/p\//);
    assert.deepEqual(sleeps, [], 'an image is FINISHED at once: no wait');
  });

  test('a Reel waits while IN_PROGRESS with growing pauses, then publishes', async () => {
    const ref = await connector().publish(ctx(), { text: 'Behind the scenes', media: [file('video/mp4')] }, 'r1');
    assert.equal(posts('media').at(-1)?.body['media_type'], 'REELS');
    assert.deepEqual(sleeps, [1000, 1500]);
    assert.equal(fake.state.media.get(ref.externalId)?.mediaType, 'VIDEO');
  });

  test('a carousel mixes images and a video as carousel items, then one CAROUSEL container', async () => {
    const media = [file('image/jpeg'), file('video/quicktime'), file('image/jpeg', 1080, 1080)];
    const ref = await connector().publish(ctx(), { text: 'Three views', media }, 'c1');
    const made = posts('media');
    const items = made.slice(-4, -1).map((r) => r.body);
    assert.ok(items.every((b) => b['is_carousel_item'] === 'true'));
    assert.equal(items[1]?.['media_type'], 'VIDEO');
    const carousel = made.at(-1)?.body;
    assert.equal(carousel?.['media_type'], 'CAROUSEL');
    assert.equal(carousel?.['children']?.split(',').length, 3);
    assert.equal(fake.state.media.get(ref.externalId)?.mediaType, 'CAROUSEL_ALBUM');
  });

  test('past the publishing quota the post is refused before any container is made', async () => {
    fake.state.publishingQuota = 1;
    await connector().publish(ctx(), { text: 'First', media: [file('image/jpeg')] }, 'q1');
    const before = posts('media').length;
    await assert.rejects(connector().publish(ctx(), { text: 'Second', media: [file('image/jpeg')] }, 'q2'), isNetworkError('rejected', /allows 1 posts .* has published 1/));
    assert.equal(posts('media').length, before);
  });

  test('the fake refuses media_publish of an unfinished container and past the quota with the documented errors', async () => {
    const v = `/${GRAPH_API_VERSION}`;
    const call = async (path: string, body: Record<string, string>) => {
      const url = `${fake.baseUrl}${v}/${path}?access_token=${page.token}&appsecret_proof=${appSecretProof(page.token, fake.appSecret)}`;
      return (await (await fetch(url, { method: 'POST', body: new URLSearchParams(body) })).json()) as { id?: string; error?: { code: number; error_subcode: number } };
    };
    const container = await call(`${ig.id}/media`, { media_type: 'REELS', video_url: file('video/mp4').url });
    const early = await call(`${ig.id}/media_publish`, { creation_id: container.id ?? '' });
    assert.deepEqual([early.error?.code, early.error?.error_subcode], [9007, 2207027]);
    fake.state.publishingQuota = 0;
    const limited = await call(`${ig.id}/media_publish`, { creation_id: container.id ?? '' });
    assert.deepEqual([limited.error?.code, limited.error?.error_subcode], [9, 2207042]);
    const missing = await call(`${ig.id}/media_publish`, {});
    assert.equal(missing.error?.code, 100);
  });

  test('container ERROR is rejected with the reason; a container still processing past the time limit is transient', async () => {
    fake.state.nextContainerError = 'Video codec not supported';
    await assert.rejects(connector().publish(ctx(), { text: 'Broken', media: [file('video/mp4')] }, 'e1'), isNetworkError('rejected', /Video codec not supported/));
    fake.state.videoPolls = 50;
    try {
      await assert.rejects(connector({ maxWaitMs: 5000 }).publish(ctx(), { text: 'Slow', media: [file('video/mp4')] }, 'e2'), isNetworkError('transient', /still processing/));
    } finally {
      fake.state.videoPolls = 2;
    }
  });

  test('what Instagram refuses at container creation is rejected with its user message', async () => {
    await assert.rejects(connector().publish(ctx(), { text: 'png', media: [file('image/png')] }, 'x1'), isNetworkError('rejected', /Supported formats are: JPEG/));
    await assert.rejects(connector().publish(ctx(), { text: 'wide', media: [file('image/jpeg', 3000, 1000)] }, 'x2'), isNetworkError('rejected', /aspect ratio/));
    const tags = Array.from({ length: 31 }, (_, i) => `#t${i}`).join(' ');
    await assert.rejects(connector().publish(ctx(), { text: tags, media: [file('image/jpeg')] }, 'x3'), isNetworkError('rejected', /at most 30 hashtags/));
    // The validator says the same before anything is sent.
    const limits = connector().limits({});
    assert.deepEqual(connector().validate({ text: tags, media: [file('image/png', 3000, 1000)] }, limits).map((v) => v.rule).sort(), ['aspect_ratio', 'media_type', 'too_many_hashtags']);
  });

  test('rate limit: Instagram Business Use Case code 80002 with estimated_time_to_regain_access', async () => {
    fake.failNext(/content_publishing_limit$/, {
      status: 400,
      headers: { 'x-business-use-case-usage': JSON.stringify({ [ig.id]: [{ type: 'instagram', call_count: 100, total_cputime: 5, total_time: 5, estimated_time_to_regain_access: 12 }] }) },
      body: { error: { message: 'Application request limit reached', type: 'OAuthException', code: 80002, fbtrace_id: 'z' } },
    });
    await assert.rejects(connector().publish(ctx(), { text: 'Later', media: [file('image/jpeg')] }, 'rl'), (e: unknown) => {
      assert.ok(e instanceof NetworkError && e.kind === 'rate_limited');
      assert.equal(e.details.retryAfterMs, 12 * 60_000);
      return true;
    });
  });

  test('findPublished finds the media of an interrupted attempt by caption', async () => {
    const ref = await connector().publish(ctx(), { text: 'Kiln day\n\n#pottery', media: [file('image/jpeg')] }, 'f1');
    await connector().publish(ctx(), { text: 'Later post', media: [file('image/jpeg')] }, 'f2');
    assert.equal((await connector().findPublished(ctx(), 'f1', { text: 'Kiln day\n\n#pottery', media: [] }))?.externalId, ref.externalId);
    assert.equal(await connector().findPublished(ctx(), 'f3', { text: 'Never made', media: [] }), null);
    // A reply whose answer was lost is found among the comment's replies.
    const comment = fake.comment({ on: ref.externalId, fromId: '77', fromName: 'asker', message: 'Price?' });
    const reply = await connector().reply(ctx(), comment.id, { text: '45 euros', media: [] }, 'f4');
    assert.equal((await connector().findPublished(ctx(), 'f4', { text: '45 euros', media: [], inReplyTo: comment.id }))?.externalId, reply.externalId);
  });

  test('metrics from like/comment counts and media insights (views, reach, saved, shares)', async () => {
    const ref = await connector().publish(ctx(), { text: 'Measure me', media: [file('image/jpeg')] }, 'm1');
    const media = fake.state.media.get(ref.externalId);
    assert.ok(media);
    Object.assign(media, { likes: 30, insights: { reach: 400, views: 650, saved: 9, shares: 4 } });
    fake.comment({ on: ref.externalId, fromId: '555', fromName: 'visitor', message: 'Nice' });
    const [metrics] = await connector().fetchMetrics(ctx(), [ref.externalId]);
    assert.deepEqual({ ...metrics, fetchedAt: null }, {
      externalId: ref.externalId, likes: 30, reposts: 4, replies: 1, quotes: null, views: 650,
      impressions: null, reach: 400, saves: 9, linkClicks: null, fetchedAt: null,
    });
    const asked = fake.requests.filter((r) => r.path.includes(`${ref.externalId}/insights`)).at(-1);
    assert.match(decodeURIComponent(asked?.path ?? ''), /metric=reach,likes,comments,shares,saved,views/);
  });

  test('engagement: comments and replies since a date; reply via /replies, hide, delete; posts cannot be deleted', async () => {
    const ref = await connector().publish(ctx(), { text: 'Thoughts?', media: [file('image/jpeg')] }, 'g1');
    const since = new Date(Date.now() - 1000);
    fake.comment({ on: ref.externalId, fromId: '1', fromName: 'early', message: 'old', at: Date.now() - 60_000 });
    const comment = fake.comment({ on: ref.externalId, fromId: '2', fromName: 'fan', message: 'Love it' });
    const mine = await connector().reply(ctx(), comment.id, { text: 'Thanks!', media: [] }, 'g2');
    const reply = fake.comment({ on: comment.id, fromId: '3', fromName: 'friend', message: 'Same', at: Date.now() + 5 });
    const items = await connector().fetchEngagement(ctx(), since);
    assert.deepEqual(items.map((i) => [i.externalId, i.inReplyTo, i.author.handle]), [
      [comment.id, ref.externalId, 'fan'],
      [reply.id, ref.externalId, 'friend'],
    ]);
    assert.equal(fake.state.comments.get(mine.externalId)?.objectId, comment.id);
    await connector().hideEngagement?.(ctx(), comment.id, true);
    assert.equal(fake.state.comments.get(comment.id)?.hidden, true);
    assert.equal(fake.requests.filter((r) => r.method === 'POST' && r.path.includes(`/${comment.id}?`)).at(-1)?.body['hide'], 'true');
    await connector().deleteEngagement?.(ctx(), reply.id);
    assert.equal(fake.state.comments.has(reply.id), false);
    await assert.rejects(connector().delete(ctx(), ref.externalId), isNetworkError('rejected', /cannot delete posts/));
  });

  test('the Instagram OAuth provider lists only the linked Instagram accounts', async () => {
    const provider = createInstagramOAuthProvider({ clientId: fake.appId, clientSecret: fake.appSecret, apiUrl: fake.baseUrl, appSecret: fake.appSecret });
    const choices = await provider.listAccounts({ accessToken: owner.token });
    assert.deepEqual(choices.map((c) => [c.network, c.externalId, c.connectInput['pageId']]), [['instagram', ig.id, page.id]]);
  });
});
