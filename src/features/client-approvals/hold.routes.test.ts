/**
 * A client's "changes requested" on a post an editor had already scheduled holds it: the post goes back to waiting
 * for approval (an editor's "Approve" puts it back at its time), the publish job already queued for it does nothing
 * when it runs, and the team is told it was taken off the schedule. An approval leaves the schedule alone; a post
 * partly published keeps what went out and becomes a draft.
 * Run: node scripts/test.mjs src/features/client-approvals/hold.routes.test.ts (PGlite and PostgreSQL)
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { MemoryNetwork } from '../../../test/fakes/memory-network.js';
import { runPublish } from '../publishing/publisher.js';

forEachDatabase('client changes hold a scheduled post', (getDb) => {
  const network = new MemoryNetwork();
  const { t, a } = useTenantApp(getDb, { network });
  const ws = () => `/api/v1/workspaces/${a.workspaceId}`;
  const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString();
  const sentWith = (text: string) => network.posts.filter((p) => p.text === text).length;

  /** A post the owner scheduled for tomorrow (no approval needed), with a client link showing it. */
  const scheduledWithLink = async (text: string, channelIds = [a.channelId]) => {
    const res = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text, channelIds, scheduledAt: tomorrow() });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.status, 'scheduled');
    const link = await call(t.app, a.token, 'POST', `${ws()}/client-approvals`, { postIds: [res.body.id] });
    assert.equal(link.status, 201, JSON.stringify(link.body));
    return { postId: res.body.id as string, token: String(link.body.url).split('#/approve/')[1]! };
  };
  const publicationsOf = (postId: string) => getDb().db.selectFrom('publications').selectAll().where('post_id', '=', postId).orderBy('created_at').execute();
  /** As if its time had come: the queued job would publish it now. */
  const makeDue = (id: string) => getDb().db.updateTable('publications').set({ scheduled_at: new Date(Date.now() - 1000) }).where('id', '=', id).execute();
  const decide = (token: string, body: object) => call(t.app, null, 'POST', `/api/v1/client-approval/${token}/decision`, body);

  it('takes a scheduled post off the schedule: the queued publish job does nothing, an editor approves it back', async () => {
    const { postId, token } = await scheduledWithLink('Hold me');
    const [queued] = await publicationsOf(postId);
    await makeDue(queued!.id);
    const res = await decide(token, { postId, decision: 'changes_requested', comment: 'Wrong price', name: 'Claire' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.postStatus, 'pending_approval');

    // The job queued when it was scheduled carries the old version: run it as the worker would.
    await runPublish(t.ctx, { publicationId: queued!.id, version: queued!.version });
    const [after] = await publicationsOf(postId);
    assert.equal(after!.status, 'pending_approval');
    assert.ok(after!.version > queued!.version);
    await runPublish(t.ctx, { publicationId: queued!.id, version: after!.version });
    assert.equal(sentWith('Hold me'), 0, 'nothing reached the network');
    assert.equal((await call(t.app, a.token, 'GET', `${ws()}/posts/${postId}`)).body.status, 'pending_approval');

    const audit = await getDb().db.selectFrom('audit_log').selectAll().where('action', '=', 'client_approval.changes_requested').where('target_id', '=', postId).executeTakeFirstOrThrow();
    assert.deepEqual(audit.data, { linkId: audit.data.linkId, name: 'Claire', comment: 'Wrong price', takenOffSchedule: true, postStatus: 'pending_approval', alreadySent: 0 });
    const bell = await call(t.app, a.token, 'GET', `${ws()}/notifications`);
    const notice = bell.body.notifications.find((n: { kind: string; targetId: string }) => n.kind === 'post.client_decision' && n.targetId === postId);
    assert.deepEqual(notice?.data, { decision: 'changes_requested', name: 'Claire', comment: 'Wrong price', takenOffSchedule: true, postStatus: 'pending_approval', alreadySent: 0 });
    const jobs = await getDb().sql.executeSql(`SELECT data FROM pgboss.job WHERE name = 'client-approval-decision-email.v1'`);
    const mail = jobs.rows.map((r) => (r as { data: { postId: string; hold?: unknown } }).data).find((d) => d.postId === postId);
    assert.deepEqual(mail?.hold, { alreadySent: 0 }, 'the mail says it was taken off the schedule');

    // Once changed, one approval puts it back on the schedule.
    const approved = await call(t.app, a.token, 'POST', `${ws()}/posts/${postId}/approve`);
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    assert.equal(approved.body.status, 'scheduled');
  });

  it('leaves a scheduled post alone when the client approves it', async () => {
    const { postId, token } = await scheduledWithLink('Approve me as is');
    const [before] = await publicationsOf(postId);
    const res = await decide(token, { postId, decision: 'approved' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.postStatus, null);
    const [after] = await publicationsOf(postId);
    assert.deepEqual([after!.status, after!.version], ['scheduled', before!.version], 'the queued job stays valid');
    await makeDue(after!.id);
    await runPublish(t.ctx, { publicationId: after!.id, version: after!.version });
    assert.equal(sentWith('Approve me as is'), 1);
  });

  it('keeps what a partly published post already published; the rest becomes a draft with the client\'s words', async () => {
    const second = await call(t.app, a.token, 'POST', `${ws()}/channels`, { network: 'bluesky', identifier: 'hold-second.test', appPassword: 'good' });
    assert.equal(second.status, 201, JSON.stringify(second.body));
    const { postId, token } = await scheduledWithLink('Half out', [a.channelId, second.body.id]);
    const [first, other] = await publicationsOf(postId);
    await makeDue(first!.id);
    await runPublish(t.ctx, { publicationId: first!.id, version: first!.version });
    assert.equal(sentWith('Half out'), 1);
    const [published] = await publicationsOf(postId);

    const res = await decide(token, { postId, decision: 'changes_requested', comment: 'Stop the rest' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.postStatus, 'draft', 'approving would schedule its published publication again');
    await makeDue(other!.id);
    await runPublish(t.ctx, { publicationId: other!.id, version: other!.version });
    const rows = await publicationsOf(postId);
    assert.deepEqual(rows.map((p) => p.status), ['published', 'draft']);
    assert.equal(rows[0]!.version, published!.version, 'the published publication is not touched');
    assert.match(rows[1]!.error ?? '', /^Client: Stop the rest/);
    assert.equal(sentWith('Half out'), 1, 'the held publication never went out');
    const bell = await call(t.app, a.token, 'GET', `${ws()}/notifications`);
    const notice = bell.body.notifications.find((n: { kind: string; targetId: string }) => n.kind === 'post.client_decision' && n.targetId === postId);
    assert.equal(notice?.data.alreadySent, 1);
  });
});
