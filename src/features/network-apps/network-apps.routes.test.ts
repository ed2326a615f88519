/**
 * A workspace's own network apps: owners save a client id and secret, every member sees the status, and sign-in
 * then works in that workspace only. The attacks: an admin or editor saving one, another workspace reading or using
 * it, the secret coming back in any answer or the audit log, or sitting in the database in clear.
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useFakeNetworksApp } from '../../testing/network-fakes.js';
import { invitePerson, type Person } from '../auth/people.testing.js';

const PUBLIC_URL = 'https://chorus.example';

forEachDatabase('network apps of a workspace', (getDb) => {
  // X's app comes from the environment; Threads' is left for the workspace to save.
  const { t, a, b, fakes } = useFakeNetworksApp(getDb, { publicUrl: PUBLIC_URL, withoutOAuth: ['threads'], secondTenant: true });
  let admin: Person;
  let editor: Person;
  before(async () => {
    admin = await invitePerson(t.app, a, 'apps-admin@example.com', 'admin');
    editor = await invitePerson(t.app, a, 'apps-editor@example.com', 'editor');
  });

  const apps = (ws: string) => `/api/v1/workspaces/${ws}/network-apps`;
  const threadsApp = () => ({ clientId: `  ${fakes.threads.app.clientId} `, clientSecret: fakes.threads.app.clientSecret });
  const byNetwork = (body: { apps: Array<{ network: string }> }) => Object.fromEntries(body.apps.map((app) => [app.network, app])) as Record<string, Record<string, unknown>>;

  it('lists every app with its status and the callback URLs to register', async () => {
    const list = await call(t.app, editor, 'GET', apps(a.workspaceId));
    assert.equal(list.status, 200);
    const got = byNetwork(list.body);
    assert.deepEqual(Object.keys(got).sort(), ['facebook', 'linkedin', 'pinterest', 'snapchat', 'threads', 'tiktok', 'x', 'youtube']);
    assert.equal(got['x']!.status, 'env');
    assert.equal(got['threads']!.status, 'none');
    assert.deepEqual(got['facebook']!.callbackUrls, [`${PUBLIC_URL}/api/v1/oauth/facebook/callback`, `${PUBLIC_URL}/api/v1/oauth/instagram/callback`]);
    assert.equal(got['x']!.clientId, undefined, 'the server\'s client id is not shown');
  });

  it('lets only owners save an app, checks the input, and refuses one the server sets', async () => {
    for (const who of [admin, editor]) {
      const refused = await call(t.app, who, 'PUT', `${apps(a.workspaceId)}/threads`, threadsApp());
      assert.equal(refused.status, 403);
      assert.match(refused.body.error.message, /owner/);
    }
    const spaced = await call(t.app, a.token, 'PUT', `${apps(a.workspaceId)}/threads`, { clientId: 'abc def', clientSecret: 'long-enough-secret' });
    assert.equal(spaced.status, 400);
    assert.equal(spaced.body.error.field ?? spaced.body.error.params?.field, 'clientId');
    const short = await call(t.app, a.token, 'PUT', `${apps(a.workspaceId)}/threads`, { clientId: 'abc', clientSecret: 'short' });
    assert.equal(short.status, 400);
    assert.equal((await call(t.app, a.token, 'PUT', `${apps(a.workspaceId)}/myspace`, threadsApp())).status, 400);
    const server = await call(t.app, a.token, 'PUT', `${apps(a.workspaceId)}/x`, { clientId: 'mine', clientSecret: 'my-own-secret' });
    assert.equal(server.status, 409);
    assert.equal(server.body.error.code, 'network_app_set_by_server');
    assert.equal(byNetwork((await call(t.app, a.token, 'GET', apps(a.workspaceId))).body)['threads']!.status, 'none');
  });

  it('saves an owner\'s app sealed, never answers the secret, and audits without it', async () => {
    const secret = fakes.threads.app.clientSecret;
    const saved = await call(t.app, a.token, 'PUT', `${apps(a.workspaceId)}/threads`, threadsApp());
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    const threads = byNetwork(saved.body)['threads']!;
    assert.equal(threads.status, 'saved');
    assert.equal(threads.clientId, fakes.threads.app.clientId, 'trimmed');
    assert.equal(threads.secretSet, true);
    assert.equal(threads.secretLast4, secret.slice(-4));
    assert.ok(!JSON.stringify(saved.body).includes(secret));

    const forAdmin = await call(t.app, admin, 'GET', apps(a.workspaceId));
    const seen = byNetwork(forAdmin.body)['threads']!;
    assert.equal(seen.status, 'saved');
    assert.equal(seen.clientId, undefined, 'only owners see the saved id');
    assert.equal(seen.secretLast4, undefined);
    assert.ok(!JSON.stringify(forAdmin.body).includes(secret));

    const rows = await t.ctx.database.db.selectFrom('network_apps').selectAll().execute();
    assert.equal(rows.length, 1);
    assert.ok(!rows[0]!.client_secret_enc.includes(secret), 'sealed at rest');
    const audit = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/audit`);
    const entry = audit.body.entries.find((e: { action: string }) => e.action === 'network_app.saved');
    assert.ok(entry, JSON.stringify(audit.body));
    assert.ok(!JSON.stringify(audit.body).includes(secret));
  });

  it('keeps the app to its workspace: others see none, cannot use it, cannot touch it', async () => {
    const other = byNetwork((await call(t.app, b.token, 'GET', apps(b.workspaceId))).body)['threads']!;
    assert.equal(other.status, 'none');
    assert.equal((await call(t.app, b.token, 'GET', apps(a.workspaceId))).status, 404);
    assert.equal((await call(t.app, b.token, 'PUT', `${apps(a.workspaceId)}/threads`, threadsApp())).status, 404);
    assert.equal((await call(t.app, b.token, 'DELETE', `${apps(a.workspaceId)}/threads`)).status, 404);
    const start = await call(t.app, b.token, 'POST', `/api/v1/workspaces/${b.workspaceId}/oauth/threads/start`);
    assert.equal(start.status, 404);
    assert.equal(start.body.error.code, 'oauth_not_configured');

    const networks = async (token: string, query: string) => {
      const res = await call(t.app, token, 'GET', `/api/v1/networks${query}`);
      return res.status === 200 ? byNetworkList(res.body.networks)['threads'] : res.status;
    };
    const byNetworkList = (list: Array<{ network: string; oauth: boolean }>) => Object.fromEntries(list.map((n) => [n.network, n.oauth]));
    assert.equal(await networks(a.token, `?workspace=${a.workspaceId}`), true);
    assert.equal(await networks(b.token, `?workspace=${b.workspaceId}`), false);
    assert.equal(await networks(a.token, ''), false, 'without a workspace, only the server\'s apps');
    assert.equal(await networks(b.token, `?workspace=${a.workspaceId}`), 404);
  });

  it('signs in with the workspace\'s app: start and callback use its client id and secret', async () => {
    const user = fakes.threads.addUser('threads_ann');
    const started = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/oauth/threads/start`);
    assert.equal(started.status, 200, JSON.stringify(started.body));
    const authorizeUrl = new URL(started.body.authorizeUrl as string);
    assert.equal(authorizeUrl.searchParams.get('client_id'), fakes.threads.app.clientId);
    const callback = new URL(fakes.threads.authorize(authorizeUrl.toString(), user.id));
    const res = await t.app.inject({ method: 'GET', url: callback.pathname + callback.search, headers: { authorization: `Bearer ${a.token}` } });
    assert.equal(res.statusCode, 303);
    assert.match(String(res.headers.location), /^\/#\/channels\?.*connected=/, String(res.headers.location));
  });

  it('forgets an app on an owner\'s request', async () => {
    assert.equal((await call(t.app, admin, 'DELETE', `${apps(a.workspaceId)}/threads`)).status, 403);
    assert.equal((await call(t.app, a.token, 'DELETE', `${apps(a.workspaceId)}/threads`)).status, 204);
    assert.equal((await call(t.app, a.token, 'DELETE', `${apps(a.workspaceId)}/threads`)).status, 404);
    assert.equal(byNetwork((await call(t.app, a.token, 'GET', apps(a.workspaceId))).body)['threads']!.status, 'none');
    assert.equal((await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/oauth/threads/start`)).status, 404);
  });
});
