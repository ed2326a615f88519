/**
 * A post waiting for approval can hold a publication that already went out (a contributor edited their own post after
 * one network published it: the edit sends it back for approval). Approving it must schedule only what has not gone
 * out, and sending it back must not turn the published publication into a draft: the network has it either way.
 * Run: node scripts/test.mjs src/features/posts/approve-partly-sent.routes.test.ts (PGlite and PostgreSQL)
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { MemoryNetwork } from '../../../test/fakes/memory-network.js';
import { runPublish } from '../publishing/publisher.js';

forEachDatabase('approving a partly published post', (getDb) => {
  const network = new MemoryNetwork();
  const { t, a } = useTenantApp(getDb, { network });
  const ws = () => `/api/v1/workspaces/${a.workspaceId}`;
  const publicationsOf = (postId: string) => getDb().db.selectFrom('publications').selectAll().where('post_id', '=', postId).orderBy('created_at').execute();
  const sentWith = (text: string) => network.posts.filter((p) => p.text === text).length;

  /** A post on two channels whose first publication is out; then it waits for approval again, as after a contributor's edit. */
  async function partlyPublishedPending(text: string, handle: string) {
    const second = await call(t.app, a.token, 'POST', `${ws()}/channels`, { network: 'bluesky', identifier: handle, appPassword: 'good' });
    assert.equal(second.status, 201, JSON.stringify(second.body));
    const res = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text, channelIds: [a.channelId, second.body.id], scheduledAt: new Date(Date.now() + 86_400_000).toISOString() });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const [first] = await publicationsOf(res.body.id);
    await getDb().db.updateTable('publications').set({ scheduled_at: new Date(Date.now() - 1000) }).where('id', '=', first!.id).execute();
    await runPublish(t.ctx, { publicationId: first!.id, version: first!.version });
    assert.equal(sentWith(text), 1);
    await getDb().db.updateTable('posts').set({ status: 'pending_approval' }).where('id', '=', res.body.id).execute();
    await getDb().db.updateTable('publications').set({ status: 'pending_approval' }).where('post_id', '=', res.body.id).where('status', '!=', 'published').execute();
    return { postId: res.body.id as string, published: (await publicationsOf(res.body.id))[0]! };
  }

  it('approves only what has not gone out: the published publication is not queued again', async () => {
    const { postId, published } = await partlyPublishedPending('Once is enough', 'approve-once.test');
    const approved = await call(t.app, a.token, 'POST', `${ws()}/posts/${postId}/approve`);
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    const [first, other] = await publicationsOf(postId);
    assert.deepEqual([first!.status, first!.version, first!.external_id], ['published', published.version, published.external_id], 'untouched');
    assert.equal(other!.status, 'scheduled');
    // Whatever job a re-approval could have queued for the published one, running it sends nothing more.
    await runPublish(t.ctx, { publicationId: first!.id, version: first!.version });
    await getDb().db.updateTable('publications').set({ scheduled_at: new Date(Date.now() - 1000) }).where('id', '=', other!.id).execute();
    await runPublish(t.ctx, { publicationId: other!.id, version: other!.version });
    assert.equal(sentWith('Once is enough'), 2, 'one post per channel, none twice');
  });

  it('sends back only what has not gone out: the published publication stays published', async () => {
    const { postId, published } = await partlyPublishedPending('Keep what went out', 'reject-keeps.test');
    const sentBack = await call(t.app, a.token, 'POST', `${ws()}/posts/${postId}/reject`, { reason: 'Change the price' });
    assert.equal(sentBack.status, 200, JSON.stringify(sentBack.body));
    const [first, other] = await publicationsOf(postId);
    assert.deepEqual([first!.status, first!.version], ['published', published.version]);
    assert.deepEqual([other!.status, other!.error], ['draft', 'Change the price']);
  });
});
