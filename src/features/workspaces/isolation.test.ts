/**
 * Tenant isolation, for EVERY route: a token or session of workspace A gets 404 for anything of workspace B.
 * The test walks the server's route table, so a new route is covered the day it is added; a route with a
 * parameter this test does not know, or outside /workspaces/{ws} and not listed as global, fails the test.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call, type TestApp } from '../../testing/app.js';
import { FIRST_OWNER_PASSWORD, setupTenant, createTenantApp, type Tenant } from '../../testing/scenario.js';
import { MemoryNetwork } from '../../../test/fakes/memory-network.js';
import { storeEngagement } from '../engagement/service.js';

/** Routes that are not about one workspace, and why they are safe. */
const GLOBAL_ROUTES = new Set([
  'GET /healthz', // no data
  'GET /metrics', // counts only
  'GET /api/openapi.json', // the API description
  'GET /api/v1/setup', // whether first run is needed
  'POST /api/v1/setup', // refused once a user exists
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'POST /api/v1/invites/accept', // needs the invite secret
  'POST /api/v1/invites/describe', // says what an invite is for to whoever holds its secret, like accept
  'GET /api/v1/me', // the caller's own data
  'GET /api/v1/workspaces', // the caller's own workspaces
  'POST /api/v1/workspaces', // creates one owned by the caller
  'GET /media/:mediaId', // needs a valid signature for that very file
  'GET /media/:mediaId/:key', // a converted copy: the signature covers the media id and the copy's key
  'GET /api/v1/oauth/mastodon/callback', // needs the one-time state, bound to the workspace that started it
  'GET /api/v1/oauth/:network/callback', // needs the one-time state, bound to the person, session and workspace that started it
  'GET /api/v1/networks', // which networks this server connects: settings, no workspace data
  'GET /*', // the web app's static files
  'GET /l/:code', // public short links (anyone with the link may follow it)
  'POST /l/:code', // the password form of a protected short link
  'GET /qr/:code.svg', // a QR code encodes only the public short URL
  'GET /qr/:code.png', // the same, as PNG
  'GET /t.js', // the public tracking snippet, the same file for everyone
  'POST /api/v1/collect', // public tracking beacons: the body names the workspace, whose allowed origins gate it
  'OPTIONS /api/v1/collect', // CORS preflight: answers only whether some workspace allows the origin
  'GET /bio/:slug', // public link-in-bio pages: only what a workspace chose to publish, archived links left out
  'GET /calendar/:token.ics', // calendar feeds: the secret token in the address is the credential and opens one workspace only
  'GET /api/v1/client-approval/:token', // client approval links: the secret token is the credential and shows only its link's posts
  'POST /api/v1/client-approval/:token/decision', // the same token; decides only on its link's posts (client-approvals.routes.test.ts)
  'GET /api/v1/webhooks/meta', // Meta's handshake: answers only with the verify token, reveals nothing
  'POST /api/v1/webhooks/meta', // signed by Meta (X-Hub-Signature-256); stores into the channels of the account named
  'GET /api/v1/webhooks/x', // X's CRC: an HMAC of the caller's own token
  'POST /api/v1/webhooks/x', // signed by X (x-twitter-webhooks-signature); stores into the channels of for_user_id
  'POST /api/v1/auth/login/two-factor', // needs the challenge of a password just checked
  'GET /api/v1/me/two-factor', // the caller's own account
  'POST /api/v1/me/two-factor/setup', // the caller's own account
  'POST /api/v1/me/two-factor/confirm', // the caller's own account
  'POST /api/v1/me/two-factor/recovery-codes', // the caller's own account, with a code or the password
  'POST /api/v1/me/two-factor/disable', // the caller's own account, with a code or the password
  'GET /api/v1/me/sessions', // the caller's own sessions
  'DELETE /api/v1/me/sessions', // the caller's own other sessions
  'DELETE /api/v1/me/sessions/:id', // only the caller's own sessions; another person's answers 404 (sessions.routes.test.ts)
  'GET /api/v1/me/tokens', // the caller's own tokens (only the token's workspace when called with one)
]);

/**
 * Path parameters that name a kind of thing (a network), not something a workspace holds: with A's own workspace
 * there is nothing of B's to reach through them, so the "A's workspace, B's ids" check skips routes with only these.
 */
const KINDS = new Set(['network']);

