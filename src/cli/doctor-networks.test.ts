import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { checkNetworks, checkOAuthApp, checkOrigin, NETWORKS } from './doctor-networks.js';

const x = NETWORKS.find((n) => n.key === 'X')!;

describe('doctor: OAuth apps', () => {
  it('passes with both halves and says nothing of a network left unset', () => {
    assert.equal(checkOAuthApp(x, { CHORUS_X_CLIENT_ID: 'id', CHORUS_X_CLIENT_SECRET: 'secret' })?.ok, true);
    assert.equal(checkOAuthApp(x, {}), undefined);
  });

  it('fails on a client id without its secret and names the missing setting', () => {
    const result = checkOAuthApp(x, { CHORUS_X_CLIENT_ID: 'id' });
    assert.equal(result?.ok, false);
    assert.match(result?.what ?? '', /CHORUS_X_CLIENT_ID is set but not CHORUS_X_CLIENT_SECRET/);
  });
});

describe('doctor: API origins', () => {
  let server: Server;
  let silent: Server;
  let origin = '';
  let silentOrigin = '';
  before(async () => {
    server = createServer((_req, res) => res.writeHead(404).end());
    silent = createServer(() => undefined); // takes the connection and never answers
    await Promise.all([server, silent].map((s) => new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    silentOrigin = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
  });
  after(() => {
    server.close();
    silent.closeAllConnections();
    silent.close();
  });

  it('passes when the configured origin gives any HTTP answer', async () => {
    const result = await checkOrigin('X', origin, 5_000);
    assert.equal(result.ok, true, result.what);
    assert.match(result.what, /HTTP 404/);
  });

  it('fails on a closed port and on an origin that does not answer in time', async () => {
    const closed = await checkOrigin('X', 'http://127.0.0.1:1', 5_000);
    assert.equal(closed.ok, false);
    assert.match(closed.fix ?? '', /API URL/);
    const started = Date.now();
    assert.equal((await checkOrigin('X', silentOrigin, 300)).ok, false);
    assert.ok(Date.now() - started < 5_000);
  });

  it('refuses a private address the operator did not configure (a redirect target), as the connectors do', async () => {
    const { guardedFetch } = await import('../networks/safe-fetch.js');
    const result = await checkOrigin('X', origin, 5_000, guardedFetch({ trustedOrigins: [] }));
    assert.equal(result.ok, false);
    assert.match(result.fix ?? '', /CHORUS_ALLOW_PRIVATE_NETWORKS/);
  });

  it('checks only the networks the environment configures', async () => {
    const results = await checkNetworks({ CHORUS_X_CLIENT_ID: 'id', CHORUS_X_API_URL: origin }, 5_000);
    assert.deepEqual(results.map((r) => [r.ok, r.what.split(':')[0]]), [[false, 'X'], [true, 'X']]);
  });

  it('counts a network whose app workspaces saved as configured, and the environment first', async () => {
    const env = { CHORUS_PINTEREST_API_URL: origin, CHORUS_X_CLIENT_ID: 'id', CHORUS_X_CLIENT_SECRET: 's', CHORUS_X_API_URL: origin };
    const results = await checkNetworks(env, 5_000, { pinterest: 2, x: 1 });
    const pinterest = results.filter((r) => r.what.startsWith('Pinterest'));
    assert.deepEqual(pinterest.map((r) => r.ok), [true, true]);
    assert.match(pinterest[0]!.what, /saved by 2 workspaces/);
    assert.match(results.find((r) => r.what.startsWith('X'))!.what, /CHORUS_X_CLIENT_ID and its secret are set/);
  });
});
