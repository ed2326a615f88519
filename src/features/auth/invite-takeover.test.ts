/**
 * The invite takeover, step by step as an attacker would try it, and the rules that close it:
 * an invite grants membership in the workspace that issued it and nothing else; it sets a password only for an account
 * that has none; once the account has one, every outstanding invite is accepted by signing in as that person.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call, type TestApp } from '../../testing/app.js';
import { createTenantApp, setupTenant, type Tenant } from '../../testing/scenario.js';

forEachDatabase('invites cannot take over accounts', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  let evil: Tenant;
  before(async () => {
    ({ app: t, tenant: a } = await createTenantApp(getDb()));
    // The attacker: any signed-in person with a workspace of their own.
    evil = await setupTenant(t.app, { owner: { token: a.token } });
  });
  after(async () => t?.close());

  const tokenOf = (inviteUrl: unknown) => String(inviteUrl).split('/invite/')[1]!;
  const invite = async (tenant: Tenant, email: string, role = 'admin') => {
    const res = await call(t.app, tenant.token, 'POST', `/api/v1/workspaces/${tenant.workspaceId}/members`, { email, role });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return tokenOf(res.body.inviteUrl);
  };
  const accept = (token: string, password: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/v1/invites/accept', headers, payload: { token, password } });
  const login = (email: string, password: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  const sessionOf = (res: { cookies: { name: string; value: string }[]; json(): { csrfToken: string } }) => ({
    cookie: `chorus_session=${res.cookies.find((c) => c.name === 'chorus_session')!.value}`,
    'x-csrf-token': res.json().csrfToken,
  });
  const workspacesOf = async (headers: Record<string, string>) =>
    ((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers })).json().workspaces as { id: string; role: string }[]).map((w) => w.id);

  it("another workspace's invite cannot give the attacker a pending invitee's account", async () => {
    const victim = 'victim@example.com';
    const realInvite = await invite(a, victim, 'admin');
    // The attack: "add" the same email to the attacker's workspace and accept that invite with a chosen password.
    const evilInvite = await invite(evil, victim, 'viewer');
    const taken = await accept(evilInvite, 'attacker password 1');
    assert.equal(taken.statusCode, 409, taken.body);
    assert.equal(taken.json().error.code, 'invite_conflict');
    assert.equal((await login(victim, 'attacker password 1')).statusCode, 401);
    // The real person's link still works, and gives exactly the role and workspace it was issued for.
    const joined = await accept(realInvite, 'victim password 1');
    assert.equal(joined.statusCode, 200, joined.body);
    const ws = await workspacesOf(sessionOf(joined));
    assert.deepEqual(ws, [a.workspaceId], 'the invite grants membership in its own workspace, nothing else');
    // The attacker's invite now cannot set a password: an existing account accepts by signing in.
    const again = await accept(evilInvite, 'attacker password 2');
    assert.equal(again.statusCode, 401, again.body);
    assert.equal(again.json().error.code, 'sign_in_to_accept');
    assert.equal((await login(victim, 'attacker password 2')).statusCode, 401);
    assert.equal((await login(victim, 'victim password 1')).statusCode, 200);
  });

  it('an invite link issued before the password was set no longer resets it', async () => {
    const person = 'twice@example.com';
    const first = await invite(a, person, 'editor');
    const second = await invite(a, person, 'editor');
    assert.equal((await accept(first, 'person password 1')).statusCode, 200);
    const reset = await accept(second, 'stolen password 1');
    assert.equal(reset.statusCode, 401, reset.body);
    assert.equal(reset.json().error.code, 'sign_in_to_accept');
    assert.equal((await login(person, 'stolen password 1')).statusCode, 401);
    assert.equal((await login(person, 'person password 1')).statusCode, 200);
  });

  it('an existing account joins another workspace only by signing in as itself', async () => {
    const person = 'known@example.com';
    const joined = await accept(await invite(a, person, 'editor'), 'known password 1');
    const own = sessionOf(joined);
    const evilLink = await invite(evil, person, 'admin');
    // Not yet a member of the other workspace: nothing is granted before acceptance.
    assert.deepEqual(await workspacesOf(own), [a.workspaceId]);
    // Someone else signed in cannot accept it for them.
    const stranger = sessionOf(await accept(await invite(a, 'stranger@example.com', 'viewer'), 'stranger password 1'));
    const wrongPerson = await accept(evilLink, '', stranger);
    assert.equal(wrongPerson.statusCode, 403, wrongPerson.body);
    assert.equal(wrongPerson.json().error.code, 'invite_for_someone_else');
    // Signed in as themselves, they accept; the password is not touched.
    const ok = await accept(evilLink, '', own);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual((await workspacesOf(own)).sort(), [a.workspaceId, evil.workspaceId].sort());
    assert.equal((await login(person, 'known password 1')).statusCode, 200);
  });

  it('an account squatted first gets nothing from a later invite of another workspace', async () => {
    // The attacker invites and claims an email before the real workspace invites it.
    const future = 'future-hire@example.com';
    const squat = sessionOf(await accept(await invite(evil, future, 'viewer'), 'attacker password 3'));
    await invite(a, future, 'owner');
    assert.deepEqual(await workspacesOf(squat), [evil.workspaceId]);
    const peek = await t.app.inject({ method: 'GET', url: `/api/v1/workspaces/${a.workspaceId}/members`, headers: squat });
    assert.equal(peek.statusCode, 404);
  });

  it('a used, unknown or expired invite says so', async () => {
    const res = await accept('chi_not-a-real-invite-token', 'any password 123');
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().error.code, 'invalid_invite');
  });
});
