/**
 * Listening queries over the API, and the search round that fills the inbox from them. The attacks: another
 * workspace's query or channel, a viewer saving one, a channel that cannot search, too many queries or terms; and on
 * the round: an excluded post, a post in another language, our own post, the same post found twice.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import type { EngagementItem, SearchQuery } from '../../networks/connector.js';
import { NetworkError } from '../../networks/connector.js';
import { NetworkRegistry } from '../../networks/registry.js';
import { call, type TestApp } from '../../testing/app.js';
import { createTenantApp, setupTenant, type Tenant } from '../../testing/scenario.js';
import { comment, InboxNetwork, memberToken } from '../../../test/fakes/inbox-network.js';
import { channelsRepository } from '../channels/repository.js';
import { connectChannel } from '../channels/service.js';
import { storeEngagement } from '../engagement/service.js';
import { queueDueSearches, searchQueryOnChannel } from './jobs.js';
import { listeningRepository } from './repository.js';

function post(externalId: string, text: string, extra: Partial<EngagementItem> = {}): EngagementItem {
  return {
    kind: 'listening',
    externalId,
    inReplyTo: null,
    author: { externalId: 'stranger', handle: 'stranger.test', displayName: 'A Stranger', avatarUrl: null },
    text,
    url: `https://memory.test/${externalId}`,
    createdAt: new Date(Date.now() - 60_000),
    ...extra,
  };
}

forEachDatabase('listening queries', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let viewer: string;
  let editor: string;
  let facebookChannelId: string;
  const inbox = new InboxNetwork();
  const searched: SearchQuery[] = [];
  let results: EngagementItem[] = [];
  const searchFailures: NetworkError[] = [];
  const base = (ws = a.workspaceId) => `/api/v1/workspaces/${ws}/listening-queries`;
  const valid = () => ({ name: 'Brand', keywords: ['chorus app'], hashtags: ['#chorus'], exclude: ['jobs'], languages: ['EN'], channelIds: [a.channelId] });

  before(async () => {
    const bluesky = inbox.connector('bluesky');
    bluesky.search = async (_ctx, query) => {
      searched.push(query);
      const failure = searchFailures.shift();
      if (failure) throw failure;
      return results;
    };
    const registry = new NetworkRegistry().register(bluesky).register(inbox.connector('facebook'));
    ({ app: t, tenant: a } = await createTenantApp(getDb(), { networks: registry }));
    b = await setupTenant(t.app, { owner: { token: a.token } });
    viewer = await memberToken(t.app, a.token, a.workspaceId, 'viewer');
    editor = await memberToken(t.app, a.token, a.workspaceId, 'editor');
    const access = { workspaceId: a.workspaceId, workspaceName: 'A', timezone: 'UTC', userId: a.userId, role: 'owner' as const };
    facebookChannelId = (await connectChannel(t.ctx, access, 'facebook', { accessToken: 'page-1' })).channel.id;
  });
  after(async () => t?.close());

  it('editors save a query, cleaned up; viewers list it but cannot save, change or delete one', async () => {
    const refused = await call(t.app, viewer, 'POST', base(), valid());
    assert.equal(refused.status, 403);
    const created = await call(t.app, editor, 'POST', base(), valid());
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.deepEqual(created.body.hashtags, ['chorus'], 'the # is dropped');
    assert.deepEqual(created.body.languages, ['en']);
    assert.equal(created.body.active, true);
    const list = await call(t.app, viewer, 'GET', base());
    assert.equal(list.status, 200);
    assert.deepEqual(list.body.queries.map((q: { name: string }) => q.name), ['Brand']);
    assert.equal((await call(t.app, viewer, 'PATCH', `${base()}/${created.body.id}`, { active: false })).status, 403);
    assert.equal((await call(t.app, viewer, 'DELETE', `${base()}/${created.body.id}`)).status, 403);
    const audit = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/audit`);
    assert.ok(audit.body.entries.some((e: { action: string }) => e.action === 'listening_query.created'));
    assert.equal((await call(t.app, editor, 'DELETE', `${base()}/${created.body.id}`)).status, 204);
  });

  it("refuses another workspace's channel and a channel that cannot search, naming it", async () => {
    const foreign = await call(t.app, a.token, 'POST', base(), { ...valid(), channelIds: [a.channelId, b.channelId] });
    assert.equal(foreign.status, 422);
    assert.equal(foreign.body.error.code, 'listening_channel_unknown');
    assert.equal(foreign.body.error.field, 'channelIds[1]');
    assert.match(foreign.body.error.message, new RegExp(b.channelId));
    const facebook = await call(t.app, a.token, 'POST', base(), { ...valid(), channelIds: [facebookChannelId] });
    assert.equal(facebook.status, 422);
    assert.equal(facebook.body.error.code, 'listening_channel_unsupported');
    assert.equal(facebook.body.error.params.network, 'facebook');
    assert.equal((await call(t.app, a.token, 'POST', base(), { ...valid(), channelIds: ['not-a-uuid'] })).body.error.code, 'listening_channel_unknown');
  });

  it("answers 404 for another workspace's query, whatever the verb", async () => {
    const theirs = await call(t.app, b.token, 'POST', base(b.workspaceId), { ...valid(), channelIds: [b.channelId] });
    assert.equal(theirs.status, 201, JSON.stringify(theirs.body));
    const id = theirs.body.id as string;
    assert.equal((await call(t.app, a.token, 'PATCH', `${base()}/${id}`, { name: 'mine now' })).status, 404);
    assert.equal((await call(t.app, a.token, 'DELETE', `${base()}/${id}`)).status, 404);
    assert.equal((await call(t.app, a.token, 'GET', `${base()}/${id}/matches`)).status, 404);
    assert.equal((await call(t.app, a.token, 'GET', base())).body.queries.length, 0);
    assert.equal((await call(t.app, b.token, 'DELETE', `${base(b.workspaceId)}/${id}`)).status, 204);
  });

  it('checks terms, languages and the number of queries with messages a person can act on', async () => {
    const empty = await call(t.app, a.token, 'POST', base(), { ...valid(), keywords: [], hashtags: [] });
    assert.equal(empty.status, 400);
    assert.match(JSON.stringify(empty.body), /at least one keyword or hashtag/);
    assert.equal((await call(t.app, a.token, 'POST', base(), { ...valid(), keywords: ['x'.repeat(101)] })).status, 400);
    assert.equal((await call(t.app, a.token, 'POST', base(), { ...valid(), keywords: ['  '] })).status, 400);
    assert.equal((await call(t.app, a.token, 'POST', base(), { ...valid(), languages: ['english'] })).status, 400);
    assert.equal((await call(t.app, a.token, 'POST', base(), { ...valid(), hashtags: ['two words'] })).status, 400);
    assert.equal((await call(t.app, a.token, 'POST', base(), { ...valid(), hashtags: ['tag)OR(x'] })).status, 400);
    const tooMany = await call(t.app, a.token, 'POST', base(), { ...valid(), keywords: Array.from({ length: 15 }, (_, i) => `k${i}`), exclude: Array.from({ length: 6 }, (_, i) => `e${i}`) });
    assert.equal(tooMany.status, 422);
    assert.equal(tooMany.body.error.code, 'listening_too_many_terms');
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const made = await call(t.app, a.token, 'POST', base(), { ...valid(), name: `q${i}` });
      assert.equal(made.status, 201);
      ids.push(made.body.id);
    }
    const over = await call(t.app, a.token, 'POST', base(), valid());
    assert.equal(over.status, 422);
    assert.equal(over.body.error.code, 'listening_query_limit');
    for (const id of ids) assert.equal((await call(t.app, a.token, 'DELETE', `${base()}/${id}`)).status, 204);
  });

  it('stores matches once as listening items, without excluded, other-language or own posts', async () => {
    const created = await call(t.app, a.token, 'POST', base(), valid());
    const queryId = created.body.id as string;
    const other = await call(t.app, a.token, 'POST', base(), { ...valid(), name: 'Other', exclude: [] });
    const ours = await t.ctx.database.db.selectFrom('channels').select('external_id').where('id', '=', a.channelId).executeTakeFirstOrThrow();
    results = [
      post('p-1', 'I love the Chorus app', { languages: ['en'] }),
      post('p-2', 'Chorus app JOBS are open'),
      post('p-3', 'Chorus app, en français', { languages: ['fr'] }),
      post('p-4', 'Chorus app by us', { author: { externalId: ours.external_id, handle: 'us', displayName: 'Us', avatarUrl: null } }),
      post('p-5', 'no language tag on this chorus app post'),
    ];
    const first = await searchQueryOnChannel(t.ctx, queryId, a.channelId);
    assert.deepEqual(first, { kind: 'searched', found: 5, kept: 2, stored: 2 });
    assert.deepEqual(searched.at(-1), { keywords: ['chorus app'], hashtags: ['chorus'], exclude: ['jobs'], languages: ['en'] });
    // Found again, and by another query: still one row each.
    const again = await searchQueryOnChannel(t.ctx, queryId, a.channelId);
    assert.equal(again.kind === 'searched' && again.stored, 0);
    const byOther = await searchQueryOnChannel(t.ctx, other.body.id, a.channelId);
    assert.equal(byOther.kind === 'searched' && byOther.stored, 1, 'p-2 is new for the query without exclusions');
    const inbox = await call(t.app, viewer, 'GET', `/api/v1/workspaces/${a.workspaceId}/engagements?kind=listening`);
    assert.equal(inbox.status, 200);
    assert.deepEqual(inbox.body.engagements.map((e: { externalId: string }) => e.externalId).sort(), ['p-1', 'p-2', 'p-5']);
    const matches = await call(t.app, viewer, 'GET', `${base()}/${queryId}/matches`);
    assert.equal(matches.status, 200);
    assert.deepEqual(matches.body.matches.map((e: { externalId: string }) => e.externalId).sort(), ['p-1', 'p-5']);
    assert.equal(matches.body.matches[0].author.handle, 'stranger.test');
    assert.ok(matches.body.matches[0].url);
  });

  it('queues due pairs once, skips paused queries, and waits as long as a rate limit asks', async () => {
    const created = await call(t.app, a.token, 'POST', base(), { ...valid(), name: 'Rounds' });
    const queryId = created.body.id as string;
    const db = getDb().db;
    const queued = await queueDueSearches(t.ctx);
    assert.ok(queued >= 1);
    assert.equal(await queueDueSearches(t.ctx), 0, 'claimed pairs are leased');
    const now = Date.now();
    searchFailures.push(new NetworkError('rate_limited', 'slow down', { status: 429, retryAfterMs: 120_000 }));
    const limited = await searchQueryOnChannel(t.ctx, queryId, a.channelId, now);
    assert.deepEqual(limited, { kind: 'retry_later', atMs: now + 120_000 });
    assert.equal((await listeningRepository.getRun(db, queryId, a.channelId))?.next_at.getTime(), now + 120_000);
    const paused = await call(t.app, a.token, 'PATCH', `${base()}/${queryId}`, { active: false });
    assert.equal(paused.status, 200);
    assert.equal(await listeningRepository.getRun(db, queryId, a.channelId), undefined, 'a paused query has no schedule');
    assert.deepEqual(await searchQueryOnChannel(t.ctx, queryId, a.channelId), { kind: 'skipped' });
  });

  it('a mention found again by listening stays a mention; a match later found as a mention becomes one', async () => {
    const created = await call(t.app, a.token, 'POST', base(), { ...valid(), name: 'Kinds', exclude: [], languages: [] });
    const channel = (await channelsRepository.findById(getDb().db, a.channelId))!;
    await storeEngagement(t.ctx, channel, [{ ...comment('k-mention', null), text: 'chorus app mention' }]);
    results = [post('k-mention', 'chorus app mention'), post('k-match', 'chorus app match')];
    await searchQueryOnChannel(t.ctx, created.body.id, a.channelId);
    await storeEngagement(t.ctx, channel, [{ ...comment('k-match', null), text: 'chorus app match' }]);
    const kinds = await getDb().db.selectFrom('engagements').select(['external_id', 'kind']).where('external_id', 'in', ['k-mention', 'k-match']).orderBy('external_id').execute();
    assert.deepEqual(kinds.map((r) => [r.external_id, r.kind]), [['k-match', 'mention'], ['k-mention', 'mention']]);
    const matches = await call(t.app, a.token, 'GET', `${base()}/${created.body.id}/matches`);
    assert.deepEqual(matches.body.matches.map((e: { externalId: string }) => e.externalId).sort(), ['k-match', 'k-mention']);
  });

  it('a channel disconnected since is dropped from the query, which can still be changed', async () => {
    const access = { workspaceId: a.workspaceId, workspaceName: 'A', timezone: 'UTC', userId: a.userId, role: 'owner' as const };
    const second = (await connectChannel(t.ctx, access, 'bluesky', { identifier: 'second.test', appPassword: 'good' })).channel.id;
    const created = await call(t.app, a.token, 'POST', base(), { ...valid(), name: 'Two channels', channelIds: [a.channelId, second] });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal((await call(t.app, a.token, 'DELETE', `/api/v1/workspaces/${a.workspaceId}/channels/${second}`)).status, 204);
    const listed = (await call(t.app, a.token, 'GET', base())).body.queries.find((q: { id: string }) => q.id === created.body.id);
    assert.deepEqual(listed.channelIds, [a.channelId]);
    const renamed = await call(t.app, a.token, 'PATCH', `${base()}/${created.body.id}`, { name: 'One channel' });
    assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
    assert.deepEqual(renamed.body.channelIds, [a.channelId]);
  });
});