/** Bodies that pass validation, so the handler's own tenant checks are reached. */
const BODIES: Record<string, unknown> = {
  'PATCH /api/v1/workspaces/:ws/media/:mediaId': { altText: 'x' },
  'POST /api/v1/workspaces/:ws/posts/:postId/reject': { reason: 'x' },
  'POST /api/v1/workspaces/:ws/engagements/:engagementId/reply': { text: 'x' },
  'POST /api/v1/workspaces/:ws/engagements/:engagementId/hide': { hidden: true },
  'POST /api/v1/workspaces/:ws/oauth/grants/:grantId/connect': { externalIds: ['x'] },
  'POST /api/v1/workspaces/:ws/channels/:channelId/boards': { name: 'x' },
  'POST /api/v1/workspaces/:ws/engagements/:engagementId/notes': { text: 'x' },
  'PATCH /api/v1/workspaces/:ws/engagements/:engagementId': { status: 'done' },
  'PATCH /api/v1/workspaces/:ws/saved-replies/:savedReplyId': { name: 'x' },
  'PATCH /api/v1/workspaces/:ws/alert-rules/:ruleId': { name: 'x' },
  'PATCH /api/v1/workspaces/:ws/listening-queries/:queryId': { name: 'x' },
  'POST /api/v1/workspaces/:ws/segments': { name: 'x', when: { climate: 'hot' } },
  'PATCH /api/v1/workspaces/:ws/segments/:segmentId': { name: 'x' },
  'POST /api/v1/workspaces/:ws/imports': { csv: 'date,time_24hr,message_text\n24/12/2027,09:00,x\n', channelIds: [], dryRun: true },
  'POST /api/v1/workspaces/:ws/campaigns': { name: 'x', goal: 'traffic', startsAt: '2027-01-01T00:00:00Z', endsAt: '2027-02-01T00:00:00Z' },
  'PATCH /api/v1/workspaces/:ws/campaigns/:campaignId': { name: 'x' },
  'POST /api/v1/workspaces/:ws/ideas': { title: 'x' },
  'PATCH /api/v1/workspaces/:ws/ideas/:ideaId': { title: 'x' },
  'PUT /api/v1/workspaces/:ws/channels/:channelId/audience-time-zone': { timeZone: 'UTC' },
  'PUT /api/v1/workspaces/:ws/channels/:channelId/queue': { slots: [] },
  'POST /api/v1/workspaces/:ws/report-schedules': { name: 'x', frequency: 'weekly', emails: ['x@example.com'] },
  'POST /api/v1/workspaces/:ws/posts/:postId/experiment': { metric: 'clicks', variants: [{ label: 'A' }, { label: 'B' }], slots: ['2030-01-01T10:00:00Z', '2030-01-02T10:00:00Z'] },
  'POST /api/v1/workspaces/:ws/posts/:postId/notes': { text: 'x' },
  'PATCH /api/v1/workspaces/:ws/posts/:postId/notes/:noteId': { text: 'x' },
  'POST /api/v1/workspaces/:ws/feeds': { url: 'https://93.184.215.14/feed.xml', channelIds: [] },
  'PATCH /api/v1/workspaces/:ws/feeds/:feedId': { active: false },
  'POST /api/v1/workspaces/:ws/templates': { name: 'x', text: 'x' },
  'PATCH /api/v1/workspaces/:ws/templates/:templateId': { name: 'x' },
  'POST /api/v1/workspaces/:ws/hashtag-groups': { name: 'x', hashtags: ['x'] },
  'PATCH /api/v1/workspaces/:ws/hashtag-groups/:groupId': { name: 'x' },
  'POST /api/v1/workspaces/:ws/variables': { name: 'x', value: 'x' },
  'PATCH /api/v1/workspaces/:ws/variables/:variableId': { value: 'x' },
  'PUT /api/v1/workspaces/:ws/channels/:channelId/signature': { text: 'x' },
  'POST /api/v1/workspaces/:ws/client-approvals': { weekOf: '2027-01-04' },
};

