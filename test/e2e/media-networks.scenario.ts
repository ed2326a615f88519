/**
 * YouTube, TikTok, Pinterest and Snapchat in the browser, against their strict fakes: "Connect with <network>" goes
 * through each fake's authorize page (set to approve as a test account) and back; then one post for TikTok,
 * Pinterest and YouTube, which the composer refuses to send until it has what each network needs — a video, an
 * audience chosen among creator_info's, a video no longer than the TikTok account may post, a board — and which then
 * saves with each channel's chosen settings on its publication (checked through the API). The YouTube video gets a
 * thumbnail uploaded for it alone (a too-narrow one is held back first); a Snapchat Spotlight is refused as text only
 * and with an image, then saved with a video; and the new fields are walked once in French.
 *
 * Runs inside web.e2e.test.ts with the owner signed in; `startMediaNetworkFakes` gives the server its settings.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import type { AppContext } from '../../src/core/context.js';
import { makeTestVideo } from '../../src/testing/video.js';
import { startMediaFakeServers, type MediaFakeServers } from '../fakes/media-networks.js';

export interface MediaNetworkFakes extends MediaFakeServers {
  /** CHORUS_* settings: API origins, authorize pages and OAuth apps of the four fakes. */
  env: Record<string, string>;
  /** Pinterest's app, for a walk-through that enters it on the network apps page instead of the settings. */
  pinterestApp: { clientId: string; clientSecret: string };
}

/** The four fakes with an OAuth app each whose redirect URI is the server's callback at `publicUrl`. */
export async function startMediaNetworkFakes(publicUrl: string): Promise<MediaNetworkFakes> {
  const servers = await startMediaFakeServers();
  const { youtube, tiktok, pinterest, snapchat } = servers;
  const callback = (network: string) => `${publicUrl}/api/v1/oauth/${network}/callback`;
  const app = (network: string) => ({ clientId: `chorus-${network}`, clientSecret: `${network}-secret`, redirectUris: [callback(network)] });
  youtube.addApp(app('youtube'));
  pinterest.addApp(app('pinterest'));
  snapchat.addApp(app('snapchat'));
  // TikTok's fake has one app (client key and secret); its redirect URI list takes ours.
  tiktok.app.redirectUris.push(callback('tiktok'));
  const env: Record<string, string> = {
    CHORUS_YOUTUBE_API_URL: youtube.baseUrl,
    CHORUS_YOUTUBE_AUTHORIZE_URL: `${youtube.baseUrl}/o/oauth2/v2/auth`,
    CHORUS_YOUTUBE_TOKEN_URL: `${youtube.baseUrl}/token`,
    CHORUS_YOUTUBE_CLIENT_ID: app('youtube').clientId,
    CHORUS_YOUTUBE_CLIENT_SECRET: app('youtube').clientSecret,
    CHORUS_TIKTOK_API_URL: tiktok.baseUrl,
    CHORUS_TIKTOK_AUTHORIZE_URL: `${tiktok.baseUrl}/v2/auth/authorize/`,
    CHORUS_TIKTOK_CLIENT_ID: tiktok.app.clientKey,
    CHORUS_TIKTOK_CLIENT_SECRET: tiktok.app.clientSecret,
    CHORUS_PINTEREST_API_URL: pinterest.baseUrl,
    CHORUS_PINTEREST_AUTHORIZE_URL: `${pinterest.baseUrl}/oauth/`,
    CHORUS_PINTEREST_CLIENT_ID: app('pinterest').clientId,
    CHORUS_PINTEREST_CLIENT_SECRET: app('pinterest').clientSecret,
    CHORUS_SNAPCHAT_API_URL: snapchat.baseUrl,
    CHORUS_SNAPCHAT_ACCOUNTS_URL: snapchat.baseUrl,
    CHORUS_SNAPCHAT_AUTHORIZE_URL: `${snapchat.baseUrl}/login/oauth2/authorize`,
    CHORUS_SNAPCHAT_CLIENT_ID: app('snapchat').clientId,
    CHORUS_SNAPCHAT_CLIENT_SECRET: app('snapchat').clientSecret,
  };
  return { ...servers, env, pinterestApp: { clientId: app('pinterest').clientId, clientSecret: app('pinterest').clientSecret } };
}

export interface MediaNetworksEnv {
  page: Page;
  baseUrl: string;
  ctx: AppContext;
  media: MediaNetworkFakes;
  shot(name: string): Promise<void>;
}

/** A real H.264 MP4 of `seconds` at 540×960 and 30 fps (what TikTok, YouTube and Pinterest all take). */
function makeVideo(seconds: number): Buffer {
  return makeTestVideo({ seconds, width: 540, height: 960, fps: 30 });
}

