import assert from 'node:assert/strict';
import { beforeEach, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { MemoryNetwork, MEMORY_LIMITS } from '../../../test/fakes/memory-network.js';
import { claimBatch } from './claim.js';
import { runPublishBatch } from './publisher.js';

forEachDatabase('publisher batches', (getDb) => {
  const network = new MemoryNetwork();
  const chCtx = { channelId: 'x', credentials: {}, externalId: 'x', serviceUrl: null, onCredentialsChanged: async () => {} };
  const { t, a } = useTenantApp(getDb, { network });
  beforeEach(() => {
    network.failures = [];
    network.limits = MEMORY_LIMITS;
  });

  const publishNow = async (texts: string[]) => {
    const ids: string[] = [];
    for (const text of texts) {
      const res = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, { text, channelIds: [a.channelId], publishNow: true });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      ids.push(res.body.publications[0].id as string);
    }
    return ids;
  };
  const rows = (ids: string[]) => getDb().db.selectFrom('publications').selectAll().where('id', 'in', ids).orderBy('text').execute();
  const requests = async (ids: string[]) => (await rows(ids)).map((r) => ({ publicationId: r.id, version: r.version }));
  const postsOf = (texts: string[]) => network.posts.filter((p) => texts.includes(p.text));

  it('records each outcome of a batch on its own: a refusal and an outage cost the others nothing', async () => {
    const texts = ['partial 1', 'partial 2', 'partial 3', 'partial 4'];
    const ids = await publishNow(texts);
    network.failures = ['rejected', 'transient'];
    await runPublishBatch(t.ctx, await requests(ids));
    const after1 = await rows(ids);
    const by = (s: string) => after1.filter((r) => r.status === s);
    assert.equal(by('published').length, 2, JSON.stringify(after1.map((r) => [r.text, r.status, r.error])));
    assert.equal(by('failed').length, 1);
    assert.match(by('failed')[0]!.error ?? '', /banned word/);
    // The outage: still in the publisher's hands (an attempt may have reached the network), with a retry planned.
    const retrying = after1.find((r) => r.status === 'publishing')!;
    assert.ok(retrying.next_attempt_at && retrying.next_attempt_at.getTime() > Date.now() - 1000);
    assert.equal(retrying.lease_until, null);
    assert.match(retrying.error ?? '', /503/);
    const audits = await getDb().db.selectFrom('audit_log').select('target_id').where('action', '=', 'publication.published').where('target_id', 'in', ids).execute();
    assert.deepEqual(audits.map((x) => x.target_id).sort(), by('published').map((r) => r.id).sort(), 'one audit entry per publication published');

    // The retry goes out once, reconciling first; the published and failed ones are not touched again.
    await new Promise((r) => setTimeout(r, Math.max(0, retrying.next_attempt_at!.getTime() - Date.now()) + 10));
    await runPublishBatch(t.ctx, await requests(ids));
    const after2 = await rows(ids);
    assert.equal(after2.filter((r) => r.status === 'published').length, 3);
    assert.equal(postsOf(texts).length, 3);
    assert.equal(new Set(postsOf(texts).map((p) => p.text)).size, 3, 'no text twice on the network');
  });

  it('after a crash between claim and outcome, reconciles every claimed publication instead of posting again', async () => {
    const texts = ['crash batch 1', 'crash batch 2', 'crash batch 3'];
    const ids = await publishNow(texts);
    const claimed = await claimBatch(t.ctx, await requests(ids));
    assert.equal(claimed.length, 3);
    // The worker reached the network for two of them, then died before recording anything.
    for (const c of claimed.slice(0, 2)) await network.connector().publish(chCtx, { text: c.pub.text, media: [] }, c.pub.idempotency_key);
    // While the dead worker's leases run, nobody else hands them to the network.
    assert.deepEqual(await claimBatch(t.ctx, await requests(ids)), []);
    await getDb().db.updateTable('publications').set({ lease_until: new Date(Date.now() - 1000) }).where('id', 'in', ids).execute();
    const callsBefore = network.calls;
    await runPublishBatch(t.ctx, await requests(ids));
    const done = await rows(ids);
    assert.deepEqual(done.map((r) => r.status), ['published', 'published', 'published']);
    assert.equal(network.calls - callsBefore, 1, 'only the one that never reached the network is posted');
    assert.deepEqual([...new Set(postsOf(texts).map((p) => p.text))].sort(), texts);
    assert.equal(postsOf(texts).length, 3);
    assert.ok(done.every((r) => r.attempt_count === 2));
  });

  it('never gives one publication to two workers claiming the same jobs at the same time', async () => {
    const texts = Array.from({ length: 30 }, (_, i) => `race ${String(i).padStart(2, '0')}`);
    const ids = await publishNow(texts);
    const all = await requests(ids);
    // Two workers whose batches overlap (duplicated jobs, say the sweeper's): the first half, all, and the second half.
    const [x, y, z] = await Promise.all([claimBatch(t.ctx, all.slice(0, 15)), claimBatch(t.ctx, all), claimBatch(t.ctx, all.slice(15))]);
    const claimedIds = [...x, ...y, ...z].map((c) => c.pub.id);
    assert.equal(claimedIds.length, 30, 'every publication claimed');
    assert.equal(new Set(claimedIds).size, 30, 'none claimed twice');
    const leased = await rows(ids);
    assert.ok(leased.every((r) => r.status === 'publishing' && r.attempt_count === 1));
  });

  it('keeps a batch under the channel rate: the others wait one refill apart', async () => {
    network.limits = { ...MEMORY_LIMITS, rate: { requests: 2, perSeconds: 60 } };
    // A fresh bucket: another channel of the same tenant's account.
    const channel = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/channels`, { network: 'bluesky', identifier: 'rated.test', appPassword: 'good' });
    assert.equal(channel.status, 201);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, { text: `rated ${i}`, channelIds: [channel.body.id], publishNow: true });
      ids.push(res.body.publications[0].id);
    }
    await runPublishBatch(t.ctx, await requests(ids));
    const after1 = await rows(ids);
    assert.equal(after1.filter((r) => r.status === 'published').length, 2);
    const waits = after1.filter((r) => r.status === 'scheduled').map((r) => r.next_attempt_at!.getTime()).sort();
    assert.equal(waits.length, 3);
    // 2 per minute: the next token in ~30 s, then ~60 s, ~90 s.
    assert.ok(waits[0]! - Date.now() > 20_000 && waits[2]! - waits[0]! >= 55_000, JSON.stringify(waits.map((w) => w - Date.now())));
    const jobs = await getDb().sql.executeSql(`SELECT data->>'publicationId' AS id FROM pgboss.job WHERE name = 'publish.v1' AND start_after > now() + interval '20 seconds'`);
    const queued = (jobs.rows as Array<{ id: string }>).map((j) => j.id).filter((id) => ids.includes(id));
    assert.equal(queued.length, 3, 'a job queued for each waiting publication at its time');
  });
});