forEachDatabase('tenant isolation', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  const ids: Record<string, string> = {};
  before(async () => {
    const network = new MemoryNetwork();
    ({ app: t, tenant: a } = await createTenantApp(getDb(), { network }));
    b = await setupTenant(t.app, { owner: { token: a.token } });
    const post = await call(t.app, b.token, 'POST', `/api/v1/workspaces/${b.workspaceId}/posts`, { text: 'B only', channelIds: [b.channelId] });
    const upload = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${b.workspaceId}/media`,
      headers: { authorization: `Bearer ${b.token}`, 'content-type': 'multipart/form-data; boundary=X' },
      payload: '--X\r\nContent-Disposition: form-data; name="file"; filename="a.gif"\r\nContent-Type: image/gif\r\n\r\nGIF89a\x01\x00\x01\x00\x00\x00\x00;\r\n--X--\r\n',
    });
    assert.equal(upload.statusCode, 201, upload.body);
    const link = await call(t.app, b.token, 'POST', `/api/v1/workspaces/${b.workspaceId}/links`, { url: 'https://example.com/b-only' });
    assert.equal(link.status, 201, JSON.stringify(link.body));
    // A sign-in of B's that reached several accounts, waiting for B to pick.
    const grant = await t.ctx.database.db
      .insertInto('oauth_grants')
      .values({
        workspace_id: b.workspaceId,
        user_id: b.userId,
        network: 'x',
        accounts: JSON.stringify([{ externalId: 'x', label: 'B only', network: 'x' }]),
        choices_enc: t.ctx.secrets.seal({ choices: '[]' }, b.workspaceId),
        expires_at: new Date(Date.now() + 600_000),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // A webhook of B's, with its delivery log.
    const webhook = await t.ctx.database.db
      .insertInto('outgoing_webhooks')
      .values({ workspace_id: b.workspaceId, url: 'https://example.com/b-only', events: ['conversion.created'], secret_enc: 'x', created_by: b.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.webhookId = webhook.id;
    Object.assign(ids, { postId: post.body.id, channelId: b.channelId, mediaId: upload.json().id, linkId: link.body.id, grantId: grant.id, network: 'x' });
    // A comment on B's channel, in B's inbox.
    const bChannel = await t.ctx.database.db.selectFrom('channels').select(['id', 'workspace_id', 'network']).where('id', '=', b.channelId).executeTakeFirstOrThrow();
    await storeEngagement(t.ctx, bChannel, [{ kind: 'mention', externalId: 'b-only', inReplyTo: null, author: { externalId: 'f', handle: 'f', displayName: 'F', avatarUrl: null }, text: 'B only', url: null, createdAt: new Date() }]);
    const engagement = await t.ctx.database.db.selectFrom('engagements').select('id').where('channel_id', '=', b.channelId).executeTakeFirstOrThrow();
    ids.engagementId = engagement.id;
    // A reply of B's, waiting for approval.
    const bReply = await t.ctx.database.db
      .insertInto('engagement_replies')
      .values({ workspace_id: b.workspaceId, engagement_id: engagement.id, channel_id: b.channelId, text: 'B only', status: 'pending_approval', author_id: b.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.replyId = bReply.id;
    // B's saved reply, alert rule and listening query.
    const bWs = `/api/v1/workspaces/${b.workspaceId}`;
    const reply = await call(t.app, b.token, 'POST', `${bWs}/saved-replies`, { name: 'B only', text: 'Thanks {{first_name}}' });
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    ids.savedReplyId = reply.body.id;
    const rule = await call(t.app, b.token, 'POST', `${bWs}/alert-rules`, { name: 'B only', kind: 'negative_surge', windowMinutes: 30 });
    assert.equal(rule.status, 201, JSON.stringify(rule.body));
    ids.ruleId = rule.body.id;
    const segment = await call(t.app, b.token, 'POST', `${bWs}/segments`, { name: 'B only', when: { climate: 'hot' } });
    assert.equal(segment.status, 201, JSON.stringify(segment.body));
    ids.segmentId = segment.body.id;
    const campaign = await call(t.app, b.token, 'POST', `${bWs}/campaigns`, { name: 'B only', goal: 'leads', startsAt: '2027-01-01T00:00:00Z', endsAt: '2027-02-01T00:00:00Z' });
    assert.equal(campaign.status, 201, JSON.stringify(campaign.body));
    ids.campaignId = campaign.body.id;
    const idea = await call(t.app, b.token, 'POST', `${bWs}/ideas`, { title: 'B only' });
    assert.equal(idea.status, 201, JSON.stringify(idea.body));
    ids.ideaId = idea.body.id;
    const report = await call(t.app, b.token, 'POST', `${bWs}/report-schedules`, { name: 'B only', frequency: 'monthly', emails: ['b@example.com'] });
    assert.equal(report.status, 201, JSON.stringify(report.body));
    ids.scheduleId = report.body.id;
    // A note on B's post, and versions of it: edited and back, so its text is still the one checked at the end.
    const note = await call(t.app, b.token, 'POST', `${bWs}/posts/${ids.postId}/notes`, { text: 'B only' });
    assert.equal(note.status, 201, JSON.stringify(note.body));
    ids.noteId = note.body.id;
    for (const text of ['B only, edited', 'B only']) assert.equal((await call(t.app, b.token, 'PATCH', `${bWs}/posts/${ids.postId}`, { text })).status, 200);
    ids.versionId = (await call(t.app, b.token, 'GET', `${bWs}/posts/${ids.postId}/versions`)).body.versions[0].id;
    // B's RSS feed (an address given as a public IP: no name to resolve here).
    const feed = await call(t.app, b.token, 'POST', `${bWs}/feeds`, { url: 'https://93.184.215.14/feed.xml', channelIds: [b.channelId] });
    assert.equal(feed.status, 201, JSON.stringify(feed.body));
    ids.feedId = feed.body.id;
    // B's template, hashtag group and variable.
    const template = await call(t.app, b.token, 'POST', `${bWs}/templates`, { name: 'B only', text: 'B {{city}}' });
    assert.equal(template.status, 201, JSON.stringify(template.body));
    ids.templateId = template.body.id;
    const group = await call(t.app, b.token, 'POST', `${bWs}/hashtag-groups`, { name: 'B only', hashtags: ['b'] });
    assert.equal(group.status, 201, JSON.stringify(group.body));
    ids.groupId = group.body.id;
    const variable = await call(t.app, b.token, 'POST', `${bWs}/variables`, { name: 'city', value: 'B only', channelId: b.channelId });
    assert.equal(variable.status, 201, JSON.stringify(variable.body));
    ids.variableId = variable.body.id;
    const approvalLink = await call(t.app, b.token, 'POST', `${bWs}/client-approvals`, { postIds: [post.body.id] });
    assert.equal(approvalLink.status, 201, JSON.stringify(approvalLink.body));
    ids.linkId = approvalLink.body.id;
    // Stored directly: the in-memory network here has no search, so the API would refuse its channel.
    const query = await t.ctx.database.db
      .insertInto('listening_queries')
      .values({ workspace_id: b.workspaceId, name: 'B only', keywords: JSON.stringify(['b']), hashtags: '[]', exclude: '[]', languages: '[]', channel_ids: JSON.stringify([b.channelId]), created_by: b.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.queryId = query.id;
    // B's own API token, and a person who is in B only (B's owner also belongs to A), to revoke and remove from A's side.
    ids.tokenId = (await call(t.app, b.token, 'GET', `/api/v1/workspaces/${b.workspaceId}/tokens`)).body.tokens[0].id;
    const invited = await call(t.app, b.token, 'POST', `/api/v1/workspaces/${b.workspaceId}/members`, { email: 'b-only@example.com', role: 'editor' });
    const joined = await call(t.app, null, 'POST', '/api/v1/invites/accept', { token: String(invited.body.inviteUrl).split('/invite/')[1], password: 'b only password' });
    ids.userId = joined.body.user.id;
  });
  after(async () => t?.close());

  it('every workspace route answers 404 to another workspace, by token and by session', async () => {
    const routes = t.app.chorusRoutes;
    assert.ok(routes.length > 15, 'the route table is walked');
    const session = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: a.email, password: FIRST_OWNER_PASSWORD },
    });
    const cookie = `chorus_session=${session.cookies.find((c) => c.name === 'chorus_session')!.value}`;
    const csrf = session.json().csrfToken as string;
    let checked = 0;
    for (const route of routes) {
      const key = `${route.method} ${route.url}`;
      if (!route.url.includes(':ws')) {
        assert.ok(GLOBAL_ROUTES.has(key), `${key} is outside /workspaces/{ws}: add a tenant check or list it as global`);
        continue;
      }
      const params = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
      for (const p of params) assert.ok(p === 'ws' || ids[p], `${key}: no fixture for :${p}; add one to this test`);
      const body = BODIES[key] ?? (['POST', 'PATCH', 'PUT'].includes(route.method) ? {} : undefined);
      const fill = (ws: string) => route.url.replace(/:(\w+)/g, (_m, p: string) => (p === 'ws' ? ws : ids[p]!));

      // A's credentials, B's workspace id.
      const byToken = await call(t.app, a.token, route.method as 'GET', fill(b.workspaceId), body);
      assert.equal(byToken.status, 404, `${key} with another workspace's id (token): ${JSON.stringify(byToken.body)}`);
      const bySession = await t.app.inject({
        method: route.method as 'GET',
        url: fill(b.workspaceId),
        headers: { cookie, 'x-csrf-token': csrf },
        ...(body !== undefined && { payload: body as object }),
      });
      assert.equal(bySession.statusCode, 404, `${key} with another workspace's id (session): ${bySession.body}`);
      // A's own workspace, B's resource ids.
      if (params.some((p) => p !== 'ws' && !KINDS.has(p))) {
        const crossed = await call(t.app, a.token, route.method as 'GET', fill(a.workspaceId), body);
        assert.equal(crossed.status, 404, `${key} with A's workspace and B's ids: ${JSON.stringify(crossed.body)}`);
      }
      checked++;
    }
    assert.ok(checked >= 12, `checked ${checked} workspace routes`);
    // B's things are untouched.
    const post = await call(t.app, b.token, 'GET', `/api/v1/workspaces/${b.workspaceId}/posts/${ids.postId}`);
    assert.equal(post.status, 200);
    assert.equal(post.body.text, 'B only');
  });
});
