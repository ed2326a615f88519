import assert from 'node:assert/strict';
import net from 'node:net';
import { it } from 'node:test';
import { forEachDatabase } from '../db/testing.js';
import { createTenantApp } from '../testing/scenario.js';

/** Opens a connection and sends nothing, as a browser's preconnect does; resolves once the server has it. */
function connectAndWait(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

forEachDatabase('connections at shutdown', (getDb) => {
  it('connections that never sent a request, or sent one and wait for the next, do not hold up the server closing', { timeout: 20_000 }, async () => {
    const { app: t, tenant: a } = await createTenantApp(getDb());
    const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = Number(new URL(base).port);
    // A keep-alive connection that carried a request and was answered (Node closes it as idle).
    const answered = await fetch(`${base}/api/v1/workspaces/${a.workspaceId}/posts`, { headers: { authorization: `Bearer ${a.token}` } });
    assert.equal(answered.status, 200);
    await answered.arrayBuffer();
    const silent = await connectAndWait(port);
    const closed = new Promise<void>((resolve) => silent.once('close', () => resolve()));
    const started = Date.now();
    await t.close();
    assert.ok(Date.now() - started < 5000, `closed in ${Date.now() - started} ms`);
    await closed;
  });
});
