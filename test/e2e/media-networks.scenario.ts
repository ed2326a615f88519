/**
 * YouTube, TikTok, Pinterest and Snapchat in the browser, against their strict fakes: "Connect with <network>" goes
 * through each fake's authorize page (set to approve as a test account) and back; then one post for TikTok,
 * Pinterest and YouTube, which the composer refuses to send until it has what each network needs — a video, an
 * audience chosen among creator_info's, a video no longer than the TikTok account may post, a board — and which then
 * saves with each channel's chosen settings on its publication (checked through the API).
 *
 * Runs inside web.e2e.test.ts with the owner signed in; `startMediaNetworkFakes` gives the server its settings.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { AppContext } from '../../src/app/context.js';
import { startFakePinterest, type FakePinterest } from '../fakes/pinterest/server.js';
import { startFakeSnapchat, type FakeSnapchat } from '../fakes/snapchat/server.js';
import { startFakeTikTok, type FakeTikTok } from '../fakes/tiktok/server.js';
import { startFakeYouTube, type FakeYouTube } from '../fakes/youtube/server.js';

export interface MediaNetworkFakes {
  youtube: FakeYouTube;
  tiktok: FakeTikTok;
  pinterest: FakePinterest;
  snapchat: FakeSnapchat;
  /** CHORUS_* settings: API origins, authorize pages and OAuth apps of the four fakes. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** The four fakes with an OAuth app each whose redirect URI is the server's callback at `publicUrl`. */
export async function startMediaNetworkFakes(publicUrl: string): Promise<MediaNetworkFakes> {
  const [youtube, tiktok, pinterest, snapchat] = await Promise.all([startFakeYouTube(), startFakeTikTok(), startFakePinterest(), startFakeSnapchat()]);
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
  return {
    youtube,
    tiktok,
    pinterest,
    snapchat,
    env,
    stop: async () => {
      await Promise.all([youtube.stop(), tiktok.stop(), pinterest.stop(), snapchat.stop()]);
    },
  };
}

export interface MediaNetworksEnv {
  page: Page;
  baseUrl: string;
  ctx: AppContext;
  media: MediaNetworkFakes;
  shot(name: string): Promise<void>;
}

/** A real H.264 MP4 of `seconds` at 540×960 and 30 fps (what TikTok, YouTube and Pinterest all take), by ffmpeg. */
function makeVideo(seconds: number): Buffer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chorus-e2e-video-'));
  try {
    const file = path.join(dir, 'clip.mp4');
    execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', `testsrc=duration=${seconds}:size=540x960:rate=30`, '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-y', file]);
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Publication {
  channelId: string;
  network: string;
  options: Record<string, unknown>;
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
  await shot('50-media-networks-connected');

  const channelOf = async (network: string) =>
    (await ctx.database.db.selectFrom('channels').select(['id']).where('network', '=', network).executeTakeFirstOrThrow()).id;
  const [youtubeId, tiktokId, pinterestId] = await Promise.all([channelOf('youtube'), channelOf('tiktok'), channelOf('pinterest')]);

  await page.goto(`${baseUrl}/#/compose`);
  await page.getByRole('heading', { name: 'New post' }).waitFor();
  for (const network of ['tiktok', 'pinterest', 'youtube']) await page.getByTestId(`pick-${network}`).check();
  await page.getByTestId('composer-text').fill('Spring croissants, baked live\nWatch how our croissants get their layers.');
  await page.getByTestId('mode-draft').check();

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
  await page.getByTestId('media-input').setInputFiles({ name: 'long.mp4', mimeType: 'video/mp4', buffer: makeVideo(6) });
  await page.getByLabel('Description of long.mp4').waitFor();
  await tiktokPanel.getByText('The video lasts 6 seconds; this TikTok account can post up to 5.').waitFor();
  await shot('52-composer-tiktok-too-long');
  await page.locator('.media-item').filter({ hasText: 'long.mp4' }).getByRole('button', { name: 'Remove' }).click();
  await page.getByTestId('media-input').setInputFiles({ name: 'layers.mp4', mimeType: 'video/mp4', buffer: makeVideo(4.5) });
  await page.getByLabel('Description of layers.mp4').waitFor();
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
  await shot('53-composer-youtube');

  await page.getByTestId('composer-submit').click();
  await page.locator('.page__header .badge').getByText('Draft').waitFor();
  const postId = new URL(page.url()).hash.split('/').pop()!;
  const { workspace_id: workspaceId } = await ctx.database.db.selectFrom('channels').select('workspace_id').where('id', '=', youtubeId).executeTakeFirstOrThrow();
  const post = (await page.evaluate(async (u) => (await fetch(u)).json(), `/api/v1/workspaces/${workspaceId}/posts/${postId}`)) as { publications: Publication[] };
  const optionsOf = (network: string) => post.publications.find((p) => p.network === network)?.options;
  assert.deepEqual(optionsOf('tiktok'), { privacyLevel: 'SELF_ONLY', disableComment: false, disableDuet: true, disableStitch: true });
  assert.deepEqual(optionsOf('pinterest'), { boardId, title: 'Spring croissants', link: 'https://acme.example/spring' });
  assert.deepEqual(optionsOf('youtube'), { title: 'How our spring croissants get their layers', categoryId: '26', privacy: 'unlisted', tags: ['baking', 'croissants'] });
  await shot('54-media-post-saved');
}
