/**
 * Replies from the inbox, end to end in-process: queued (202) and sent by the reply job exactly once, a
 * contributor's waiting for approval, the crash case (a reply left `sending` whose lease ran out), network outcomes
 * recorded on the reply, likes, and the tenant and role checks.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { call, type TestApp } from '../../testing/app.js';
import { setupTenant, createTenantApp, type Tenant } from '../../testing/scenario.js';
import { forEachDatabase } from '../../db/testing.js';
import { NetworkError } from '../../networks/connector.js';
import { NetworkRegistry } from '../../networks/registry.js';
import { channelsRepository } from '../channels/repository.js';
import { connectChannel } from '../channels/service.js';
import { replyKey, sendReply } from './reply-sender.js';
import { sweepStrandedReplies } from './reply-sweeper.js';
import { storeEngagement } from './service.js';
import { comment, InboxNetwork, memberToken } from '../../../test/fakes/inbox-network.js';

forEachDatabase('inbox replies API and the reply job', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let viewer: string;
  let contributor: string;
  let editor: string;
  const inbox = new InboxNetwork();
  const ids: Record<string, string> = {};
  const ws = () => `/api/v1/workspaces/${a.workspaceId}`;
  const replyTo = (token: string, id: string, text: string) => call(t.app, token, 'POST', `${ws()}/engagements/${id}/reply`, { text });
  const replyRow = (id: string) => getDb().db.selectFrom('engagement_replies').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const jobsFor = async (id: string) =>
    (await getDb().sql.executeSql(`SELECT id FROM pgboss.job WHERE name = 'engagement-reply.v1' AND data->>'replyId' = '${id}'`)).rows.length;

  before(async () => {
    const registry = new NetworkRegistry().register(inbox.connector('bluesky', { findReply: true, like: true })).register(inbox.connector('facebook'));
    ({ app: t, tenant: a } = await createTenantApp(getDb(), { networks: registry }));
    b = await setupTenant(t.app, { owner: { token: a.token } });
    viewer = await memberToken(t.app, a.token, a.workspaceId, 'viewer');
    contributor = await memberToken(t.app, a.token, a.workspaceId, 'contributor');
    editor = await memberToken(t.app, a.token, a.workspaceId, 'editor');
    const access = { workspaceId: a.workspaceId, workspaceName: 'A', timezone: 'UTC', userId: a.userId, role: 'owner' as const };
    const facebookChannelId = (await connectChannel(t.ctx, access, 'facebook', { accessToken: 'page-1' })).channel.id;
    const db = getDb().db;
    const channel = async (id: string) => (await channelsRepository.findById(db, id))!;
    await storeEngagement(t.ctx, await channel(a.channelId), ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'].map((id) => comment(id, 'post-1')));
    await storeEngagement(t.ctx, await channel(facebookChannelId), [comment('fb-1', 'fbpost')]);
    await storeEngagement(t.ctx, await channel(b.channelId), [comment('b-only', null)]);
    for (const row of await db.selectFrom('engagements').select(['id', 'external_id']).execute()) ids[row.external_id] = row.id;
  });
  after(async () => t?.close());

  it("an editor's reply is queued (202) and sent once by the job; the item is answered by its author", async () => {
    const before = inbox.replies.length;
    const res = await replyTo(editor, ids.c1!, 'Thanks!');
    assert.equal(res.status, 202, JSON.stringify(res.body));
    assert.equal(res.body.reply.status, 'queued');
    assert.equal(await jobsFor(res.body.reply.id), 1, 'the job was queued with the reply');
    assert.equal(await sendReply(t.ctx, res.body.reply.id), 'sent');
    assert.equal(await sendReply(t.ctx, res.body.reply.id), 'skipped', 'a second run of the job sends nothing');
    assert.equal(inbox.replies.length, before + 1);
    assert.deepEqual(inbox.replies.at(-1), { to: 'c1', text: 'Thanks!', key: replyKey(res.body.reply.id) });
    const listed = await call(t.app, viewer, 'GET', `${ws()}/engagements/${ids.c1}/replies`);
    assert.equal(listed.status, 200);
    assert.deepEqual(listed.body.replies.map((r: { status: string; attempts: number }) => [r.status, r.attempts]), [['sent', 1]]);
    assert.equal(listed.body.replies[0].url, `https://memory.test/r-${replyKey(res.body.reply.id)}`);
    const item = await getDb().db.selectFrom('engagements').selectAll().where('id', '=', ids.c1!).executeTakeFirstOrThrow();
    assert.equal(item.reply_url, listed.body.replies[0].url);
    assert.ok(item.first_replied_at, 'the team figures see the first reply');
    const audit = await getDb().db.selectFrom('audit_log').selectAll().where('action', '=', 'engagement.replied').where('target_id', '=', ids.c1!).execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]?.actor_user_id, item.first_replied_by);
  });

  it("a contributor's reply waits for approval; editors approve or reject it once (409 after), audited", async () => {
    const sent = inbox.replies.length;
    const res = await replyTo(contributor, ids.c2!, 'Happy to help');
    assert.equal(res.status, 202, JSON.stringify(res.body));
    assert.equal(res.body.reply.status, 'pending_approval');
    assert.equal(await jobsFor(res.body.reply.id), 0);
    assert.equal(await sendReply(t.ctx, res.body.reply.id), 'skipped', 'nothing goes out before approval');
    const other = await replyTo(contributor, ids.c2!, 'Or this?');
    const pending = await call(t.app, contributor, 'GET', `${ws()}/engagement-replies/pending`);
    assert.equal(pending.body.count, 2);
    assert.deepEqual(pending.body.replies[0].engagement, { text: 'comment c2', authorHandle: '@fan', network: 'bluesky' });

    const approve = (token: string, id: string) => call(t.app, token, 'POST', `${ws()}/engagement-replies/${id}/approve`);
    assert.equal((await approve(contributor, res.body.reply.id)).status, 403, 'contributors do not approve');
    const approved = await approve(editor, res.body.reply.id);
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    assert.equal(approved.body.reply.status, 'queued');
    assert.equal(await jobsFor(res.body.reply.id), 1);
    const twice = await approve(editor, res.body.reply.id);
    assert.equal(twice.status, 409);
    assert.equal(twice.body.error.code, 'reply_not_pending');
    assert.equal(await sendReply(t.ctx, res.body.reply.id), 'sent');
    assert.equal(inbox.replies.length, sent + 1);

    const rejected = await call(t.app, editor, 'POST', `${ws()}/engagement-replies/${other.body.reply.id}/reject`, { reason: 'Too vague' });
    assert.equal(rejected.status, 200);
    assert.equal(rejected.body.reply.status, 'rejected');
    assert.equal(rejected.body.reply.error, 'Too vague');
    assert.equal((await call(t.app, editor, 'POST', `${ws()}/engagement-replies/${other.body.reply.id}/reject`, {})).body.error.code, 'reply_not_pending');
    assert.equal((await approve(editor, other.body.reply.id)).status, 409, 'a rejected reply is not approved later');
    assert.equal((await call(t.app, viewer, 'GET', `${ws()}/engagement-replies/pending`)).body.count, 0);
    const actions = await getDb().db.selectFrom('audit_log').select('action').where('target_id', '=', ids.c2!).execute();
    assert.deepEqual(actions.map((r) => r.action).sort(), ['engagement.replied', 'engagement.reply_approved', 'engagement.reply_rejected']);
  });

  it('viewers cannot reply, approve or like (403); another workspace\'s items and replies are 404', async () => {
    assert.equal((await replyTo(viewer, ids.c3!, 'Hi')).status, 403);
    const mine = await replyTo(contributor, ids.c3!, 'Mine');
    assert.equal((await call(t.app, viewer, 'POST', `${ws()}/engagement-replies/${mine.body.reply.id}/approve`)).status, 403);
    assert.equal((await call(t.app, viewer, 'POST', `${ws()}/engagements/${ids.c3}/like`)).status, 403);
    const theirs = await call(t.app, b.token, 'POST', `/api/v1/workspaces/${b.workspaceId}/engagements/${ids['b-only']}/reply`, { text: 'B' });
    assert.equal(theirs.status, 202);
    assert.equal((await replyTo(a.token, ids['b-only']!, 'Hi')).status, 404);
    assert.equal((await call(t.app, a.token, 'GET', `${ws()}/engagements/${ids['b-only']}/replies`)).status, 404);
    for (const action of ['approve', 'reject']) {
      assert.equal((await call(t.app, a.token, 'POST', `${ws()}/engagement-replies/${theirs.body.reply.id}/${action}`, {})).status, 404);
      assert.equal((await call(t.app, a.token, 'POST', `${ws()}/engagement-replies/not-a-uuid/${action}`, {})).status, 404);
    }
    assert.equal((await call(t.app, a.token, 'POST', `${ws()}/engagements/${ids['b-only']}/like`)).status, 404);
    assert.equal((await replyRow(theirs.body.reply.id)).status, 'queued', "B's reply is untouched");
  });

  it('a reply left `sending` by a dead worker is asked about first: found → sent without a second send; missing → sent once', async () => {
    const db = getDb().db;
    const interrupted = async (id: string) => {
      const res = await replyTo(editor, id, `Crash ${id}`);
      // What a worker that died mid-send leaves behind: the attempt recorded, its lease run out.
      await db.updateTable('engagement_replies').set({ status: 'sending', attempt: 1, lease_until: new Date(Date.now() - 1000) }).where('id', '=', res.body.reply.id).execute();
      return res.body.reply.id as string;
    };
    const landedId = await interrupted(ids.c4!);
    inbox.landed.set(replyKey(landedId), { externalId: 'landed-1', url: 'https://memory.test/landed-1' });
    const sends = inbox.replies.length;
    assert.equal(await sendReply(t.ctx, landedId), 'found');
    assert.equal(inbox.replies.length, sends, 'no second send');
    assert.deepEqual(inbox.lookups.at(-1), { parent: 'c4', text: `Crash ${ids.c4}`, key: replyKey(landedId) });
    const found = await replyRow(landedId);
    assert.deepEqual([found.status, found.external_id, found.attempt], ['sent', 'landed-1', 2]);
    assert.ok((await db.selectFrom('engagements').select('replied_at').where('id', '=', ids.c4!).executeTakeFirstOrThrow()).replied_at);

    const missingId = await interrupted(ids.c5!);
    assert.equal(await sendReply(t.ctx, missingId), 'sent');
    assert.equal(inbox.replies.length, sends + 1, 'sent once');
    assert.equal((await replyRow(missingId)).status, 'sent');

    // A live lease belongs to another worker: nothing is sent, the job looks again when it runs out.
    const leased = await replyTo(editor, ids.c6!, 'Leased');
    await db.updateTable('engagement_replies').set({ status: 'sending', attempt: 1, lease_until: new Date(Date.now() + 60_000) }).where('id', '=', leased.body.reply.id).execute();
    assert.equal(await sendReply(t.ctx, leased.body.reply.id), 'skipped');
    assert.equal(await jobsFor(leased.body.reply.id), 2);
    assert.equal(inbox.replies.length, sends + 1);
  });

  it('a network that cannot be asked fails the interrupted reply as reply_outcome_unknown instead of sending twice', async () => {
    const res = await replyTo(editor, ids['fb-1']!, 'Merci');
    await getDb().db.updateTable('engagement_replies').set({ status: 'sending', attempt: 1, lease_until: new Date(Date.now() - 1000) }).where('id', '=', res.body.reply.id).execute();
    const sends = inbox.replies.length;
    assert.equal(await sendReply(t.ctx, res.body.reply.id), 'skipped');
    assert.equal(inbox.replies.length, sends);
    const row = await replyRow(res.body.reply.id);
    assert.deepEqual([row.status, row.error_code], ['failed', 'reply_outcome_unknown']);
    assert.match(row.error ?? '', /cannot be asked whether it arrived/);
  });

  it('network outcomes are recorded on the reply: a rate limit retries, a refusal fails with its reason, a dead token marks the channel', async () => {
    const limited = await replyTo(editor, ids.c3!, 'Later');
    const sentBefore = inbox.replies.length;
    inbox.failures = [new NetworkError('rate_limited', 'slow down', { retryAfterMs: 42_000 })];
    assert.equal(await sendReply(t.ctx, limited.body.reply.id), 'retry');
    const waiting = await replyRow(limited.body.reply.id);
    assert.equal(waiting.status, 'queued', 'a rate limit refused before sending: no need to ask');
    assert.ok(waiting.lease_until && waiting.lease_until.getTime() >= Date.now() + 40_000, 'not before the time the network asked for');
    assert.equal(await jobsFor(limited.body.reply.id), 2, 'a later job was queued');
    assert.equal(await sendReply(t.ctx, limited.body.reply.id), 'skipped', 'a duplicate job before that time sends nothing');
    assert.equal(inbox.replies.length, sentBefore);

    const timeout = await replyTo(editor, ids.c3!, 'Timed out');
    inbox.failures = [new NetworkError('transient', 'timed out')];
    assert.equal(await sendReply(t.ctx, timeout.body.reply.id), 'retry');
    assert.equal((await replyRow(timeout.body.reply.id)).status, 'sending', 'a timeout may have landed: the next attempt asks first');

    const refused = await replyTo(editor, ids.c3!, 'Nope');
    inbox.failures = [new NetworkError('rejected', 'You cannot reply to this post')];
    assert.equal(await sendReply(t.ctx, refused.body.reply.id), 'failed');
    const failed = await replyRow(refused.body.reply.id);
    assert.equal(failed.error_code, 'network_refused');
    assert.match(failed.error ?? '', /cannot reply to this post/);

    const dead = await replyTo(editor, ids.c3!, 'Dead');
    inbox.failures = [new NetworkError('auth', 'Token has been revoked')];
    assert.equal(await sendReply(t.ctx, dead.body.reply.id), 'failed');
    assert.equal((await replyRow(dead.body.reply.id)).error_code, 'channel_needs_reconnect');
    assert.equal((await channelsRepository.findById(getDb().db, a.channelId))?.status, 'needs_reconnect');
    // The queued reply, once its time has come, finds the channel needing a reconnect: it fails with that reason, unsent.
    inbox.landed.clear();
    await getDb().db.updateTable('engagement_replies').set({ lease_until: new Date(Date.now() - 1_000) }).where('id', '=', limited.body.reply.id).execute();
    assert.equal(await sendReply(t.ctx, limited.body.reply.id), 'skipped');
    assert.equal((await replyRow(limited.body.reply.id)).error_code, 'channel_needs_reconnect');
    await getDb().db.updateTable('channels').set({ status: 'active', status_reason: null }).where('id', '=', a.channelId).execute();
  });

  it('likes go through the connector where the network allows it; elsewhere 422 like_unsupported names the network', async () => {
    const liked = await call(t.app, editor, 'POST', `${ws()}/engagements/${ids.c1}/like`);
    assert.equal(liked.status, 200, JSON.stringify(liked.body));
    assert.equal(liked.body.liked, true);
    assert.equal(inbox.liked.get('c1'), true);
    const unliked = await call(t.app, editor, 'DELETE', `${ws()}/engagements/${ids.c1}/like`);
    assert.equal(unliked.body.liked, false);
    assert.equal(inbox.liked.get('c1'), false);
    const unsupported = await call(t.app, editor, 'POST', `${ws()}/engagements/${ids['fb-1']}/like`);
    assert.equal(unsupported.status, 422);
    assert.equal(unsupported.body.error.code, 'like_unsupported');
    assert.deepEqual(unsupported.body.error.params, { network: 'facebook' });
  });

  it('the sweeper queues again a reply whose job was lost, and leaves alone one waiting for its retry or sent', async () => {
    const lost = await replyTo(editor, ids.c5!, 'Lost job');
    const waiting = await replyTo(editor, ids.c6!, 'Waiting');
    const db = getDb().db;
    const long = new Date(Date.now() - 10 * 60_000);
    await getDb().sql.executeSql(`DELETE FROM pgboss.job WHERE name = 'engagement-reply.v1'`);
    await db.updateTable('engagement_replies').set({ created_at: long }).where('id', 'in', [lost.body.reply.id, waiting.body.reply.id]).execute();
    await db.updateTable('engagement_replies').set({ lease_until: new Date(Date.now() + 60_000) }).where('id', '=', waiting.body.reply.id).execute();
    assert.equal(await sweepStrandedReplies(t.ctx), 1);
    assert.deepEqual([await jobsFor(lost.body.reply.id), await jobsFor(waiting.body.reply.id)], [1, 0]);
    assert.equal(await sendReply(t.ctx, lost.body.reply.id), 'sent');
    assert.equal(await sweepStrandedReplies(t.ctx), 0, 'a sent reply is never queued again');
  });
});
