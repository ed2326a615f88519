/**
 * The crisis switch. The attacks: a due publication of a paused workspace reaching the network, one being lost
 * (failed instead of held) or posted twice after the resume, the pause leaking into another workspace, and someone
 * below admin, or from another workspace, pausing or resuming.
 */
import assert from 'node:assert/strict';
import { before, beforeEach, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { MemoryNetwork, MEMORY_LIMITS } from '../../../test/fakes/memory-network.js';
import { invitePerson, type Person } from '../auth/people.testing.js';
import { runPublishBatch } from './publisher.js';

forEachDatabase('pausing all publishing', (getDb) => {
  const network = new MemoryNetwork();
  const { t, a, b } = useTenantApp(getDb, { network, secondTenant: true });
  let admin: Person;
  let editor: Person;
  let viewer: Person;
  before(async () => {
    admin = await invitePerson(t.app, a, 'pause-admin@example.com', 'admin');
    editor = await invitePerson(t.app, a, 'pause-editor@example.com', 'editor');
    viewer = await invitePerson(t.app, a, 'pause-viewer@example.com', 'viewer');
  });
  beforeEach(() => {
    network.failures = [];
    network.limits = MEMORY_LIMITS;
  });

  const publishing = (ws: string) => `/api/v1/workspaces/${ws}/publishing`;
  const publishNow = async (tenant: { token: string; workspaceId: string; channelId: string }, text: string, channelId = tenant.channelId) => {
    const res = await call(t.app, tenant.token, 'POST', `/api/v1/workspaces/${tenant.workspaceId}/posts`, { text, channelIds: [channelId], publishNow: true });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.publications[0].id as string;
  };
  const row = (id: string) => getDb().db.selectFrom('publications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const run = async (...ids: string[]) => {
    const rows = await Promise.all(ids.map(row));
    await runPublishBatch(t.ctx, rows.map((r) => ({ publicationId: r.id, version: r.version })));
  };
  const postsOf = (text: string) => network.posts.filter((p) => p.text === text);
  const pause = (who: string | Person, reason = 'Breaking news, hold everything') => call(t.app, who, 'POST', `${publishing(a.workspaceId)}/pause`, { reason });
  const resume = (who: string | Person) => call(t.app, who, 'POST', `${publishing(a.workspaceId)}/resume`);

  it('holds what falls due while paused, sends nothing, leaves other workspaces alone, and publishes once after the resume', async () => {
    const mine = await publishNow(a, 'paused in a');
    const theirs = await publishNow(b, 'running in b');
    const paused = await pause(admin);
    assert.equal(paused.status, 200, JSON.stringify(paused.body));
    const callsBefore = network.calls;
    await run(mine, theirs);

    const held = await row(mine);
    assert.equal(held.status, 'held');
    assert.equal(held.error, 'Publishing is paused: Breaking news, hold everything');
    assert.equal(held.held_by_pause, true);
    assert.equal(postsOf('paused in a').length, 0, 'nothing of the paused workspace reached the network');
    assert.equal(network.calls - callsBefore, 1, 'only the other workspace\'s publication went out');
    assert.equal((await row(theirs)).status, 'published');

    const state = await call(t.app, viewer, 'GET', publishing(a.workspaceId));
    assert.equal(state.status, 200);
    const adminRow = await getDb().db.selectFrom('users').select(['name', 'email']).where('id', '=', admin.userId).executeTakeFirstOrThrow();
    const adminName = adminRow.name || adminRow.email;
    assert.ok(adminName);
    assert.deepEqual({ ...state.body, since: undefined }, { paused: true, since: undefined, by: { id: admin.userId, name: adminName }, reason: 'Breaking news, hold everything' });
    assert.ok(Date.now() - Date.parse(state.body.since) < 60_000);
    assert.equal((await call(t.app, b.token, 'GET', publishing(b.workspaceId))).body.paused, false);

    const resumed = await resume(a.token);
    assert.equal(resumed.status, 200, JSON.stringify(resumed.body));
    assert.equal(resumed.body.paused, false);
    assert.equal(resumed.body.released, 1);
    const released = await row(mine);
    assert.equal(released.status, 'scheduled');
    assert.equal(released.version, held.version + 1, 'the old jobs are stale');
    assert.equal(released.error, null);
    assert.ok(released.scheduled_at!.getTime() >= held.scheduled_at!.getTime());
    const jobs = await getDb().sql.executeSql(`SELECT data->>'version' AS version FROM pgboss.job WHERE name = 'publish.v1' AND data->>'publicationId' = '${mine}'`);
    assert.ok((jobs.rows as Array<{ version: string }>).some((j) => Number(j.version) === released.version), 'the resume queued its publish job');

    // The stale job of before the pause does nothing; the new one publishes, once.
    await runPublishBatch(t.ctx, [{ publicationId: mine, version: held.version }]);
    assert.equal(postsOf('paused in a').length, 0);
    await run(mine);
    await run(mine);
    assert.equal((await row(mine)).status, 'published');
    assert.equal(postsOf('paused in a').length, 1, 'published exactly once');

    const audit = await getDb().db.selectFrom('audit_log').select(['action', 'actor_user_id', 'data']).where('workspace_id', '=', a.workspaceId).where('action', 'like', 'publishing.%').orderBy('id').execute();
    assert.deepEqual(audit.map((e) => [e.action, e.actor_user_id]), [['publishing.paused', admin.userId], ['publishing.resumed', a.userId]]);
    assert.equal((audit[0]!.data as { reason: string }).reason, 'Breaking news, hold everything');
  });

  it('holds publications created or rescheduled during the pause when they fall due', async () => {
    assert.equal((await pause(a.token, 'Checking the facts')).status, 200);
    const inAnHour = new Date(Date.now() + 3600_000).toISOString();
    const res = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, { text: 'written during the pause', channelIds: [a.channelId], scheduledAt: inAnHour });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const id = res.body.publications[0].id as string;
    assert.equal((await row(id)).status, 'scheduled', 'scheduling itself is not refused');
    // Its time comes while still paused.
    await getDb().db.updateTable('publications').set({ scheduled_at: new Date(Date.now() - 1000) }).where('id', '=', id).execute();
    await run(id);
    assert.equal((await row(id)).status, 'held');
    assert.equal(postsOf('written during the pause').length, 0);
    assert.equal((await resume(a.token)).body.released, 1);
    await run(id);
    assert.equal(postsOf('written during the pause').length, 1);
  });

  it('keeps held what waits for a reconnect, and never posts twice what was mid-retry', async () => {
    const other = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/channels`, { network: 'bluesky', identifier: 'pause-broken.test', appPassword: 'good' });
    assert.equal(other.status, 201);
    const waiting = await publishNow(a, 'waits for a reconnect', other.body.id);
    // Its credentials stopped working after it was scheduled.
    await getDb().db.updateTable('channels').set({ status: 'needs_reconnect', status_reason: 'token expired' }).where('id', '=', other.body.id).execute();
    await run(waiting);
    assert.equal((await row(waiting)).status, 'held');

    // A publication between two attempts: the first may have reached the network.
    const retrying = await publishNow(a, 'mid retry');
    network.failures = ['transient'];
    await run(retrying);
    assert.equal((await row(retrying)).status, 'publishing');
    assert.equal((await pause(a.token)).status, 200);
    await getDb().db.updateTable('publications').set({ next_attempt_at: new Date(Date.now() - 1000) }).where('id', '=', retrying).execute();
    const callsBefore = network.calls;
    await run(retrying);
    const stillRetrying = await row(retrying);
    assert.equal(stillRetrying.status, 'publishing', 'kept mid-attempt, so the resume reconciles it');
    assert.match(stillRetrying.error ?? '', /Publishing is paused/);
    assert.ok(stillRetrying.next_attempt_at!.getTime() > Date.now() + 30_000);
    assert.equal(network.calls, callsBefore, 'nothing sent while paused');

    const resumed = await resume(a.token);
    assert.equal(resumed.body.released, 0);
    const stillHeld = await row(waiting);
    assert.equal(stillHeld.status, 'held');
    assert.match(stillHeld.error ?? '', /reconnected/);
    await getDb().db.updateTable('publications').set({ next_attempt_at: new Date(Date.now() - 1000) }).where('id', '=', retrying).execute();
    await run(retrying);
    assert.equal((await row(retrying)).status, 'published');
    assert.equal(postsOf('mid retry').length, 1);
  });

  it('lets only admins and owners of the workspace pause and resume', async () => {
    for (const who of [editor, viewer]) {
      assert.equal((await pause(who)).status, 403);
      assert.equal((await resume(who)).status, 403);
    }
    // Another workspace's owner (an admin there) cannot see this one at all.
    assert.equal((await pause(b.token)).status, 404);
    assert.equal((await call(t.app, b.token, 'GET', publishing(a.workspaceId))).status, 404);
    assert.equal((await call(t.app, a.token, 'POST', `${publishing(b.workspaceId)}/pause`, { reason: 'not mine' })).status, 404);
    assert.equal((await call(t.app, a.token, 'GET', publishing(a.workspaceId))).body.paused, false);
    assert.equal((await call(t.app, b.token, 'GET', publishing(b.workspaceId))).body.paused, false);
  });

  it('asks for a reason and answers 409 to pausing twice or resuming what runs', async () => {
    for (const reason of ['', '   ', 'x'.repeat(501)]) {
      const res = await call(t.app, a.token, 'POST', `${publishing(a.workspaceId)}/pause`, { reason });
      assert.equal(res.status, 400, reason);
      assert.match(res.body.error.message, /reason|500/i);
    }
    assert.equal((await call(t.app, a.token, 'POST', `${publishing(a.workspaceId)}/pause`, {})).status, 400);
    const notPaused = await resume(a.token);
    assert.equal(notPaused.status, 409);
    assert.equal(notPaused.body.error.code, 'publishing_not_paused');
    assert.equal((await pause(a.token, 'x'.repeat(500))).status, 200);
    const twice = await pause(admin);
    assert.equal(twice.status, 409);
    assert.equal(twice.body.error.code, 'publishing_already_paused');
    assert.equal((await resume(admin)).status, 200);
  });
});