/** A plain image of this size and type, by sharp (what Chorus itself converts with). */
function makeImage(width: number, height: number, format: 'png' | 'webp'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#d9a066' } }).toFormat(format).toBuffer();
}

/** Picks a file in the composer and waits until it is uploaded (its description field shows). */
async function attach(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.getByTestId('media-input').setInputFiles(file);
  await page.getByLabel(`Description of ${file.name}`).waitFor();
}

/** Removes an attached file from the composer by its name. */
async function detach(page: Page, name: string): Promise<void> {
  await page.locator('.media-item').filter({ hasText: name }).getByRole('button', { name: 'Remove' }).click();
}

interface Publication {
  channelId: string;
  network: string;
  options: Record<string, unknown>;
}

interface SavedPost {
  mediaIds: string[];
  variants: Array<{ channelId?: string; mediaIds?: string[] }>;
  publications: Publication[];
}

/** The saved post shown on the page, read through the API as the signed-in person. */
async function savedPost(page: Page, ctx: AppContext, channelId: string): Promise<SavedPost> {
  await page.locator('.page__header .badge').getByText('Draft').waitFor();
  const postId = new URL(page.url()).hash.split('/').pop()!;
  const { workspace_id: workspaceId } = await ctx.database.db.selectFrom('channels').select('workspace_id').where('id', '=', channelId).executeTakeFirstOrThrow();
  return (await page.evaluate(async (u) => (await fetch(u)).json(), `/api/v1/workspaces/${workspaceId}/posts/${postId}`)) as SavedPost;
}

