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
  it('a connection that never sent a request does not hold up the server closing; one mid-request is answered first', { timeout: 20_000 }, async () => {
    const { app: t, tenant: a } = await createTenantApp(getDb());
    const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = Number(new URL(base).port);
    const silent = await connectAndWait(port);
    const closed = new Promise<void>((resolve) => silent.once('close', () => resolve()));
    // A request in flight while the server closes still gets its answer.
    const answered = fetch(`${base}/api/v1/workspaces/${a.workspaceId}/posts`, { headers: { authorization: `Bearer ${a.token}` } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const started = Date.now();
    await t.close();
    assert.ok(Date.now() - started < 5000, `closed in ${Date.now() - started} ms`);
    await closed;
    assert.equal((await answered).status, 200);
  });
});
