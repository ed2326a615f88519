/**
 * `POST …/channels {network, accessToken, …}` for Facebook, Instagram, Threads, X and LinkedIn, each against its
 * strict fake through the registry the server builds from env: the token is checked with the network before saving,
 * a refusal is a 422 naming the problem, and tokens are stored sealed.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useFakeNetworksApp } from '../../testing/network-fakes.js';

forEachDatabase('token connect of the issue 4 networks', (getDb) => {
  const { t, a, fakes } = useFakeNetworksApp(getDb, { publicUrl: 'https://chorus.example' });

  const connect = (body: Record<string, unknown>) => call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/channels`, body);
  const stored = async (id: string) => {
    const row = await t.ctx.database.db.selectFrom('channels').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    return { row, credentials: t.ctx.secrets.open(row.credentials_enc, row.workspace_id) };
  };

  it('connects a Facebook Page with a Page token, and its linked Instagram account', async () => {
    const { page, ig } = fakes.meta.addPageWithOwner('Acme Bakery', { instagram: 'acmebakery' });
    const res = await connect({ network: 'facebook', accessToken: page.token, accountId: page.id });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.network, 'facebook');
    assert.equal(res.body.displayName, 'Acme Bakery');
    const { row, credentials } = await stored(res.body.id);
    assert.equal(row.external_id, page.id);
    assert.equal(credentials['accessToken'], page.token);
    assert.equal(row.credentials_enc.includes(page.token), false, 'the token is sealed at rest');

    const insta = await connect({ network: 'instagram', accessToken: page.token, accountId: ig!.id });
    assert.equal(insta.status, 201, JSON.stringify(insta.body));
    assert.equal(insta.body.network, 'instagram');
    assert.equal(insta.body.handle, 'acmebakery');
    // The same account again is a reconnect.
    assert.equal((await connect({ network: 'facebook', accessToken: page.token, accountId: page.id })).status, 200);
  });

  it('refuses a token the network does not know with a 422 naming the network', async () => {
    const res = await connect({ network: 'facebook', accessToken: 'EAAnot-a-token', accountId: '123' });
    assert.equal(res.status, 422);
    assert.equal(res.body.error.code, 'credentials_rejected');
    assert.match(res.body.error.message, /^Facebook did not accept the connection/);
    const x = await connect({ network: 'x', accessToken: 'wrong' });
    assert.equal(x.status, 422);
    assert.match(x.body.error.message, /^X did not accept the connection/);
  });

  it('connects Threads and X accounts, keeping the refresh token and expiry sealed', async () => {
    const th = fakes.threads.addUser('acmebakery');
    const threads = await connect({ network: 'threads', accessToken: th.token });
    assert.equal(threads.status, 201, JSON.stringify(threads.body));
    assert.equal(threads.body.handle, '@acmebakery');

    const ann = fakes.x.addUser('ann');
    const expiresAt = new Date(Date.now() + 7200_000).toISOString();
    const x = await connect({ network: 'x', accessToken: ann.token, refreshToken: 'refresh-me-later', expiresAt });
    assert.equal(x.status, 201, JSON.stringify(x.body));
    assert.equal(x.body.handle, '@ann');
    const { row, credentials } = await stored(x.body.id);
    assert.equal(credentials['refreshToken'], 'refresh-me-later');
    assert.equal(credentials['expiresAt'], expiresAt);
    assert.equal(row.credentials_enc.includes('refresh-me-later'), false);
    // A token of another account than the one named is refused.
    const other = await connect({ network: 'x', accessToken: ann.token, accountId: '42' });
    assert.equal(other.status, 422);
    assert.equal(other.body.error.code, 'connection_refused');
  });

  it('connects a LinkedIn member, and an organization page the member administers', async () => {
    const li = fakes.linkedin.addMember('Ann Baker');
    const org = fakes.linkedin.addOrganization('Acme Bakery', 'acme-bakery', [li.id]);
    const member = await connect({ network: 'linkedin', accessToken: li.token });
    assert.equal(member.status, 201, JSON.stringify(member.body));
    assert.equal(member.body.displayName, 'Ann Baker');
    const page = await connect({ network: 'linkedin', accessToken: li.token, accountId: org.urn });
    assert.equal(page.status, 201, JSON.stringify(page.body));
    assert.equal(page.body.handle, 'acme-bakery');
    const notAdmin = fakes.linkedin.addOrganization('Other', 'other', []);
    const refused = await connect({ network: 'linkedin', accessToken: li.token, accountId: notAdmin.urn });
    assert.equal(refused.status, 422);
    assert.match(refused.body.error.message, /not an administrator/);
  });

  it('says what is missing in the body', async () => {
    const res = await connect({ network: 'threads' });
    assert.equal(res.status, 400);
    assert.equal(res.body.error.field, 'accessToken');
    const date = await connect({ network: 'x', accessToken: 'a', expiresAt: 'tomorrow' });
    assert.equal(date.status, 400);
    assert.equal(date.body.error.field, 'expiresAt');
  });
});
