/**
 * The invite takeover, step by step as an attacker would try it, and the rules that close it:
 * an invite grants membership in the workspace that issued it and nothing else; it sets a password only for an account
 * that has none; once the account has one, every outstanding invite is accepted by signing in as that person.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp, type Tenant } from '../../testing/scenario.js';

forEachDatabase('invites cannot take over accounts', (getDb) => {
  // The attacker, `evil`: any signed-in person with a workspace of their own.
  const { t, a, b: evil } = useTenantApp(getDb, { secondTenant: true });

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
  const assertRefused = (res: { statusCode: number; body: string; json(): { error: { code: string } } }, status: number, code: string) => {
    assert.equal(res.statusCode, status, res.body);
    assert.equal(res.json().error.code, code);
  };
  /** The account's password is `works`, not `refused`. */
  const assertPassword = async (email: string, works: string, refused: string) => {
    assert.equal((await login(email, refused)).statusCode, 401, `${email} does not sign in with "${refused}"`);
    assert.equal((await login(email, works)).statusCode, 200, `${email} signs in with "${works}"`);
  };

  it("another workspace's invite cannot give the attacker a pending invitee's account", async () => {
    const victim = 'victim@example.com';
    const realInvite = await invite(a, victim, 'admin');
    // The attack: "add" the same email to the attacker's workspace and accept that invite with a chosen password.
    const evilInvite = await invite(evil, victim, 'viewer');
    const taken = await accept(evilInvite, 'attacker password 1');
    assertRefused(taken, 409, 'invite_conflict');
    assert.equal((await login(victim, 'attacker password 1')).statusCode, 401);
    // The real person's link still works, and gives exactly the role and workspace it was issued for.
    const joined = await accept(realInvite, 'victim password 1');
    assert.equal(joined.statusCode, 200, joined.body);
    const ws = await workspacesOf(sessionOf(joined));
    assert.deepEqual(ws, [a.workspaceId], 'the invite grants membership in its own workspace, nothing else');
    // The attacker's invite now cannot set a password: an existing account accepts by signing in.
    assertRefused(await accept(evilInvite, 'attacker password 2'), 401, 'sign_in_to_accept');
    await assertPassword(victim, 'victim password 1', 'attacker password 2');
  });

  it('an invite link issued before the password was set no longer resets it', async () => {
    const person = 'twice@example.com';
    const first = await invite(a, person, 'editor');
    const second = await invite(a, person, 'editor');
    assert.equal((await accept(first, 'person password 1')).statusCode, 200);
    assertRefused(await accept(second, 'stolen password 1'), 401, 'sign_in_to_accept');
    await assertPassword(person, 'person password 1', 'stolen password 1');
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
    assertRefused(await accept(evilLink, '', stranger), 403, 'invite_for_someone_else');
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
    assertRefused(await accept('chi_not-a-real-invite-token', 'any password 123'), 422, 'invalid_invite');
  });
});
