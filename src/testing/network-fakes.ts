/**
 * useTenantApp on the strict fakes of real networks, for the route tests of connecting and signing in: the fakes are
 * started before the app (it is configured with their addresses) and stopped after it is closed. The tenant's first
 * channel stays on an in-memory Bluesky network.
 *
 * @example
 *   forEachDatabase('token connect', (getDb) => {
 *     const { t, a, fakes } = useMediaNetworksApp(getDb);
 *     it('connects TikTok', async () => { const creator = fakes.tiktok.addCreator('cara'); ... });
 *   });
 */
import { after } from 'node:test';
import type { TestDatabase } from '../db/testing.js';
import type { TestApp } from './app.js';
import { readThrough, useTenantApp, type Tenant } from './scenario.js';
import { MemoryNetwork } from '../../test/fakes/memory-network.js';
import { startMediaNetworkFakes, type MediaNetworkFakes } from '../../test/fakes/media-networks.js';
import { startFakeNetworks, type FakeNetworks } from '../../test/e2e/fake-networks.js';

interface NetworksApp<Fakes> {
  t: TestApp;
  a: Tenant;
  b: Tenant;
  fakes: Fakes;
}

/** Facebook and Instagram (Meta), Threads, X and LinkedIn, with their OAuth apps unless left out. */
export function useFakeNetworksApp(
  getDb: () => TestDatabase,
  options: Parameters<typeof startFakeNetworks>[0] & { secondTenant?: boolean },
): NetworksApp<FakeNetworks> {
  const { secondTenant, ...start } = options;
  let fakes: FakeNetworks | undefined;
  const app = useTenantApp(getDb, async () => {
    fakes = await startFakeNetworks(start);
    return { networks: fakes.registry().register(new MemoryNetwork().connector('bluesky')), env: fakes.env, secondTenant };
  });
  after(async () => fakes?.stop());
  return { ...app, fakes: readThrough('the fake networks', () => fakes) };
}

/** YouTube, TikTok, Pinterest and Snapchat. */
export function useMediaNetworksApp(getDb: () => TestDatabase, options: { secondTenant?: boolean } = {}): NetworksApp<MediaNetworkFakes> {
  let fakes: MediaNetworkFakes | undefined;
  const app = useTenantApp(getDb, async () => {
    fakes = await startMediaNetworkFakes();
    return { networks: fakes.networks, env: fakes.env, ...options };
  });
  after(async () => fakes?.stop());
  return { ...app, fakes: readThrough('the media network fakes', () => fakes) };
}
