/**
 * "Connect with <network>" end to end against the strict fakes: start, the network's consent, the callback, and the
 * account picker. The callback always lands on a fixed page of the web app, with an error code when it did not work:
 * unknown, used or expired state, another person or browser, consent refused, a code the network refuses.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useFakeNetworksApp } from '../../testing/network-fakes.js';
import { FIRST_OWNER_PASSWORD } from '../../testing/scenario.js';

const PUBLIC_URL = 'https://chorus.example';

forEachDatabase('OAuth connect of the issue 4 networks', (getDb) => {
  const { t, a, b, fakes } = useFakeNetworksApp(getDb, { publicUrl: PUBLIC_URL, withoutOAuth: ['threads'], secondTenant: true });

  const start = async (network: string, token = a.token, ws = a.workspaceId) => {
    const res = await call(t.app, token, 'POST', `/api/v1/workspaces/${ws}/oauth/${network}/start`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return new URL(res.body.authorizeUrl as string);
  };
  /** What X's authorize page does in the browser: a redirect to the callback. */
  const consentOnX = async (authorizeUrl: URL, decision: string) => {
    fakes.x.decideNext(decision);
    const res = await fetch(authorizeUrl, { redirect: 'manual' });
    assert.equal(res.status, 302);
    return new URL(res.headers.get('location')!);
  };
  /** The browser arriving at the callback; returns the web app route it is sent to. */
  const arrive = async (callback: URL, headers: Record<string, string> = { authorization: `Bearer ${a.token}` }) => {
    assert.equal(callback.origin, PUBLIC_URL);
    const res = await t.app.inject({ method: 'GET', url: callback.pathname + callback.search, headers });
    assert.equal(res.statusCode, 303, res.body);
    const location = res.headers.location as string;
    assert.match(location, /^\/#\/channels/, 'always a fixed page of the web app');
    const [path, query = ''] = location.slice(2).split('?');
    return { path: path!, query: new URLSearchParams(query) };
  };

  it('tells which networks connect by sign-in, and 404s a network whose app is not configured', async () => {
    const list = await call(t.app, a.token, 'GET', '/api/v1/networks');
    assert.equal(list.status, 200);
    const byId = Object.fromEntries(list.body.networks.map((n: { network: string }) => [n.network, n]));
    assert.deepEqual(byId.x, { network: 'x', oauth: true, token: true });
    assert.equal(byId.instagram.oauth, true);
    assert.equal(byId.threads.oauth, false);
    assert.equal((await call(t.app, null, 'GET', '/api/v1/networks')).status, 401);

    const threads = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/oauth/threads/start`);
    assert.equal(threads.status, 404);
    assert.equal(threads.body.error.code, 'oauth_not_configured');
    assert.match(threads.body.error.message, /an owner enters the Threads app on the network apps page/);
    const unknown = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/oauth/myspace/start`);
    assert.equal(unknown.status, 404);
  });

  it('connects an X account with PKCE, its refresh token sealed, and the state works once', async () => {
    const ann = fakes.x.addUser('ann');
    const url = await start('x');
    assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
    assert.equal(url.searchParams.get('redirect_uri'), `${PUBLIC_URL}/api/v1/oauth/x/callback`);
    const callback = await consentOnX(url, ann.id);
    const landed = await arrive(callback);
    assert.equal(landed.path, '/channels');
    assert.equal(landed.query.get('workspace'), a.workspaceId);
    const channelId = landed.query.get('connected')!;
    const row = await t.ctx.database.db.selectFrom('channels').selectAll().where('id', '=', channelId).executeTakeFirstOrThrow();
    assert.equal(row.network, 'x');
    assert.equal(row.external_id, ann.id);
    const credentials = t.ctx.secrets.open(row.credentials_enc, row.workspace_id);
    assert.ok(credentials['refreshToken'] && fakes.x.refreshTokens.has(credentials['refreshToken']), 'the refresh token X issued is kept');
    assert.ok(credentials['expiresAt']);
    assert.equal(row.credentials_enc.includes(credentials['refreshToken']), false, 'sealed at rest');
    // The verifier never left the server: the authorize URL carries only its hash.
    assert.equal((await t.ctx.database.db.selectFrom('oauth_attempts').selectAll().execute()).length, 0, 'the attempt is used up');

    const again = await arrive(callback);
    assert.equal(again.query.get('oauthError'), 'oauth_state_unknown');
    assert.equal(again.query.get('network'), 'x');
  });

  it('refuses an expired state, a missing one, and a made-up one', async () => {
    const url = await start('x');
    await t.ctx.database.db.updateTable('oauth_attempts').set({ expires_at: new Date(Date.now() - 1000) }).execute();
    const expired = await arrive(await consentOnX(url, fakes.x.addUser('late').id));
    assert.equal(expired.query.get('oauthError'), 'oauth_state_expired');
    const missing = await arrive(new URL(`${PUBLIC_URL}/api/v1/oauth/x/callback?code=abc`));
    assert.equal(missing.query.get('oauthError'), 'oauth_state_missing');
    const madeUp = await arrive(new URL(`${PUBLIC_URL}/api/v1/oauth/x/callback?code=abc&state=st_forged`));
    assert.equal(madeUp.query.get('oauthError'), 'oauth_state_unknown');
    assert.match(madeUp.query.get('message')!, /Start again/);
    // Nonsense from a network still ends on the channels page.
    const odd = await t.app.inject({ method: 'GET', url: '/api/v1/oauth/x/callback?code=a&code=b&state=x' });
    assert.equal(odd.statusCode, 303);
  });

  it('refuses a callback arriving for another person, in another browser, or signed out', async () => {
    const bob = fakes.x.addUser('bob');
    const byOther = await arrive(await consentOnX(await start('x'), bob.id), { authorization: `Bearer ${b.token}` });
    assert.equal(byOther.query.get('oauthError'), 'oauth_state_mismatch');
    const signedOut = await arrive(await consentOnX(await start('x'), bob.id), {});
    assert.equal(signedOut.query.get('oauthError'), 'oauth_state_mismatch');

    // Started in one browser session, finished in another session of the same person.
    const login = async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: a.email, password: FIRST_OWNER_PASSWORD } });
      return { cookie: `chorus_session=${res.cookies.find((c) => c.name === 'chorus_session')!.value}`, csrf: res.json().csrfToken as string };
    };
    const one = await login();
    const two = await login();
    const started = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${a.workspaceId}/oauth/x/start`,
      headers: { cookie: one.cookie, 'x-csrf-token': one.csrf },
    });
    assert.equal(started.statusCode, 200, started.body);
    const callback = await consentOnX(new URL(started.json().authorizeUrl as string), bob.id);
    assert.equal((await arrive(callback, { cookie: two.cookie })).query.get('oauthError'), 'oauth_state_mismatch');
    // The same browser gets through.
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${a.workspaceId}/oauth/x/start`,
      headers: { cookie: one.cookie, 'x-csrf-token': one.csrf },
    });
    const ok = await arrive(await consentOnX(new URL(again.json().authorizeUrl as string), bob.id), { cookie: one.cookie });
    assert.ok(ok.query.get('connected'), JSON.stringify(Object.fromEntries(ok.query)));
  });

  it('says so when consent is refused, or the network refuses the code', async () => {
    const denied = await arrive(await consentOnX(await start('x'), 'deny'));
    assert.equal(denied.query.get('oauthError'), 'oauth_denied');
    assert.match(denied.query.get('message')!, /X did not authorize Chorus \(access_denied\)/);

    const url = await start('x');
    const forged = new URL(`${PUBLIC_URL}/api/v1/oauth/x/callback`);
    forged.searchParams.set('state', url.searchParams.get('state')!);
    forged.searchParams.set('code', 'not-a-code-x-issued');
    const refused = await arrive(forged);
    assert.equal(refused.query.get('oauthError'), 'oauth_code_refused');
    assert.match(refused.query.get('message')!, /X refused the authorization/);
  });

  it('lets the person pick among several Pages and Instagram accounts, each connected by its own network', async () => {
    const { owner, page: bakery, ig } = fakes.meta.addPageWithOwner('Acme Bakery', { instagram: 'acmebakery' });
    const { page: cafe } = fakes.meta.addPageWithOwner('Acme Café');
    cafe.ownerIds.push(owner.id);
    const url = await start('facebook');
    assert.equal(url.pathname.endsWith('/dialog/oauth'), true);
    // Facebook's dialog: the person approves, and the browser goes back with a code.
    const callback = new URL(url.searchParams.get('redirect_uri')!);
    callback.searchParams.set('code', fakes.meta.approve(owner.id, url.searchParams.get('redirect_uri')!));
    callback.searchParams.set('state', url.searchParams.get('state')!);
    const landed = await arrive(callback);
    const grantId = landed.path.split('/').pop()!;
    assert.match(landed.path, /^\/channels\/pick\/[0-9a-f-]{36}$/);

    const grant = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/oauth/grants/${grantId}`);
    assert.equal(grant.status, 200, JSON.stringify(grant.body));
    assert.deepEqual(grant.body.accounts.map((x: { label: string; network: string }) => [x.network, x.label]).sort(), [
      ['facebook', 'Acme Bakery (Facebook Page)'],
      ['facebook', 'Acme Café (Facebook Page)'],
      ['instagram', '@acmebakery (Instagram, linked to Acme Bakery)'],
    ]);
    const sealed = await t.ctx.database.db.selectFrom('oauth_grants').select('choices_enc').where('id', '=', grantId).executeTakeFirstOrThrow();
    assert.equal(sealed.choices_enc.includes(bakery.token), false, 'Page tokens are sealed while they wait');
    // Another person (even of this workspace) does not see it; an id that is not one of the accounts is refused.
    const added = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/members`, { email: 'second-admin@example.com', role: 'admin' });
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invites/accept',
      payload: { token: String(added.body.inviteUrl).split('/invite/')[1], password: 'another good password' },
    });
    const otherAdmin = { cookie: `chorus_session=${accepted.cookies.find((c) => c.name === 'chorus_session')!.value}` };
    const seen = await t.app.inject({ method: 'GET', url: `/api/v1/workspaces/${a.workspaceId}/oauth/grants/${grantId}`, headers: otherAdmin });
    assert.equal(seen.statusCode, 404, seen.body);
    assert.equal((await call(t.app, b.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/oauth/grants/${grantId}`)).status, 404);
    const wrong = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/oauth/grants/${grantId}/connect`, { externalIds: ['nope'] });
    assert.equal(wrong.status, 422);
    assert.equal(wrong.body.error.field, 'externalIds[0]');

    const picked = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/oauth/grants/${grantId}/connect`, {
      externalIds: [cafe.id, ig!.id],
    });
    assert.equal(picked.status, 200, JSON.stringify(picked.body));
    assert.deepEqual(picked.body.failed, []);
    assert.deepEqual(picked.body.channels.map((c: { network: string; displayName: string }) => `${c.network} ${c.displayName}`).sort(), [
      'facebook Acme Café',
      'instagram Acme Bakery',
    ]);
    const rows = await t.ctx.database.db.selectFrom('channels').selectAll().where('workspace_id', '=', a.workspaceId).execute();
    const cafeRow = rows.find((r) => r.external_id === cafe.id)!;
    assert.equal(t.ctx.secrets.open(cafeRow.credentials_enc, a.workspaceId)['accessToken'], cafe.token, 'the Page keeps its own token');
    // Used up.
    assert.equal((await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/oauth/grants/${grantId}`)).status, 404);
  });

  it('connects the LinkedIn page a member picks, with the refresh token LinkedIn issued', async () => {
    const member = fakes.linkedin.addMember('Ann Baker');
    const org = fakes.linkedin.addOrganization('Acme Bakery', 'acme-bakery', [member.id]);
    const landed = await arrive(new URL(fakes.linkedin.authorize((await start('linkedin')).toString(), member.id)));
    const grantId = landed.path.split('/').pop()!;
    const grant = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/oauth/grants/${grantId}`);
    assert.deepEqual(grant.body.accounts.map((x: { externalId: string }) => x.externalId), [member.urn, org.urn]);
    const picked = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/oauth/grants/${grantId}/connect`, { externalIds: [org.urn] });
    assert.equal(picked.status, 200, JSON.stringify(picked.body));
    assert.equal(picked.body.channels[0].handle, 'acme-bakery');
    const row = await t.ctx.database.db.selectFrom('channels').selectAll().where('id', '=', picked.body.channels[0].id).executeTakeFirstOrThrow();
    const credentials = t.ctx.secrets.open(row.credentials_enc, a.workspaceId);
    assert.ok(credentials['refreshToken'] && fakes.linkedin.refreshTokens.has(credentials['refreshToken']));
    assert.equal(row.credentials_enc.includes(credentials['refreshToken']), false);

    // "Cancel" on LinkedIn's page.
    const cancelled = await arrive(new URL(fakes.linkedin.authorize((await start('linkedin')).toString(), member.id, 'cancel')));
    assert.equal(cancelled.query.get('oauthError'), 'oauth_denied');
    assert.match(cancelled.query.get('message')!, /^LinkedIn did not authorize Chorus \(The user cancelled the authorization\)/);
  });

  it('needs an admin to start', async () => {
    const viewer = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/tokens`, { name: 'viewer', role: 'viewer' });
    assert.equal(viewer.status, 201, JSON.stringify(viewer.body));
    const res = await call(t.app, viewer.body.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/oauth/x/start`);
    assert.equal(res.status, 403);
  });
});
