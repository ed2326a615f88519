/**
 * Scheduled reports on PGlite and PostgreSQL: roles, another workspace's channel or campaign, the send-now refusal
 * without SMTP settings, and due schedules claimed once and moved to their next run. The mail itself is tested
 * against a real SMTP server in test/peers/email.test.ts.
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { memberToken } from '../../../test/fakes/inbox-network.js';
import { queueDueReports } from './service.js';

forEachDatabase('scheduled reports', (getDb) => {
  const { t, a, b } = useTenantApp(getDb, { secondTenant: true });
  let viewer: string;
  const path = (ws = a.workspaceId) => `/api/v1/workspaces/${ws}/report-schedules`;
  const body = { name: 'Monday numbers', frequency: 'weekly', emails: ['Boss@Example.com', 'boss@example.com', 'team@example.com'], locale: 'fr' };
  const jobs = async () => (await getDb().sql.executeSql(`SELECT data FROM pgboss.job WHERE name = 'report-email.v1'`)).rows.length;

  before(async () => {
    viewer = await memberToken(t.app, a.token, a.workspaceId, 'viewer');
  });

  it('editors schedule a report (addresses kept once); viewers read but cannot; bad input is 400/422', async () => {
    const made = await call(t.app, a.token, 'POST', path(), body);
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.deepEqual(made.body.emails, ['boss@example.com', 'team@example.com']);
    assert.equal(new Date(made.body.nextRunAt).getUTCDay(), 1, 'a Monday');
    assert.equal((await call(t.app, viewer, 'POST', path(), body)).status, 403);
    const listed = await call(t.app, viewer, 'GET', path());
    assert.deepEqual([listed.body.schedules.length, listed.body.emailConfigured], [1, false]);
    assert.equal((await call(t.app, a.token, 'POST', path(), { ...body, emails: [] })).status, 400);
    assert.equal((await call(t.app, a.token, 'POST', path(), { ...body, emails: ['not an address'] })).status, 400);
    const theirs = await call(t.app, a.token, 'POST', path(), { ...body, channelId: b.channelId });
    assert.deepEqual([theirs.status, theirs.body.error.code], [422, 'unknown_channel']);
  });

  it('send now without SMTP settings is 422 email_not_configured; another workspace sees 404', async () => {
    const [schedule] = (await call(t.app, a.token, 'GET', path())).body.schedules;
    const sent = await call(t.app, a.token, 'POST', `${path()}/${schedule.id}/send`);
    assert.deepEqual([sent.status, sent.body.error.code], [422, 'email_not_configured']);
    assert.equal((await call(t.app, b.token, 'POST', `${path(b.workspaceId)}/${schedule.id}/send`)).status, 404);
    assert.equal((await call(t.app, b.token, 'DELETE', `${path(b.workspaceId)}/${schedule.id}`)).status, 404);
  });

  it('a due schedule is claimed once, queued with the period before its run, and moved to its next run', async () => {
    const db = getDb().db;
    const [schedule] = (await call(t.app, a.token, 'GET', path())).body.schedules;
    await db.updateTable('report_schedules').set({ next_run_at: new Date('2026-11-30T07:00:00Z') }).where('id', '=', schedule.id).execute();
    const before = await jobs();
    const now = new Date('2026-11-30T07:05:00Z');
    assert.equal(await queueDueReports(t.ctx, now), 1, 'claimed');
    assert.equal(await queueDueReports(t.ctx, now), 0, 'already moved on');
    assert.equal((await jobs()) - before, 1, 'one job');
    const row = await db.selectFrom('report_schedules').selectAll().where('id', '=', schedule.id).executeTakeFirstOrThrow();
    assert.equal(row.next_run_at.toISOString(), '2026-12-07T07:00:00.000Z');
    const queued = (await getDb().sql.executeSql(`SELECT data FROM pgboss.job WHERE name = 'report-email.v1' ORDER BY created_on DESC LIMIT 1`)).rows[0] as { data: { from: string; to: string } } | undefined;
    assert.deepEqual([queued?.data.from, queued?.data.to], ['2026-11-23', '2026-11-29']);
    assert.equal((await call(t.app, a.token, 'DELETE', `${path()}/${schedule.id}`)).status, 204);
    assert.equal((await call(t.app, a.token, 'DELETE', `${path()}/${schedule.id}`)).status, 404);
  });
});
