/**
 * What every route declared with workspaceRoute promises, checked through real routes: a malformed request is
 * answered 400 before the role is looked at, a role too low gets a 403 saying which role is needed, an id that
 * cannot exist is the same 404 as an unknown one, and the declared success status is the one sent.
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { invitePerson, type Person } from '../auth/people.testing.js';

forEachDatabase('workspace routes', (getDb) => {
  const { t, a } = useTenantApp(getDb);
  let viewer: Person;
  before(async () => {
    viewer = await invitePerson(t.app, a, 'viewer@example.com', 'viewer');
  });

  const ws = () => `/api/v1/workspaces/${a.workspaceId}`;

  it('validates the request before checking the role', async () => {
    const res = await call(t.app, viewer, 'PUT', `${ws()}/utm-template`, { medium: 'has space' });
    assert.equal(res.status, 400, JSON.stringify(res.body));
  });

  it('refuses a role too low, naming the role needed', async () => {
    const res = await call(t.app, viewer, 'PUT', `${ws()}/utm-template`, { medium: 'social' });
    assert.equal(res.status, 403);
    assert.match(res.body.error.message, /an admin or above/);
  });

  it('answers an id that is not a UUID as an unknown one', async () => {
    const res = await call(t.app, a.token, 'DELETE', `${ws()}/tokens/not-a-uuid`);
    assert.equal(res.status, 404);
    assert.equal(res.body.error.message, 'Token was not found.');
  });

  it('sends the declared success status', async () => {
    const created = await call(t.app, a.token, 'POST', `${ws()}/tokens`, { name: 'script' });
    assert.equal(created.status, 201);
    const revoked = await call(t.app, a.token, 'DELETE', `${ws()}/tokens/${created.body.id}`);
    assert.equal(revoked.status, 204);
    assert.equal((await call(t.app, a.token, 'PUT', `${ws()}/utm-template`, { medium: 'social' })).status, 200);
  });
});
