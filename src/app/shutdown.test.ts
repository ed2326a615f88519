import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../db/testing.js';
import { MemoryNetwork } from '../../test/fakes/memory-network.js';
import { createTenantApp } from '../testing/scenario.js';
import { call, waitFor } from '../testing/app.js';
import { startWorkers } from './workers.js';

forEachDatabase('graceful shutdown', (getDb) => {
  it('lets a publication in flight finish before the process lets go of the database', async () => {
    const network = new MemoryNetwork();
    network.latencyMs = 1500;
    const { app: t, tenant: a } = await createTenantApp(getDb(), { network });
    const stopWorkers = startWorkers(t.ctx);
    const res = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, { text: 'in flight', channelIds: [a.channelId], publishNow: true });
    const id = res.body.publications[0].id as string;
    const status = async () => (await getDb().db.selectFrom('publications').select(['status']).where('id', '=', id).executeTakeFirstOrThrow()).status;
    await waitFor(async () => ((await status()) === 'publishing' ? true : null));
    // SIGTERM's path: stop the server and the job loops, wait for work in flight, close.
    await stopWorkers();
    await t.close();
    assert.equal(await status(), 'published');
    assert.equal(network.posts.length, 1);
  });
});
