/**
 * Client approval links, attacks first: a viewer cannot make one, another workspace's post or id is a 404, a guessed
 * or altered token is a 404, one workspace's link cannot decide on another's posts, expired and revoked links are
 * 410, a second decision is 409, a comment is stored and answered as inert JSON text, nothing redirects. Then what the
 * client and the team see: each network's preview, the decision moving a post waiting for approval, the audit entry.
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp, type Tenant } from '../../testing/scenario.js';
import { invitePerson, type Person } from '../auth/people.testing.js';
import { CLIENT_RATE_LIMIT } from './routes/public.js';

forEachDatabase('client approval links', (getDb) => {
  const { t, a, b } = useTenantApp(getDb, { secondTenant: true });
  let viewer: Person;
  let contributor: Person;
  const inTwoDays = new Date(Date.now() + 2 * 86_400_000);
  const api = (tenant: Tenant) => `/api/v1/workspaces/${tenant.workspaceId}/client-approvals`;
  const tokenOf = (url: string) => url.split('#/approve/')[1]!;
  const view = (token: string) => call(t.app, null, 'GET', `/api/v1/client-approval/${token}`);
  const decide = (token: string, body: object) => call(t.app, null, 'POST', `/api/v1/client-approval/${token}/decision`, body);

  /** A post a contributor scheduled: it waits for approval. */
  const pendingPost = async (tenant: Tenant, who: Person | string, text: string) => {
    const res = await call(t.app, who, 'POST', `/api/v1/workspaces/${tenant.workspaceId}/posts`, { text, channelIds: [tenant.channelId], scheduledAt: inTwoDays.toISOString() });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id as string;
  };
  const makeLink = async (tenant: Tenant, body: object) => {
    const res = await call(t.app, tenant.token, 'POST', api(tenant), body);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body as { id: string; url: string; postIds: string[] };
  };

  before(async () => {
    viewer = await invitePerson(t.app, a, 'approval-viewer@example.com', 'viewer');
    contributor = await invitePerson(t.app, a, 'approval-contributor@example.com', 'contributor');
  });

  it('refuses a viewer (403), another workspace (404) and another workspace\'s post (404)', async () => {
    const mine = await pendingPost(a, contributor, 'Ours');
    const theirs = await pendingPost(b, b.token, 'Theirs');
    assert.equal((await call(t.app, viewer, 'POST', api(a), { postIds: [mine] })).status, 403);
    assert.equal((await call(t.app, viewer, 'GET', api(a))).status, 403);
    assert.equal((await call(t.app, a.token, 'POST', api(b), { postIds: [theirs] })).status, 404);
    assert.equal((await call(t.app, a.token, 'POST', api(a), { postIds: [mine, theirs] })).status, 404);
    assert.equal((await call(t.app, a.token, 'POST', api(a), { postIds: [mine], weekOf: '2027-01-04' })).status, 400);
    assert.equal((await call(t.app, a.token, 'POST', api(a), { postIds: [mine], expiresInDays: 31 })).status, 400);
    const link = await makeLink(b, { postIds: [theirs] });
    assert.equal((await call(t.app, a.token, 'DELETE', `${api(a)}/${link.id}`)).status, 404);
    assert.equal((await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/posts/${theirs}/client-decisions`)).status, 404);
  });

  it('shows each network\'s preview without an account, keeps only a hash, and answers 404 to guessed or altered tokens', async () => {
    const postId = await pendingPost(a, contributor, 'Spring menu is here');
    const link = await makeLink(a, { postIds: [postId], note: 'For Friday' });
    assert.match(link.url, /\/#\/approve\/cap_[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(link.url);
    const stored = await getDb().db.selectFrom('client_approval_links').selectAll().where('id', '=', link.id).executeTakeFirstOrThrow();
    assert.ok(!stored.token_hash.includes(token.slice(4)));

    const res = await view(token);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.note, 'For Friday');
    assert.equal(res.body.posts.length, 1);
    assert.equal(res.body.posts[0].id, postId);
    assert.equal(res.body.posts[0].previews[0].text, 'Spring menu is here');
    assert.ok(res.body.posts[0].previews[0].network);
    assert.ok(!JSON.stringify(res.body).includes(a.workspaceId), 'no workspace id reaches the client');

    const altered = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    for (const guess of [altered, `cap_${'A'.repeat(43)}`, 'cap_short', 'x'.repeat(100)]) {
      assert.equal((await view(guess)).status, 404, guess);
      assert.equal((await decide(guess, { postId, decision: 'approved' })).status, 404, guess);
    }
  });

  it('approves once (a second decision is 409), schedules the post, audits the link and the name, and tells the team', async () => {
    const postId = await pendingPost(a, contributor, 'Approve me');
    const token = tokenOf((await makeLink(a, { postIds: [postId] })).url);
    const first = await decide(token, { postId, decision: 'approved', name: 'Claire (client)' });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.postStatus, 'scheduled');
    const again = await decide(token, { postId, decision: 'changes_requested', comment: 'Wait' });
    assert.deepEqual([again.status, again.body.error.code], [409, 'already_decided']);

    const post = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/posts/${postId}`);
    assert.equal(post.body.status, 'scheduled');
    const seen = await call(t.app, viewer, 'GET', `/api/v1/workspaces/${a.workspaceId}/posts/${postId}/client-decisions`);
    assert.deepEqual(seen.body.decisions.map((d: { decision: string; name: string }) => [d.decision, d.name]), [['approved', 'Claire (client)']]);
    const audit = await getDb().db.selectFrom('audit_log').selectAll().where('action', '=', 'client_approval.approved').where('target_id', '=', postId).executeTakeFirstOrThrow();
    assert.equal(audit.actor_user_id, null);
    assert.equal((audit.data as { name: string }).name, 'Claire (client)');
    const jobs = await getDb().sql.executeSql(`SELECT data FROM pgboss.job WHERE name = 'client-approval-decision-email.v1'`);
    assert.ok(jobs.rows.some((r) => (r as { data: { postId: string } }).data.postId === postId), 'the team is told');
    // In the app too: the post's author (the contributor) and the link's maker (the owner) each get a notification.
    for (const token of [contributor, a.token]) {
      const bell = await call(t.app, token, 'GET', `/api/v1/workspaces/${a.workspaceId}/notifications`);
      const notice = bell.body.notifications.find((n: { kind: string; targetId: string }) => n.kind === 'post.client_decision' && n.targetId === postId);
      assert.deepEqual(notice?.data, { decision: 'approved', name: 'Claire (client)', comment: '' });
    }
    const listed = await call(t.app, a.token, 'GET', api(a));
    assert.ok(listed.body.links.some((l: { decisions: Array<{ postId: string }> }) => l.decisions.some((d) => d.postId === postId)));
  });

  it('asks for changes: the post goes back to its author as a draft with the comment; the comment stays inert text', async () => {
    const postId = await pendingPost(a, contributor, 'Change me');
    const token = tokenOf((await makeLink(a, { postIds: [postId] })).url);
    const comment = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/client-approval/${token}/decision`, payload: { postId, decision: 'changes_requested', comment } });
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /^application\/json/);
    assert.equal(res.json().comment, comment, 'stored and answered as data; the page renders it as text');
    assert.equal(res.json().postStatus, 'draft');
    const post = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/posts/${postId}`);
    assert.equal(post.body.status, 'draft');
    assert.match(post.body.publications[0].error, /^Client: <script>/);
  });

  it("one workspace's link cannot decide on another's posts, nor on posts it does not show", async () => {
    const ours = await pendingPost(a, contributor, 'Ours only');
    const other = await pendingPost(a, contributor, 'Not in the link');
    const theirs = await pendingPost(b, b.token, 'Theirs only');
    const bToken = tokenOf((await makeLink(b, { postIds: [theirs] })).url);
    const aToken = tokenOf((await makeLink(a, { postIds: [ours] })).url);
    assert.equal((await decide(bToken, { postId: ours, decision: 'approved' })).status, 404);
    assert.equal((await decide(aToken, { postId: other, decision: 'approved' })).status, 404);
    assert.equal((await decide(aToken, { postId: 'not-a-uuid', decision: 'approved' })).status, 404);
    const post = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/posts/${ours}`);
    assert.equal(post.body.status, 'pending_approval');
  });

  it('answers 410 to a revoked or expired link, with a message saying what to do', async () => {
    const postId = await pendingPost(a, contributor, 'Late');
    const revoked = await makeLink(a, { postIds: [postId] });
    assert.equal((await call(t.app, a.token, 'DELETE', `${api(a)}/${revoked.id}`)).status, 204);
    assert.equal((await call(t.app, a.token, 'DELETE', `${api(a)}/${revoked.id}`)).status, 404, 'revoked once');
    const r1 = await view(tokenOf(revoked.url));
    assert.deepEqual([r1.status, r1.body.error.code], [410, 'approval_link_revoked']);
    assert.equal((await decide(tokenOf(revoked.url), { postId, decision: 'approved' })).status, 410);

    const expired = await makeLink(a, { postIds: [postId], expiresInDays: 1 });
    await getDb().db.updateTable('client_approval_links').set({ expires_at: new Date(Date.now() - 1000) }).where('id', '=', expired.id).execute();
    const r2 = await decide(tokenOf(expired.url), { postId, decision: 'approved' });
    assert.deepEqual([r2.status, r2.body.error.code], [410, 'approval_link_expired']);
    assert.match(r2.body.error.message, /new one/);
    const listed = await call(t.app, a.token, 'GET', api(a));
    const states = new Map(listed.body.links.map((l: { id: string; state: string }) => [l.id, l.state]));
    assert.deepEqual([states.get(revoked.id), states.get(expired.id)], ['revoked', 'expired']);
  });

  it('never redirects, ignores a session cookie, and mails the link sealed (the token is not in the job queue)', async () => {
    const postId = await pendingPost(a, contributor, 'Mailed');
    const link = await makeLink(a, { postIds: [postId], email: 'client@example.com' });
    const token = tokenOf(link.url);
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/client-approval/${token}?next=https://evil.example/&redirect=//evil.example` });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers.location, undefined);
    assert.equal(res.headers['cache-control'], 'private, no-store');
    const withCookie = await t.app.inject({ method: 'POST', url: `/api/v1/client-approval/${token}/decision`, headers: { cookie: `chorus_session=${viewer.cookie}` }, payload: { postId, decision: 'approved' } });
    assert.equal(withCookie.statusCode, 200, 'no CSRF check: the token, not a cookie, is the credential');
    const jobs = await getDb().sql.executeSql(`SELECT data FROM pgboss.job WHERE name = 'client-approval-link-email.v1'`);
    const data = jobs.rows.map((r) => JSON.stringify((r as { data: unknown }).data));
    assert.ok(data.some((d) => d.includes(link.id)), 'queued');
    assert.ok(data.every((d) => !d.includes(token.slice(4))), 'the token is sealed');
  });

  it(`rate-limits the public routes per address (${CLIENT_RATE_LIMIT.max} a minute) with 429`, async () => {
    const guess = `cap_${'B'.repeat(43)}`;
    const from = { remoteAddress: '203.0.113.77' };
    let last = 0;
    for (let i = 0; i <= CLIENT_RATE_LIMIT.max; i++) last = (await t.app.inject({ method: 'GET', url: `/api/v1/client-approval/${guess}`, ...from })).statusCode;
    assert.equal(last, 429);
  });

  it('shows a week of posts waiting for approval or scheduled, on the workspace\'s clock', async () => {
    const at = new Date('2031-03-12T10:00:00Z'); // a Wednesday
    const res = await call(t.app, contributor, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, { text: 'Midweek', channelIds: [a.channelId], scheduledAt: at.toISOString() });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const link = await makeLink(a, { weekOf: '2031-03-10' });
    assert.deepEqual(link.postIds, [res.body.id]);
    assert.equal((await call(t.app, a.token, 'POST', api(a), { weekOf: '2031-04-14' })).status, 404);
  });
});
