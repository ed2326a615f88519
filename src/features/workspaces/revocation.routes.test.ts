/**
 * Taking access back: revoking API tokens and removing people, with the role rules (admins cannot touch owners) and
 * the last-owner rule, written as the attempts that must fail.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call, type TestApp } from '../../testing/app.js';
import { setupTenant, createTenantApp, type Tenant } from '../../testing/scenario.js';
import { invitePerson, type Person } from '../auth/people.testing.js';

/** A teammate signed in with a session, and an API token they made. */
type Teammate = Person & { token: string };

forEachDatabase('revoking tokens and removing members', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let people = 0;
  before(async () => {
    ({ app: t, tenant: a } = await createTenantApp(getDb()));
    b = await setupTenant(t.app, { owner: { token: a.token } });
  });
  after(async () => t?.close());

  const ws = (tenant: Tenant = a) => `/api/v1/workspaces/${tenant.workspaceId}`;

  /** A new person with `role` in `a`'s workspace, signed in, with an API token of their own. */
  async function person(role: string): Promise<Teammate> {
    const who = await invitePerson(t.app, a, `teammate${++people}@example.com`, role);
    const token = await call(t.app, who, 'POST', `${ws()}/tokens`, { name: `${role} script` });
    assert.equal(token.status, 201, JSON.stringify(token.body));
    return { ...who, token: token.body.token };
  }
  const tokenIdOf = async (p: Teammate) => (await call(t.app, p.token, 'GET', `${ws()}/tokens`)).body.tokens[0].id as string;

  it('a revoked token stops working at once, and the revocation is audited', async () => {
    const editor = await person('editor');
    assert.equal((await call(t.app, editor.token, 'GET', `${ws()}/posts`)).status, 200);
    const id = await tokenIdOf(editor);
    const listed = await call(t.app, a.token, 'GET', `${ws()}/tokens`);
    assert.ok(listed.body.tokens.some((x: { id: string; userEmail: string }) => x.id === id && x.userEmail === editor.email));
    assert.equal(JSON.stringify(listed.body).includes('cht_'), false, 'no secret is ever listed');
    assert.equal((await call(t.app, a.token, 'DELETE', `${ws()}/tokens/${id}`)).status, 204);
    const after = await call(t.app, editor.token, 'GET', `${ws()}/posts`);
    assert.equal(after.status, 401);
    assert.equal(after.body.error.code, 'invalid_token');
    const audit = await call(t.app, a.token, 'GET', `${ws()}/audit`);
    assert.ok(audit.body.entries.some((e: { action: string; targetId?: string; target_id?: string }) => e.action === 'token.revoked'));
  });

  it("people revoke their own tokens; only admins others', and only owners an owner's", async () => {
    const editor = await person('editor');
    const admin = await person('admin');
    const adminTokenId = await tokenIdOf(admin);
    const denied = await call(t.app, editor.token, 'DELETE', `${ws()}/tokens/${adminTokenId}`);
    assert.equal(denied.status, 403);
    const ownerTokenId = (await call(t.app, a.token, 'GET', `${ws()}/tokens`)).body.tokens.find((x: { userId: string }) => x.userId === a.userId).id;
    assert.equal((await call(t.app, admin.token, 'DELETE', `${ws()}/tokens/${ownerTokenId}`)).status, 403);
    assert.equal((await call(t.app, admin.token, 'DELETE', `${ws()}/tokens/${await tokenIdOf(editor)}`)).status, 204);
    assert.equal((await call(t.app, admin.token, 'DELETE', `${ws()}/tokens/${adminTokenId}`)).status, 204);
    assert.equal((await call(t.app, admin.token, 'GET', `${ws()}/posts`)).status, 401);
  });

  it("another workspace's token cannot be seen or revoked (404)", async () => {
    const theirs = (await call(t.app, b.token, 'GET', `${ws(b)}/tokens`)).body.tokens[0].id as string;
    assert.equal((await call(t.app, a.token, 'DELETE', `${ws()}/tokens/${theirs}`)).status, 404);
    assert.equal((await call(t.app, a.token, 'DELETE', `${ws(b)}/tokens/${theirs}`)).status, 404);
    assert.equal((await call(t.app, b.token, 'GET', `${ws(b)}/posts`)).status, 200);
  });

  it('a removed person loses access and every token they made for the workspace', async () => {
    const writer = await person('contributor');
    const viewer = await person('viewer');
    assert.equal((await call(t.app, viewer.token, 'DELETE', `${ws()}/members/${writer.userId}`)).status, 403);
    const removed = await call(t.app, a.token, 'DELETE', `${ws()}/members/${writer.userId}`);
    assert.equal(removed.status, 200, JSON.stringify(removed.body));
    assert.equal(removed.body.tokensRevoked, 1);
    assert.equal((await call(t.app, writer.token, 'GET', `${ws()}/posts`)).status, 401);
    assert.equal((await call(t.app, writer, 'GET', `${ws()}/posts`)).status, 404);
    const team = await call(t.app, a.token, 'GET', `${ws()}/members`);
    assert.equal(team.body.members.some((m: { userId: string }) => m.userId === writer.userId), false);
    assert.equal((await call(t.app, a.token, 'DELETE', `${ws()}/members/${writer.userId}`)).status, 404);
    const audit = await call(t.app, a.token, 'GET', `${ws()}/audit`);
    assert.ok(audit.body.entries.some((e: { action: string }) => e.action === 'member.removed'));
  });

  it('admins cannot remove or demote owners', async () => {
    const admin = await person('admin');
    assert.equal((await call(t.app, admin.token, 'DELETE', `${ws()}/members/${a.userId}`)).status, 403);
    const me = (await call(t.app, a.token, 'GET', '/api/v1/me')).body.user.email as string;
    assert.equal((await call(t.app, admin.token, 'POST', `${ws()}/members`, { email: me, role: 'viewer' })).status, 403);
  });

  it('the last owner can neither demote nor remove themselves (409 last_owner)', async () => {
    const me = (await call(t.app, a.token, 'GET', '/api/v1/me')).body.user.email as string;
    const demote = await call(t.app, a.token, 'POST', `${ws()}/members`, { email: me, role: 'admin' });
    assert.equal(demote.status, 409);
    assert.equal(demote.body.error.code, 'last_owner');
    const leave = await call(t.app, a.token, 'DELETE', `${ws()}/members/${a.userId}`);
    assert.equal(leave.status, 409);
    assert.equal(leave.body.error.code, 'last_owner');
  });

  it('two owners demoting each other at once leave one owner', async () => {
    const second = await person('owner');
    const secondMe = (await call(t.app, second.token, 'GET', '/api/v1/me')).body.user.email as string;
    const firstMe = (await call(t.app, a.token, 'GET', '/api/v1/me')).body.user.email as string;
    const results = await Promise.all([
      call(t.app, a.token, 'POST', `${ws()}/members`, { email: secondMe, role: 'editor' }),
      call(t.app, second.token, 'POST', `${ws()}/members`, { email: firstMe, role: 'editor' }),
    ]);
    // The loser is refused either by the lock (409 last_owner) or, if the winner finished first, as an editor (403).
    assert.equal(results.filter((r) => r.status === 201).length, 1, JSON.stringify(results));
    assert.ok(results.some((r) => r.status === 409 || r.status === 403));
    const owners = (await call(t.app, results[0].status === 201 ? a.token : second.token, 'GET', `${ws()}/members`)).body.members.filter(
      (m: { role: string; status: string }) => m.role === 'owner' && m.status === 'active',
    );
    assert.equal(owners.length, 1);
    // Put the first owner back in charge for the tests that follow.
    if (results[0].status !== 201) await call(t.app, second.token, 'POST', `${ws()}/members`, { email: firstMe, role: 'owner' });
  });

  it('removing someone still invited withdraws the link', async () => {
    const added = await call(t.app, a.token, 'POST', `${ws()}/members`, { email: 'not-yet@example.com', role: 'editor' });
    const team = await call(t.app, a.token, 'GET', `${ws()}/members`);
    const invited = team.body.members.find((m: { email: string }) => m.email === 'not-yet@example.com');
    assert.equal(invited.status, 'invited');
    assert.ok(invited.expiresAt);
    assert.equal((await call(t.app, a.token, 'DELETE', `${ws()}/members/${added.body.member.userId}`)).status, 200);
    const late = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invites/accept',
      payload: { token: String(added.body.inviteUrl).split('/invite/')[1], password: 'a good long password' },
    });
    assert.equal(late.statusCode, 422);
  });

  it('bad ids answer 404, not 500', async () => {
    assert.equal((await call(t.app, a.token, 'DELETE', `${ws()}/tokens/not-a-uuid`)).status, 404);
    assert.equal((await call(t.app, a.token, 'DELETE', `${ws()}/members/not-a-uuid`)).status, 404);
  });
});