export async function mediaNetworksScenario({ page, baseUrl, ctx, media, shot }: MediaNetworksEnv): Promise<void> {
  const { youtube, tiktok, pinterest, snapchat } = media;
  await page.goto(`${baseUrl}/#/channels`);
  await page.getByTestId('language').selectOption('en');

  // Each network's authorize page approves as the account the test made, and sends the browser back to Chorus.
  const yt = youtube.addChannel('Acme Bakery Videos');
  youtube.decideNext(yt.id);
  const tk = tiktok.addCreator('acmebakery.tok', { displayName: 'Acme on TikTok', privacyLevelOptions: ['PUBLIC_TO_EVERYONE', 'SELF_ONLY'], duetDisabled: true, maxVideoPostDurationSec: 5 });
  tiktok.decideNext(tk.id);
  const pin = pinterest.addUser('acmebakery.pins');
  pinterest.decideNext(pin.id);
  const snap = snapchat.addUser('acmebakery.snaps');
  snapchat.decideNext(snap.id);
  for (const [network, name] of [['youtube', 'YouTube'], ['tiktok', 'TikTok'], ['pinterest', 'Pinterest'], ['snapchat', 'Snapchat']] as const) {
    // A fresh page each time, so the "is connected" waited for is this network's.
    await page.goto('about:blank');
    await page.goto(`${baseUrl}/#/channels`);
    await page.getByTestId(`connect-${network}`).getByRole('button', { name: `Connect with ${name}` }).click();
    await page.getByText(/is connected\./).waitFor();
    const row = await ctx.database.db.selectFrom('channels').select(['credentials_enc']).where('network', '=', network).executeTakeFirst();
    assert.ok(row, `${name} became a channel`);
  }
  // TikTok and Snapchat give no access to comments: the channel says so, since the inbox will never show them.
  await page.getByTestId('channel-row').filter({ hasText: 'TikTok' }).getByText("TikTok's API gives no access to comments").waitFor();
  await page.getByTestId('channel-row').filter({ hasText: 'Snapchat' }).getByText("Snapchat's API gives no access to replies").waitFor();
  assert.equal(await page.getByTestId('channel-row').filter({ hasText: 'Pinterest' }).getByTestId('channel-no-comments').count(), 0);
  await shot('50-media-networks-connected');

  const channelOf = async (network: string) =>
    (await ctx.database.db.selectFrom('channels').select(['id']).where('network', '=', network).executeTakeFirstOrThrow()).id;
  const [youtubeId, tiktokId, pinterestId, snapchatId] = await Promise.all([channelOf('youtube'), channelOf('tiktok'), channelOf('pinterest'), channelOf('snapchat')]);

  await page.goto(`${baseUrl}/#/compose`);
  await page.getByRole('heading', { name: 'New post' }).waitFor();
  for (const network of ['tiktok', 'pinterest', 'youtube']) await page.getByTestId(`pick-${network}`).check();
  await page.getByTestId('composer-text').fill('Spring croissants, baked live\nWatch how our croissants get their layers.');
  await page.getByTestId('mode-draft').check();
  // TikTok takes JPEG and WebP photos only; the server converts a PNG for it, so the file dialog offers PNG too.
  const accept = (await page.getByTestId('media-input').getAttribute('accept'))?.split(',') ?? [];
  assert.ok(accept.includes('image/png') && accept.includes('image/webp') && accept.includes('video/mp4'), `file dialog offers ${accept.join(', ')}`);

  // Nothing attached, no audience, no board: the submit is refused and each network says why.
  await page.getByTestId('composer-submit').click();
  const blockers = page.getByTestId('composer-blockers');
  await blockers.getByText('YouTube publishes videos: attach one video.').waitFor();
  await blockers.getByText('Choose who can see this post on TikTok.').waitFor();
  await blockers.getByText('Choose the board to save this Pin to.').waitFor();
  await blockers.getByText('Pinterest needs an image or a video: there are no text-only posts there.').waitFor();
  assert.ok(page.url().includes('#/compose'), 'still composing');
  await shot('51-composer-blocked');

  // TikTok: creator_info's audiences with none chosen, Duet turned off by the creator, the longest video shown.
  await page.getByTestId('tab-tiktok').click();
  const tiktokPanel = page.getByTestId(`options-${tiktokId}`);
  const audience = tiktokPanel.getByLabel('Who can see this post');
  await audience.waitFor();
  assert.equal(await audience.inputValue(), '', 'no audience is chosen in advance');
  assert.deepEqual(await audience.locator('option').allInnerTexts(), ['Choose who can see it', 'Everyone', 'Only me']);
  assert.equal(await tiktokPanel.getByLabel('Allow Duet').isDisabled(), true);
  await tiktokPanel.getByText('This account can post videos up to 5 seconds long.').waitFor();

  // A 6-second video is longer than this TikTok account may post; a 4.5-second one is not.
  await attach(page, { name: 'long.mp4', mimeType: 'video/mp4', buffer: makeVideo(6) });
  await tiktokPanel.getByText('The video lasts 6 seconds; this TikTok account can post up to 5.').waitFor();
  await shot('52-composer-tiktok-too-long');
  await detach(page, 'long.mp4');
  await attach(page, { name: 'layers.mp4', mimeType: 'video/mp4', buffer: makeVideo(4.5) });
  await tiktokPanel.getByText(/The video lasts/).waitFor({ state: 'detached' });
  await audience.selectOption('SELF_ONLY');
  await tiktokPanel.getByLabel('Allow comments').check();

  // Pinterest: a new board made from the picker is chosen at once.
  await page.getByTestId('tab-pinterest').click();
  const pinterestPanel = page.getByTestId(`options-${pinterestId}`);
  await pinterestPanel.getByLabel('Board', { exact: true }).waitFor();
  await pinterestPanel.getByLabel('New board').fill('Spring menu');
  await pinterestPanel.getByRole('button', { name: 'Create board' }).click();
  await pinterestPanel.getByLabel('Board', { exact: true }).locator('option', { hasText: 'Spring menu' }).waitFor({ state: 'attached' });
  const boardId = await pinterestPanel.getByLabel('Board', { exact: true }).inputValue();
  assert.equal(pinterest.boards.get(boardId)?.name, 'Spring menu', 'the board was made on Pinterest and chosen');
  await pinterestPanel.getByLabel('Title', { exact: true }).fill('Spring croissants');
  await pinterestPanel.getByLabel('Link').fill('https://acme.example/spring');

  // YouTube: a title over 100 characters is refused, then a good one, a category and private.
  await page.getByTestId('tab-youtube').click();
  const youtubePanel = page.getByTestId(`options-${youtubeId}`);
  await youtubePanel.getByLabel('Title', { exact: true }).fill('Croissant'.repeat(12));
  await youtubePanel.getByText('The title has 108 characters; YouTube allows 100.').waitFor();
  await youtubePanel.getByLabel('Title', { exact: true }).fill('How our spring croissants get their layers');
  await youtubePanel.getByLabel('Category').selectOption('26');
  await youtubePanel.getByLabel('Visibility').selectOption('unlisted');
  await youtubePanel.getByLabel('Tags').fill('baking, croissants');

  // A thumbnail for YouTube only: any image Chorus converts is offered; one narrower than YouTube's 640 pixels is
  // held back (Chorus never enlarges), a wide WebP is taken (it becomes a JPEG when the video is published).
  const thumbnailInput = youtubePanel.getByTestId('thumbnail-input');
  assert.ok((await thumbnailInput.getAttribute('accept'))?.split(',').includes('image/webp'), 'WebP is offered as a thumbnail');
  await thumbnailInput.setInputFiles({ name: 'narrow.png', mimeType: 'image/png', buffer: await makeImage(320, 180, 'png') });
  const tooNarrow = youtubePanel.getByText('The thumbnail is 320 pixels wide; YouTube needs at least 640 (Chorus never enlarges images).');
  await tooNarrow.waitFor();
  await thumbnailInput.setInputFiles({ name: 'cover.webp', mimeType: 'image/webp', buffer: await makeImage(1280, 720, 'webp') });
  await youtubePanel.getByRole('radio', { name: /cover\.webp/ }).waitFor();
  await tooNarrow.waitFor({ state: 'detached' });
  assert.equal(await youtubePanel.getByRole('radio', { name: /cover\.webp/ }).isChecked(), true, 'the uploaded thumbnail is chosen');
  await shot('53-composer-youtube');

  await page.getByTestId('composer-submit').click();
  const post = await savedPost(page, ctx, youtubeId);
  const optionsOf = (network: string) => post.publications.find((p) => p.network === network)?.options;
  const { id: coverId } = await ctx.database.db.selectFrom('media').select('id').where('file_name', '=', 'cover.webp').executeTakeFirstOrThrow();
  assert.deepEqual(optionsOf('tiktok'), { privacyLevel: 'SELF_ONLY', disableComment: false, disableDuet: true, disableStitch: true });
  assert.deepEqual(optionsOf('pinterest'), { boardId, title: 'Spring croissants', link: 'https://acme.example/spring' });
  assert.deepEqual(optionsOf('youtube'), {
    title: 'How our spring croissants get their layers',
    categoryId: '26',
    privacy: 'unlisted',
    tags: ['baking', 'croissants'],
    thumbnailMediaId: coverId,
  });
  // The thumbnail travels in YouTube's own media list only: TikTok and Pinterest get the video alone.
  assert.equal(post.mediaIds.length, 1);
  assert.deepEqual(post.variants.find((v) => v.channelId === youtubeId)?.mediaIds, [...post.mediaIds, coverId]);
  await shot('54-media-post-saved');

  await snapchatSpotlight(page, ctx, snapchatId, shot);
  await newFieldsInFrench(page, baseUrl, youtubeId, shot);
}

