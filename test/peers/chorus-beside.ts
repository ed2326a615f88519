/**
 * Chorus in-process beside a peer server, for the peer tests that go through Chorus's own routes: starts the peer,
 * a PGlite database and the app with the real network connectors before the tests, and stops them after.
 *
 * @example
 *   const env = chorusBeside(startSnac);
 *   it('…', async () => { await call(env.t.app, …); env.peer.baseUrl; });
 */
import { after, before } from 'node:test';
import { loadConfig } from '../../src/core/config.js';
import { createTestApp, type TestApp } from '../../src/testing/app.js';
import { openTestDatabase, type TestDatabase } from '../../src/db/testing.js';
import { createNetworkRegistry } from '../../src/networks/index.js';

export interface ChorusBeside<P> {
  peer: P;
  database: TestDatabase;
  t: TestApp;
}

export function chorusBeside<P extends { stop(): Promise<void> }>(startPeer: () => Promise<P>): ChorusBeside<P> {
  const env = {} as ChorusBeside<P>;
  before(async () => {
    // The peer listens on loopback, which Chorus refuses by default (SSRF guard).
    process.env.CHORUS_ALLOW_PRIVATE_NETWORKS = '1';
    env.peer = await startPeer();
    env.database = await openTestDatabase('pglite');
    env.t = await createTestApp(env.database, { networks: createNetworkRegistry(loadConfig({})) });
  });
  after(async () => {
    await env.t?.close();
    await env.database?.close();
    await env.peer?.stop();
  });
  return env;
}
