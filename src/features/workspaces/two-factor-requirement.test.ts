/**
 * An owner requires two-factor for a workspace: members without it are kept out until they enrol (403
 * `two_factor_required`), their API tokens keep working, only an owner with two-factor may switch it on.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp, FIRST_OWNER_PASSWORD } from '../../testing/scenario.js';
import { enrol, invitePerson, passwordStep } from '../auth/people.testing.js';

forEachDatabase('workspace two-factor requirement', (getDb) => {
  const { t, a } = useTenantApp(getDb);

  const ws = () => `/api/v1/workspaces/${a.workspaceId}`;

  it('keeps members without two-factor out until they enrol; their tokens keep working', async () => {
    const first = await passwordStep(t.app, a.email, FIRST_OWNER_PASSWORD);
    const owner = { cookie: first.cookie!, csrf: first.body.csrfToken as string };
    const member = await invitePerson(t.app, a, 'member@example.com', 'editor');
    const admin = await invitePerson(t.app, a, 'admin@example.com', 'admin');
    const memberToken = (await call(t.app, member, 'POST', `${ws()}/tokens`, { name: 'member script' })).body.token as string;

    const early = await call(t.app, owner, 'PUT', `${ws()}/two-factor`, { required: true });
    assert.equal(early.status, 409, 'the owner needs two-factor first');
    assert.equal(early.body.error.code, 'two_factor_not_enabled');
    await enrol(t.app, admin);
    const byAdmin = await call(t.app, admin, 'PUT', `${ws()}/two-factor`, { required: true });
    assert.equal(byAdmin.status, 403, 'admins cannot');

    await enrol(t.app, owner);
    const on = await call(t.app, owner, 'PUT', `${ws()}/two-factor`, { required: true });
    assert.equal(on.status, 200);
    assert.equal(on.body.required, true);
    assert.deepEqual(on.body.membersWithout.map((m: { email: string }) => m.email), ['member@example.com']);

    const blocked = await call(t.app, member, 'GET', `${ws()}/posts`);
    assert.equal(blocked.status, 403);
    assert.equal(blocked.body.error.code, 'two_factor_required');
    assert.match(blocked.body.error.message, /two-factor/);
    // Writes too, and even with a body the route would refuse: the gate comes first.
    assert.equal((await call(t.app, member, 'POST', `${ws()}/posts`, { nonsense: true })).body.error.code, 'two_factor_required');
    // Still: who they are, where it is required, enrolment.
    assert.equal((await call(t.app, member, 'GET', '/api/v1/me')).status, 200);
    const status = await call(t.app, member, 'GET', '/api/v1/me/two-factor');
    assert.deepEqual(status.body.requiredBy.map((w: { id: string }) => w.id), [a.workspaceId]);
    // A token is not a sign-in: it keeps working.
    assert.equal((await call(t.app, memberToken, 'GET', `${ws()}/posts`)).status, 200);
    assert.equal((await call(t.app, admin, 'GET', `${ws()}/posts`)).status, 200);

    await enrol(t.app, member);
    assert.equal((await call(t.app, member, 'GET', `${ws()}/posts`)).status, 200);

    const audit = await call(t.app, a.token, 'GET', `${ws()}/audit`);
    assert.ok(audit.body.entries.some((e: { action: string }) => e.action === 'two_factor.required'));
    const off = await call(t.app, owner, 'PUT', `${ws()}/two-factor`, { required: false });
    assert.equal(off.body.required, false);
  });
});
