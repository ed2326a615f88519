/**
 * The local-address attack on every endpoint that takes an address a person types: a Mastodon instance, a Bluesky
 * service (PDS) and the Mastodon sign-in start, each pointed at a listener on this machine in every spelling of a
 * local address. Each answers 422 `unsafe_url` and the listener receives nothing. A trusted (configured) service
 * that redirects to a local address is refused the same way.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { NetworkRegistry } from '../../networks/registry.js';
import { createMastodonConnector } from '../../networks/mastodon/index.js';
import { createBlueskyConnector } from '../../networks/bluesky/index.js';
import { MemoryNetwork } from '../../../test/fakes/memory-network.js';

interface Listener {
  server: Server;
  port: number;
  hits: string[];
}

/** Listens on every local address (IPv6 and IPv4) so any spelling of this machine would land here. */
async function listenEverywhere(answer: (url: string) => { status: number; headers?: Record<string, string> } = () => ({ status: 200 })): Promise<Listener> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    const { status, headers } = answer(req.url ?? '');
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end('{}');
  });
  await new Promise<void>((resolve) => {
    // Without IPv6, IPv4 everywhere.
    server.once('error', () => server.listen(0, '0.0.0.0', resolve));
    server.listen(0, '::', resolve);
  });
  return { server, port: (server.address() as AddressInfo).port, hits };
}

const localForms = (port: number) => [
  `http://[::ffff:127.0.0.1]:${port}`,
  `http://[::ffff:7f00:1]:${port}`,
  `http://[0:0:0:0:0:ffff:7f00:1]:${port}`,
  `http://[::ffff:a9fe:a9fe]:${port}`,
  `http://169.254.169.254:${port}`,
  `http://2130706433:${port}`,
  `http://0177.0.0.1:${port}`,
  `http://0x7f.1:${port}`,
  `http://127.0.0.1:${port}`,
  `http://localhost:${port}`,
  `http://[::1]:${port}`,
  `http://[::]:${port}`,
  `http://0.0.0.0:${port}`,
  `http://[fd00::1]:${port}`,
  `http://[fe80::1]:${port}`,
  `http://100.64.0.1:${port}`,
  `http://[64:ff9b::7f00:1]:${port}`,
  `http://198.18.0.1:${port}`,
];

forEachDatabase('local addresses typed into channel connections', (getDb) => {
  let target: Listener;
  let trustedService: Listener;
  // The tenant's first channel is on an in-memory network; then the real connectors take over.
  const networks = new NetworkRegistry().register(new MemoryNetwork().connector('bluesky'));
  const { t, a } = useTenantApp(getDb, async () => {
    delete process.env.CHORUS_ALLOW_PRIVATE_NETWORKS;
    target = await listenEverywhere();
    // The operator's configured Bluesky service, which redirects every call to the local target.
    trustedService = await listenEverywhere(() => ({ status: 302, headers: { location: `http://[::ffff:7f00:1]:${target.port}/xrpc/stolen` } }));
    return { networks };
  });
  before(() => {
    networks.register(createMastodonConnector()).register(createBlueskyConnector({ service: `http://127.0.0.1:${trustedService.port}` }));
  });
  after(async () => {
    await new Promise((r) => target?.server.close(r));
    await new Promise((r) => trustedService?.server.close(r));
  });

  const channels = () => `/api/v1/workspaces/${a.workspaceId}/channels`;

  it('refuses a Mastodon instance at any local address with 422 unsafe_url, and sends it nothing', async () => {
    for (const instanceUrl of localForms(target.port)) {
      const res = await call(t.app, a.token, 'POST', channels(), { network: 'mastodon', instanceUrl, accessToken: 'token' });
      assert.equal(res.status, 422, `${instanceUrl}: ${JSON.stringify(res.body)}`);
      assert.equal(res.body.error.code, 'unsafe_url', instanceUrl);
      assert.equal(res.body.error.field, 'instanceUrl');
    }
    assert.deepEqual(target.hits, []);
  });

  it('refuses a Bluesky service at any local address with 422 unsafe_url, and sends it nothing', async () => {
    for (const service of localForms(target.port)) {
      const res = await call(t.app, a.token, 'POST', channels(), { network: 'bluesky', identifier: 'ann.example', appPassword: 'pw', service });
      assert.equal(res.status, 422, `${service}: ${JSON.stringify(res.body)}`);
      assert.equal(res.body.error.code, 'unsafe_url', service);
      assert.equal(res.body.error.field, 'service');
    }
    assert.deepEqual(target.hits, []);
  });

  it('refuses "Sign in with Mastodon" at any local address with 422 unsafe_url, and sends it nothing', async () => {
    for (const instanceUrl of [...localForms(target.port), `[::ffff:7f00:1]:${target.port}`, `localhost:${target.port}`]) {
      const res = await call(t.app, a.token, 'POST', `${channels()}/mastodon/oauth`, { instanceUrl });
      assert.equal(res.status, 422, `${instanceUrl}: ${JSON.stringify(res.body)}`);
      assert.equal(res.body.error.code, 'unsafe_url', instanceUrl);
      assert.equal(res.body.error.field, 'instanceUrl');
    }
    assert.deepEqual(target.hits, []);
  });

  it('refuses a redirect from the configured Bluesky service to a local address, which receives nothing', async () => {
    const res = await call(t.app, a.token, 'POST', channels(), { network: 'bluesky', identifier: 'ann.example', appPassword: 'pw' });
    assert.equal(res.status, 422, JSON.stringify(res.body));
    assert.equal(res.body.error.code, 'unsafe_url');
    assert.ok(trustedService.hits.length > 0, 'the configured service itself is reachable');
    assert.deepEqual(target.hits, []);
  });
});
