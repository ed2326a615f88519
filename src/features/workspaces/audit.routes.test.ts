/**
 * Reading the audit log: narrowed by person, action and time window, a page at a time, for admins and owners only,
 * and never showing another workspace's entries, whatever the filters name.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { createTestApp, call, type TestApp } from '../../testing/app.js';
import { setupTenant, type Tenant } from '../../testing/scenario.js';
import { NetworkRegistry } from '../../networks/registry.js';
import { MemoryNetwork } from '../../../test/fakes/memory-network.js';
import { invitePerson, type Person } from '../auth/people.testing.js';

interface Row {
  id: number;
  action: string;
  actorUserId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  at: string;
}

forEachDatabase('the audit log', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let editor: Person;
  let startedAt: string;
  before(async () => {
    t = await createTestApp(getDb(), { networks: new NetworkRegistry().register(new MemoryNetwork().connector('bluesky')) });
    startedAt = new Date(Date.now() - 1000).toISOString();
    a = await setupTenant(t.app);
    b = await setupTenant(t.app, { owner: { token: a.token } });
    editor = await invitePerson(t.app, a, 'auditee@example.com', 'editor');
    // In a: the editor makes a token; the owner sets the UTM template. In b: its owner does the same kinds of things.
    assert.equal((await call(t.app, editor, 'POST', `${ws()}/tokens`, { name: 'editor script' })).status, 201);
    assert.equal((await call(t.app, a.token, 'PUT', `${ws()}/utm-template`, { medium: 'social-a' })).status, 200);
    assert.equal((await call(t.app, b.token, 'PUT', `${ws(b)}/utm-template`, { medium: 'social-b' })).status, 200);
    assert.equal((await call(t.app, b.token, 'POST', `${ws(b)}/tokens`, { name: 'b script' })).status, 201);
  });
  after(async () => t?.close());

  const ws = (tenant: Tenant = a) => `/api/v1/workspaces/${tenant.workspaceId}`;
  async function audit(query: string, who: string | Person = a.token, tenant: Tenant = a): Promise<Row[]> {
    const res = await call(t.app, who, 'GET', `${ws(tenant)}/audit${query}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.entries;
  }

  it('lists everything newest first, with who did it', async () => {
    const rows = await audit('');
    const ids = rows.map((r) => r.id);
    assert.deepEqual(ids, [...ids].sort((x, y) => y - x));
    const made = rows.find((r) => r.action === 'token.created' && r.actorUserId === editor.userId);
    assert.equal(made?.actorEmail, 'auditee@example.com');
    assert.equal(typeof made?.actorName, 'string');
  });

  it('narrows to one person', async () => {
    const rows = await audit(`?actor=${editor.userId}`);
    assert.ok(rows.length >= 1);
    assert.ok(rows.every((r) => r.actorUserId === editor.userId));
    assert.ok(rows.some((r) => r.action === 'token.created'));
    assert.equal((await audit(`?actor=${a.userId}`)).some((r) => r.actorUserId === editor.userId), false);
  });

  it('narrows to one action or several', async () => {
    const one = await audit('?action=utm_template.updated');
    assert.deepEqual(one.map((r) => r.action), ['utm_template.updated']);
    const several = await audit('?action=utm_template.updated&action=token.created');
    assert.deepEqual(new Set(several.map((r) => r.action)), new Set(['utm_template.updated', 'token.created']));
    assert.ok(several.length >= 2);
    const both = await audit(`?action=token.created&actor=${editor.userId}`);
    assert.equal(both.length, 1);
  });

  it('refuses an action code it does not know (400, naming the field)', async () => {
    const res = await call(t.app, a.token, 'GET', `${ws()}/audit?action=drop.tables`);
    assert.equal(res.status, 400);
    assert.match(JSON.stringify(res.body.error), /action/);
  });

  it('narrows to a time window, both ends included', async () => {
    const all = await audit('');
    const newest = all[0]!;
    assert.equal((await audit(`?from=${startedAt}`)).length, all.length);
    // The database keeps microseconds, the JSON milliseconds: a window of one millisecond holds the entry.
    const at = new Date(newest.at).getTime();
    const window = await audit(`?from=${new Date(at).toISOString()}&to=${new Date(at + 1).toISOString()}`);
    assert.ok(window.some((r) => r.id === newest.id));
    assert.ok(window.every((r) => Math.abs(new Date(r.at).getTime() - at) <= 1));
    assert.equal((await audit(`?from=${new Date(Date.now() + 60_000).toISOString()}`)).length, 0);
    assert.equal((await audit(`?to=${startedAt}`)).length, 0);
  });

  it('refuses a window that ends before it starts (422 invalid_range) and a date that is not ISO (400)', async () => {
    const backwards = await call(t.app, a.token, 'GET', `${ws()}/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z`);
    assert.equal(backwards.status, 422);
    assert.equal(backwards.body.error.code, 'invalid_range');
    assert.equal(backwards.body.error.field, 'to');
    assert.equal((await call(t.app, a.token, 'GET', `${ws()}/audit?from=yesterday`)).status, 400);
  });

  it('pages through with nextBefore, without gaps or repeats', async () => {
    const all = await audit('');
    assert.ok(all.length >= 3, 'enough entries to page');
    const seen: number[] = [];
    let cursor: number | null = null;
    do {
      const res = await call(t.app, a.token, 'GET', `${ws()}/audit?limit=2${cursor ? `&before=${cursor}` : ''}`);
      assert.equal(res.status, 200);
      assert.ok(res.body.entries.length <= 2);
      seen.push(...res.body.entries.map((r: Row) => r.id));
      cursor = res.body.nextBefore;
    } while (cursor !== null);
    assert.deepEqual(seen, all.map((r) => r.id));
  });

  it("never shows another workspace's entries, even when asked for its people", async () => {
    const bRows = await audit('', b.token, b);
    assert.ok(bRows.some((r) => r.action === 'utm_template.updated'));
    const aIds = new Set((await audit('')).map((r) => r.id));
    assert.equal(bRows.some((r) => aIds.has(r.id)), false);
    // b's owner is also a viewer in a (they joined a to be set up): what they did in b never shows in a.
    const theirsInA = await audit(`?actor=${b.userId}`);
    assert.equal(theirsInA.some((r) => bRows.some((x) => x.id === r.id)), false);
    assert.equal(theirsInA.some((r) => r.action === 'utm_template.updated' || r.action === 'token.created'), false);
    assert.equal((await call(t.app, b.token, 'GET', `${ws()}/audit`)).status, 404);
  });

  it('is for admins and owners only', async () => {
    const res = await call(t.app, editor, 'GET', `${ws()}/audit`);
    assert.equal(res.status, 403);
  });
});
