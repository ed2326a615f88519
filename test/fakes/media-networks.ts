/**
 * The strict fakes of the media-first networks (YouTube, TikTok, Pinterest, Snapchat) started together, with the env
 * that points Chorus at them and the registry the server builds from that env (plus an in-memory Bluesky, so a
 * workspace can have an ordinary channel too). For route tests that need all four.
 *
 * @example
 * const fakes = await startMediaNetworkFakes();
 * const t = await createTestApp(db, { networks: fakes.networks, env: fakes.env });
 * fakes.tiktok.addCreator('cara');
 * await fakes.stop();
 */
import { loadConfig } from '../../src/core/config.js';
import { createNetworkRegistry } from '../../src/networks/index.js';
import type { NetworkRegistry } from '../../src/networks/registry.js';
import { MemoryNetwork } from './memory-network.js';
import { startFakePinterest, type FakePinterest } from './pinterest/server.js';
import { startFakeSnapchat, type FakeSnapchat } from './snapchat/server.js';
import { startFakeTikTok, type FakeTikTok } from './tiktok/server.js';
import { startFakeYouTube, type FakeYouTube } from './youtube/server.js';

export interface MediaNetworkFakes {
  youtube: FakeYouTube;
  tiktok: FakeTikTok;
  pinterest: FakePinterest;
  snapchat: FakeSnapchat;
  env: Record<string, string>;
  networks: NetworkRegistry;
  stop(): Promise<void>;
}

export async function startMediaNetworkFakes(): Promise<MediaNetworkFakes> {
  const [youtube, tiktok, pinterest, snapchat] = await Promise.all([startFakeYouTube(), startFakeTikTok(), startFakePinterest(), startFakeSnapchat()]);
  const env = {
    CHORUS_DATA_DIR: 'memory://',
    CHORUS_YOUTUBE_API_URL: youtube.baseUrl,
    CHORUS_TIKTOK_API_URL: tiktok.baseUrl,
    CHORUS_PINTEREST_API_URL: pinterest.baseUrl,
    CHORUS_SNAPCHAT_API_URL: snapchat.baseUrl,
  };
  const networks = createNetworkRegistry(loadConfig(env)).register(new MemoryNetwork().connector('bluesky'));
  return {
    youtube,
    tiktok,
    pinterest,
    snapchat,
    env,
    networks,
    stop: async () => void (await Promise.all([youtube.stop(), tiktok.stop(), pinterest.stop(), snapchat.stop()])),
  };
}
