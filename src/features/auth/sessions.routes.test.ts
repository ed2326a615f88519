/**
 * A person's sessions and tokens: listed with their device, ended one by one or all but this one; another
 * person's session cannot be ended (404, as if it did not exist).
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { invitePerson, passwordStep, type Person } from './people.testing.js';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

forEachDatabase('sessions and tokens of a person', (getDb) => {
  const { t, a } = useTenantApp(getDb);
  let dana: Person;
  before(async () => {
    dana = await invitePerson(t.app, a, 'dana@example.com', 'editor', FIREFOX);
  });

  async function signIn(p: Person, userAgent: string) {
    const res = await passwordStep(t.app, p.email, p.password, userAgent);
    assert.equal(res.status, 200);
    return { cookie: res.cookie!, csrf: res.body.csrfToken as string };
  }

  it('lists the sessions with their device, address and which one is this', async () => {
    await signIn(dana, FIREFOX);
    const phone = await signIn(dana, IPHONE);
    const list = await call(t.app, phone, 'GET', '/api/v1/me/sessions');
    assert.equal(list.status, 200);
    assert.equal(list.body.sessions.length, 3, 'the invite, the laptop and the phone');
    const current = list.body.sessions.filter((s: { current: boolean }) => s.current);
    assert.equal(current.length, 1);
    assert.deepEqual(current[0].device, { browser: 'Mobile Safari 17', os: 'iOS 17.5', mobile: true });
    assert.equal(current[0].ip, '127.0.0.1');
    const other = list.body.sessions.find((s: { device: { os: string | null } }) => s.device.os === 'Linux');
    assert.deepEqual(other.device, { browser: 'Firefox 128', os: 'Linux', mobile: false });
    assert.ok(!JSON.stringify(list.body).includes(phone.cookie), 'no session secret in the list');
    assert.equal((await call(t.app, a.token, 'GET', '/api/v1/me/sessions')).body.error.code, 'session_required');
  });

  it('ends one session at once, and not another person\'s (404)', async () => {
    const laptop = await signIn(dana, FIREFOX);
    const phone = await signIn(dana, IPHONE);
    const mine = (await call(t.app, phone, 'GET', '/api/v1/me/sessions')).body.sessions;
    const laptopId = mine.find((s: { current: boolean; device: { os: string | null } }) => !s.current && s.device.os === 'Linux').id;

    // Someone else, signed in, tries dana's session id, a made-up id and garbage.
    const eve = await invitePerson(t.app, a, 'eve@example.com');
    for (const id of [laptopId, '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const res = await call(t.app, eve, 'DELETE', `/api/v1/me/sessions/${id}`);
      assert.equal(res.status, 404, id);
      assert.equal(res.body.error.code, 'not_found');
    }
    assert.equal((await call(t.app, laptop, 'GET', '/api/v1/me')).status, 200, "eve could not end dana's session");

    const ended = await call(t.app, phone, 'DELETE', `/api/v1/me/sessions/${laptopId}`);
    assert.equal(ended.status, 204);
    assert.equal((await call(t.app, laptop, 'GET', '/api/v1/me')).status, 401);
    assert.equal((await call(t.app, phone, 'GET', '/api/v1/me')).status, 200);
  });

  it('ends every other session and keeps this one', async () => {
    const others = [await signIn(dana, FIREFOX), await signIn(dana, FIREFOX)];
    const here = await signIn(dana, IPHONE);
    const res = await call(t.app, here, 'DELETE', '/api/v1/me/sessions');
    assert.equal(res.status, 200);
    assert.ok(res.body.ended >= 2);
    for (const s of others) assert.equal((await call(t.app, s, 'GET', '/api/v1/me')).status, 401);
    const left = await call(t.app, here, 'GET', '/api/v1/me/sessions');
    assert.equal(left.body.sessions.length, 1);
    assert.equal(left.body.sessions[0].current, true);
  });

  it("lists the person's own API tokens across workspaces, and only theirs", async () => {
    const session = await signIn(dana, FIREFOX);
    const second = await call(t.app, session, 'POST', '/api/v1/workspaces', { name: 'Dana side project' });
    assert.equal(second.status, 201);
    for (const ws of [a.workspaceId, second.body.id]) {
      assert.equal((await call(t.app, session, 'POST', `/api/v1/workspaces/${ws}/tokens`, { name: `script for ${ws}` })).status, 201);
    }
    const list = await call(t.app, session, 'GET', '/api/v1/me/tokens');
    assert.equal(list.status, 200);
    assert.equal(list.body.tokens.length, 2);
    const names = list.body.tokens.map((tk: { workspace: { id: string }; role: string }) => `${tk.workspace.id}:${tk.role}`).sort();
    assert.deepEqual(names, [`${a.workspaceId}:editor`, `${second.body.id}:owner`].sort());
    assert.ok(list.body.tokens.every((tk: { lastUsedAt: string | null }) => tk.lastUsedAt === null));
    // The owner's own first-run token is not dana's.
    assert.ok(!list.body.tokens.some((tk: { name: string }) => tk.name === 'First-run token'));
    const owners = await call(t.app, a.token, 'GET', '/api/v1/me/tokens');
    assert.deepEqual(owners.body.tokens.map((tk: { name: string }) => tk.name), ['First-run token']);
  });
});
