import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { createTestApp, call, type TestApp } from '../../testing/app.js';
import { FIRST_OWNER_PASSWORD, setupTenant, type Tenant } from '../../testing/scenario.js';
import { NetworkRegistry } from '../../networks/registry.js';
import { MemoryNetwork } from '../../../test/fakes/memory-network.js';

forEachDatabase('auth, roles and approvals', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  before(async () => {
    t = await createTestApp(getDb(), { networks: new NetworkRegistry().register(new MemoryNetwork().connector('bluesky')) });
    assert.equal((await call(t.app, null, 'GET', '/api/v1/setup')).body.needed, true);
    a = await setupTenant(t.app);
  });
  after(async () => t?.close());

  const ws = () => `/api/v1/workspaces/${a.workspaceId}`;

  it('first-run setup answers 409 once a user exists', async () => {
    assert.equal((await call(t.app, null, 'GET', '/api/v1/setup')).body.needed, false);
    const again = await call(t.app, null, 'POST', '/api/v1/setup', { email: 'x@example.com', password: 'long enough password', workspaceName: 'X' });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'already_set_up');
  });

  it('signs in with a session cookie, requires the CSRF token for changes, and signs out', async () => {
    const wrong = await call(t.app, null, 'POST', '/api/v1/auth/login', { email: a.email, password: 'nope' });
    assert.equal(wrong.status, 401);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: a.email.toUpperCase(), password: FIRST_OWNER_PASSWORD } });
    assert.equal(login.statusCode, 200);
    const cookie = login.cookies.find((c) => c.name === 'chorus_session')!;
    assert.equal(cookie.httpOnly, true);
    const headers = { cookie: `chorus_session=${cookie.value}` };
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers });
    assert.equal(me.json().workspaces[0].role, 'owner');
    const noCsrf = await t.app.inject({ method: 'POST', url: '/api/v1/workspaces', headers, payload: { name: 'Second' } });
    assert.equal(noCsrf.statusCode, 403);
    assert.equal(noCsrf.json().error.code, 'csrf_failed');
    const withCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/v1/workspaces',
      headers: { ...headers, 'x-csrf-token': me.json().csrfToken },
      payload: { name: 'Second' },
    });
    assert.equal(withCsrf.statusCode, 201);
    assert.equal(withCsrf.json().role, 'owner');
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { ...headers, 'x-csrf-token': me.json().csrfToken } });
    assert.equal(out.statusCode, 204);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers })).statusCode, 401);
  });

  it('rate-limits login attempts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await call(t.app, null, 'POST', '/api/v1/auth/login', { email: 'guess@example.com', password: `try${i}` })).status);
    }
    assert.deepEqual(statuses.slice(0, 10), Array(10).fill(401));
    assert.equal(statuses[11], 429);
  });

  it('caps a token at its creator role; viewers read only', async () => {
    const viewerToken = await call(t.app, a.token, 'POST', `${ws()}/tokens`, { name: 'dashboard', role: 'viewer' });
    assert.equal(viewerToken.status, 201);
    const token = viewerToken.body.token as string;
    assert.equal((await call(t.app, token, 'GET', `${ws()}/posts`)).status, 200);
    const post = await call(t.app, token, 'POST', `${ws()}/posts`, { text: 'x', channelIds: [a.channelId] });
    assert.equal(post.status, 403);
    assert.match(post.body.error.message, /contributor/);
    const escalate = await call(t.app, token, 'POST', `${ws()}/tokens`, { name: 'more', role: 'owner' });
    assert.equal(escalate.status, 403);
    const unknown = await call(t.app, 'cht_nope', 'GET', `${ws()}/posts`);
    assert.equal(unknown.status, 401);
  });

  it("holds a contributor's post for approval; an editor approves it and it is scheduled", async () => {
    const added = await call(t.app, a.token, 'POST', `${ws()}/members`, { email: 'writer@example.com', role: 'contributor' });
    assert.equal(added.status, 201);
    assert.match(added.body.inviteUrl, /#\/invite\/chi_/);
    const token = added.body.inviteUrl.split('/invite/')[1];
    const accepted = await t.app.inject({ method: 'POST', url: '/api/v1/invites/accept', payload: { token, password: 'writer password 1' } });
    assert.equal(accepted.statusCode, 200);
    const reused = await call(t.app, null, 'POST', '/api/v1/invites/accept', { token, password: 'writer password 1' });
    assert.equal(reused.status, 422);
    const headers = {
      cookie: `chorus_session=${accepted.cookies.find((c) => c.name === 'chorus_session')!.value}`,
      'x-csrf-token': accepted.json().csrfToken as string,
    };
    const at = new Date(Date.now() + 86_400_000).toISOString();
    const created = await t.app.inject({ method: 'POST', url: `${ws()}/posts`, headers, payload: { text: 'please approve', channelIds: [a.channelId], scheduledAt: at } });
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().status, 'pending_approval');
    const selfApprove = await t.app.inject({ method: 'POST', url: `${ws()}/posts/${created.json().id}/approve`, headers });
    assert.equal(selfApprove.statusCode, 403);
    const queue = await call(t.app, a.token, 'GET', `${ws()}/posts?status=pending_approval`);
    assert.ok(queue.body.posts.some((p: { id: string }) => p.id === created.json().id));
    const approved = await call(t.app, a.token, 'POST', `${ws()}/posts/${created.json().id}/approve`);
    assert.equal(approved.status, 200);
    assert.equal(approved.body.status, 'scheduled');
    assert.equal(approved.body.publications[0].status, 'scheduled');
    const audit = await call(t.app, a.token, 'GET', `${ws()}/audit`);
    const actions = audit.body.entries.map((e: { action: string }) => e.action);
    for (const action of ['post.created', 'post.approved', 'member.added', 'channel.connected', 'token.created']) {
      assert.ok(actions.includes(action), `audit has ${action}`);
    }
  });

  it('answers bad input with 400 naming the field', async () => {
    const res = await call(t.app, a.token, 'POST', `${ws()}/members`, { email: 'not-an-email', role: 'editor' });
    assert.equal(res.status, 400);
    assert.equal(res.body.error.field, 'email');
    const role = await call(t.app, a.token, 'POST', `${ws()}/members`, { email: 'x@example.com', role: 'king' });
    assert.equal(role.body.error.field, 'role');
  });
});