/** Snapchat has no text-only posts, and a Spotlight takes a video only: both are held back, then a video is saved. */
async function snapchatSpotlight(page: Page, ctx: AppContext, snapchatId: string, shot: MediaNetworksEnv['shot']): Promise<void> {
  await page.getByRole('link', { name: 'Compose' }).click();
  await page.getByRole('heading', { name: 'New post' }).waitFor();
  await page.getByTestId('pick-snapchat').check();
  await page.getByTestId('composer-text').fill('Six seconds of croissant layers #bakery');
  await page.getByTestId('mode-draft').check();
  await page.getByTestId('composer-submit').click();
  await page.getByTestId('composer-blockers').getByText('Snapchat needs an image or a video: there are no text-only posts there.').waitFor();

  await page.getByTestId('tab-snapchat').click();
  const panel = page.getByTestId(`options-${snapchatId}`);
  await panel.getByLabel('Kind of post').selectOption('spotlight');
  await attach(page, { name: 'still.png', mimeType: 'image/png', buffer: await makeImage(1080, 1920, 'png') });
  await panel.getByText('Spotlight takes videos only.').waitFor();
  await shot('55-composer-snapchat-spotlight-image');
  await detach(page, 'still.png');
  await attach(page, { name: 'spotlight.mp4', mimeType: 'video/mp4', buffer: makeVideo(6) });
  await panel.getByText('Spotlight takes videos only.').waitFor({ state: 'detached' });

  await page.getByTestId('composer-submit').click();
  const post = await savedPost(page, ctx, snapchatId);
  assert.deepEqual(post.publications.map((p) => [p.network, p.options]), [['snapchat', { kind: 'spotlight' }]]);
  assert.equal(post.mediaIds.length, 1);
  await shot('56-snapchat-spotlight-saved');
}

/** The new YouTube fields once in French: a label, a blocking message, a screenshot; then back to English. */
async function newFieldsInFrench(page: Page, baseUrl: string, youtubeId: string, shot: MediaNetworksEnv['shot']): Promise<void> {
  await page.getByTestId('language').selectOption('fr');
  await page.getByRole('link', { name: 'Rédiger' }).click();
  await page.getByRole('heading', { name: 'Nouvelle publication' }).waitFor();
  await page.getByTestId('pick-youtube').check();
  await page.getByTestId('composer-text').fill('Nos croissants de printemps');
  await page.getByTestId('mode-draft').check();
  const panel = page.getByTestId(`options-${youtubeId}`);
  await panel.getByRole('group', { name: 'Miniature' }).waitFor();
  await panel.getByText('Téléverser une miniature').waitFor();
  await page.getByTestId('composer-submit').click();
  await page.getByTestId('composer-blockers').getByText('YouTube publie des vidéos : joignez une vidéo.').waitFor();
  await shot('57-composer-youtube-fr');
  await page.getByTestId('language').selectOption('en');
  await page.goto(`${baseUrl}/#/channels`);
  await page.getByRole('link', { name: 'Compose' }).waitFor();
}
