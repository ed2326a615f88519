/**
 * For tests only: the strict fakes of Meta, Threads, X and LinkedIn started together, and the settings that point
 * Chorus at them — API origins, OAuth apps — so a test builds its registry exactly as the server does from env
 * (`createNetworkRegistry(loadConfig(env))`).
 *
 * @example
 * const fakes = await startFakeNetworks({ publicUrl: 'https://chorus.example' });
 * const t = await createTestApp(getDb(), { networks: fakes.registry(), env: fakes.env });
 * await fakes.stop();
 */
import { loadConfig } from '../../src/core/config.js';
import { createNetworkRegistry } from '../../src/networks/index.js';
import type { NetworkRegistry } from '../../src/networks/registry.js';
import { startFakeLinkedIn, type FakeLinkedIn } from '../fakes/linkedin/server.js';
import { startFakeMeta, type FakeMeta } from '../fakes/meta/server.js';
import { startFakeThreads, type FakeThreads } from '../fakes/threads/server.js';
import { startFakeX, type FakeX } from '../fakes/x/server.js';

export const X_APP = { clientId: 'chorus-x-client', clientSecret: 'chorus-x-secret' };

export interface FakeNetworks {
  meta: FakeMeta;
  threads: FakeThreads;
  x: FakeX;
  linkedin: FakeLinkedIn;
  /** CHORUS_* settings for the fakes (and CHORUS_PUBLIC_URL). */
  env: Record<string, string>;
  /** The registry the server would build from `env`, plus `overrides` (e.g. drop a network's OAuth app). */
  registry(overrides?: Record<string, string>): NetworkRegistry;
  stop(): Promise<void>;
}

export async function startFakeNetworks(options: {
  publicUrl: string;
  /** Where the browser goes for Facebook's login dialog (the Meta fake has no dialog of its own). */
  facebookDialogUrl?: string;
  /** Networks whose OAuth app is left out (connect by token only). */
  withoutOAuth?: ('facebook' | 'threads' | 'x' | 'linkedin')[];
}): Promise<FakeNetworks> {
  const [meta, threads, x, linkedin] = await Promise.all([startFakeMeta(), startFakeThreads(), startFakeX(), startFakeLinkedIn()]);
  x.addApp({ ...X_APP, redirectUris: [`${options.publicUrl}/api/v1/oauth/x/callback`] });
  const without = new Set(options.withoutOAuth ?? []);
  const app = (name: string, network: 'facebook' | 'threads' | 'x' | 'linkedin', id: string, secret: string) =>
    without.has(network) ? {} : { [`CHORUS_${name}_CLIENT_ID`]: id, [`CHORUS_${name}_CLIENT_SECRET`]: secret };
  const env: Record<string, string> = {
    CHORUS_PUBLIC_URL: options.publicUrl,
    CHORUS_FACEBOOK_API_URL: meta.baseUrl,
    CHORUS_FACEBOOK_AUTHORIZE_URL: options.facebookDialogUrl ?? 'https://www.facebook.example',
    ...app('FACEBOOK', 'facebook', meta.appId, meta.appSecret),
    CHORUS_THREADS_API_URL: threads.baseUrl,
    CHORUS_THREADS_AUTHORIZE_URL: threads.baseUrl,
    ...app('THREADS', 'threads', threads.app.clientId, threads.app.clientSecret),
    CHORUS_X_API_URL: x.baseUrl,
    CHORUS_X_AUTHORIZE_URL: `${x.baseUrl}/i/oauth2/authorize`,
    ...app('X', 'x', X_APP.clientId, X_APP.clientSecret),
    CHORUS_LINKEDIN_API_URL: linkedin.baseUrl,
    CHORUS_LINKEDIN_AUTHORIZE_URL: linkedin.baseUrl,
    ...app('LINKEDIN', 'linkedin', linkedin.app.clientId, linkedin.app.clientSecret),
  };
  return {
    meta,
    threads,
    x,
    linkedin,
    env,
    registry: (overrides = {}) => createNetworkRegistry(loadConfig({ CHORUS_DATA_DIR: 'memory://', ...env, ...overrides })),
    stop: async () => {
      await Promise.all([meta.stop(), threads.stop(), x.stop(), linkedin.stop()]);
    },
  };
}
