/**
 * The calendar feed, attacks first: a viewer cannot make one, another workspace's id is a 404, a rotated or revoked
 * address is a 404, and one workspace's address never shows another's posts. Then what a calendar client relies on:
 * one VEVENT per publication at the right UTC time, escaped and folded text.
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp, type Tenant } from '../../testing/scenario.js';
import { invitePerson, type Person } from '../auth/people.testing.js';

forEachDatabase('calendar feed', (getDb) => {
  const { t, a, b } = useTenantApp(getDb, { secondTenant: true });
  let viewer: Person;
  const inTwoDays = new Date(Date.now() + 2 * 86_400_000);
  inTwoDays.setUTCSeconds(0, 0);
  const feedApi = (ws: string) => `/api/v1/workspaces/${ws}/calendar-feed`;
  const path = (url: string) => new URL(url).pathname;
  const fetchFeed = (url: string) => t.app.inject({ method: 'GET', url: path(url) });
  const schedule = async (tenant: Tenant, text: string, at: Date) => {
    const res = await call(t.app, tenant.token, 'POST', `/api/v1/workspaces/${tenant.workspaceId}/posts`, { text, channelIds: [tenant.channelId], scheduledAt: at.toISOString() });
    assert.equal(res.status, 201, JSON.stringify(res.body));
  };
  const makeFeed = async (tenant: Tenant) => {
    const res = await call(t.app, tenant.token, 'POST', feedApi(tenant.workspaceId));
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.url as string;
  };

  before(async () => {
    viewer = await invitePerson(t.app, a, 'feed-viewer@example.com', 'viewer');
    await schedule(a, 'Launch day; new menu, with \\ backslash and a long enough text to be folded '.repeat(3), inTwoDays);
    await schedule(a, 'Second post', new Date(inTwoDays.getTime() + 3_600_000));
    await schedule(b, 'Secret plans of the other workspace', inTwoDays);
  });

  it('refuses a viewer (403) and hides another workspace (404)', async () => {
    assert.equal((await call(t.app, viewer, 'POST', feedApi(a.workspaceId))).status, 403);
    assert.equal((await call(t.app, a.token, 'POST', feedApi(b.workspaceId))).status, 404);
    assert.equal((await call(t.app, a.token, 'GET', feedApi(b.workspaceId))).status, 404);
    assert.equal((await call(t.app, a.token, 'DELETE', feedApi(b.workspaceId))).status, 404);
  });

  it('serves one VEVENT per publication, escaped and folded, and never another workspace\'s posts', async () => {
    const url = await makeFeed(a);
    assert.match(url, /\/calendar\/chc_[A-Za-z0-9_-]{43}\.ics$/);
    const token = path(url).slice('/calendar/'.length, -'.ics'.length);
    const stored = await getDb().db.selectFrom('calendar_feeds').selectAll().where('workspace_id', '=', a.workspaceId).executeTakeFirstOrThrow();
    assert.notEqual(stored.token_hash, token);
    assert.ok(!stored.token_hash.includes(token));

    const res = await fetchFeed(url);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'text/calendar; charset=utf-8');
    const text = res.body;
    assert.ok(text.startsWith('BEGIN:VCALENDAR\r\n') && text.trimEnd().endsWith('END:VCALENDAR'));
    assert.match(text, /\r\nVERSION:2\.0\r\n/);
    assert.match(text, /\r\nPRODID:/);
    assert.match(text, /\r\nX-WR-CALNAME:/);
    assert.equal(text.match(/BEGIN:VEVENT/g)?.length, 2);
    const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    assert.match(text, new RegExp(`\\r\\nDTSTART:${stamp(inTwoDays)}\\r\\n`));
    assert.match(text, new RegExp(`\\r\\nDTEND:${stamp(new Date(inTwoDays.getTime() + 15 * 60_000))}\\r\\n`));
    assert.doesNotMatch(text, /Secret plans/);
    // Every physical line is at most 75 octets (RFC 5545 §3.1); unfolding gives back escaped text.
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    assert.match(unfolded, /\r\nSUMMARY:\w+: Launch day\\; new menu\\, with \\\\ backslash/);
    assert.match(unfolded, /\r\nDESCRIPTION:Launch day\\; new menu.*\\n\\nStatus: scheduled\r\n/);
    assert.match(unfolded, /\r\nUID:[0-9a-f-]{36}@chorus\r\n/);
    assert.match(unfolded, /\r\nURL;VALUE=URI:http[^\r]*\/#\/posts\/[0-9a-f-]{36}\r\n/);

    const other = await fetchFeed(await makeFeed(b));
    assert.equal(other.body.match(/BEGIN:VEVENT/g)?.length, 1);
    assert.match(other.body, /Secret plans/);
    assert.doesNotMatch(other.body, /Launch day/);
  });

  it('rotating and revoking make the old address a 404; the status never shows the token', async () => {
    const first = await makeFeed(a);
    const second = await makeFeed(a);
    assert.notEqual(first, second);
    assert.equal((await fetchFeed(first)).statusCode, 404);
    assert.equal((await fetchFeed(second)).statusCode, 200);
    const status = await call(t.app, a.token, 'GET', feedApi(a.workspaceId));
    assert.equal(status.body.exists, true);
    assert.ok(!JSON.stringify(status.body).includes('chc_'));

    assert.equal((await call(t.app, a.token, 'DELETE', feedApi(a.workspaceId))).status, 204);
    assert.equal((await fetchFeed(second)).statusCode, 404);
    assert.equal((await call(t.app, a.token, 'DELETE', feedApi(a.workspaceId))).status, 404);
    assert.deepEqual((await call(t.app, a.token, 'GET', feedApi(a.workspaceId))).body, { exists: false, createdAt: null });
    assert.equal((await t.app.inject({ method: 'GET', url: '/calendar/chc_nonsense.ics' })).statusCode, 404);

    const audit = await getDb().db.selectFrom('audit_log').select('action').where('workspace_id', '=', a.workspaceId).where('action', 'like', 'calendar_feed.%').execute();
    assert.ok(audit.some((e) => e.action === 'calendar_feed.revoked'));
    assert.ok(audit.filter((e) => e.action === 'calendar_feed.created').length >= 3);
  });
});
