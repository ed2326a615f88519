/**
 * Chorus wired to the fake X for the tests that run the jobs and the API together: one tenant, a Bluesky memory
 * network and the real X connector configured with the X app below, on the suite's database. Call `useXTenant`
 * inside a `forEachDatabase` body; its hooks start everything before the suite and close it after.
 *
 * @example
 * const x = useXTenant(getDb);
 * it('…', async () => {
 *   const { fake, t, a } = x;
 *   const channel = await connectChannel(t.ctx, x.access(), 'x', { accessToken: fake.addUser('brand').token });
 * });
 */
import { after, before } from 'node:test';
import type { TestDatabase } from '../../../src/db/testing.js';
import { NetworkRegistry } from '../../../src/networks/registry.js';
import { createXConnector } from '../../../src/networks/x/index.js';
import type { TestApp } from '../../../src/testing/app.js';
import { createTenantApp, type Tenant } from '../../../src/testing/scenario.js';
import { MemoryNetwork } from '../memory-network.js';
import { startFakeX, type FakeX } from './server.js';

/** The X app the server is configured with (client id and secret, its registered callback). */
export const X_APP = { clientId: 'chorus-client', clientSecret: 'chorus-secret', redirectUris: ['https://chorus.example/api/v1/oauth/x/callback'] };

/** What the suite's `before` started: set before the first test runs. */
export class XTenant {
  fake!: FakeX;
  t!: TestApp;
  a!: Tenant;

  /** The tenant owner's access to its workspace, as the services take it. */
  access() {
    return { workspaceId: this.a.workspaceId, workspaceName: 'A', timezone: 'UTC', userId: this.a.userId, role: 'owner' as const };
  }
}

/** Starts the fake X (knowing `X_APP`) and a Chorus app on the suite's database with `env` added to its settings. */
export function useXTenant(getDb: () => TestDatabase, env: Record<string, string> = {}): XTenant {
  const x = new XTenant();
  before(async () => {
    x.fake = await startFakeX();
    x.fake.addApp(X_APP);
    const networks = new NetworkRegistry().register(new MemoryNetwork().connector('bluesky')).register(createXConnector({ apiUrl: x.fake.baseUrl, ...X_APP }));
    ({ app: x.t, tenant: x.a } = await createTenantApp(getDb(), { networks, env }));
  });
  after(async () => {
    await x.t?.close();
    await x.fake?.stop();
  });
  return x;
}
