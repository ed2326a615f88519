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

/** The four fakes, each on its own port, and one stop for all of them. */
export interface MediaFakeServers {
  youtube: FakeYouTube;
  tiktok: FakeTikTok;
  pinterest: FakePinterest;
  snapchat: FakeSnapchat;
  stop(): Promise<void>;
}

/** Starts the four fakes side by side (the route tests and the browser walk-through both begin here). */
export async function startMediaFakeServers(): Promise<MediaFakeServers> {
  const [youtube, tiktok, pinterest, snapchat] = await Promise.all([startFakeYouTube(), startFakeTikTok(), startFakePinterest(), startFakeSnapchat()]);
  const stop = async () => void (await Promise.all([youtube.stop(), tiktok.stop(), pinterest.stop(), snapchat.stop()]));
  return { youtube, tiktok, pinterest, snapchat, stop };
}

export interface MediaNetworkFakes extends MediaFakeServers {
  env: Record<string, string>;
  networks: NetworkRegistry;
}

export async function startMediaNetworkFakes(): Promise<MediaNetworkFakes> {
  const servers = await startMediaFakeServers();
  const { youtube, tiktok, pinterest, snapchat } = servers;
  const env = {
    CHORUS_DATA_DIR: 'memory://',
    CHORUS_YOUTUBE_API_URL: youtube.baseUrl,
    CHORUS_TIKTOK_API_URL: tiktok.baseUrl,
    CHORUS_PINTEREST_API_URL: pinterest.baseUrl,
    CHORUS_SNAPCHAT_API_URL: snapchat.baseUrl,
  };
  const networks = createNetworkRegistry(loadConfig(env)).register(new MemoryNetwork().connector('bluesky'));
  return { ...servers, env, networks };
}
