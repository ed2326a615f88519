/**
 * Templates, variables, hashtag groups and signatures through the real API: which value wins, what an unknown
 * variable gets, X's weighted length after filling, signatures on posts, roles, and other workspaces (nothing).
 * Run: node scripts/test.mjs src/features/templates/templates.routes.test.ts
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { NetworkRegistry } from '../../networks/registry.js';
import { createXConnector } from '../../networks/x/index.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { memberToken } from '../../../test/fakes/inbox-network.js';
import { MemoryNetwork } from '../../../test/fakes/memory-network.js';

forEachDatabase('templates', (getDb) => {
  const networks = () => new NetworkRegistry().register(new MemoryNetwork().connector('bluesky')).register(createXConnector({}));
  const { t, a, b } = useTenantApp(getDb, () => Promise.resolve({ secondTenant: true, networks: networks() }));
  const ws = (tenant = a) => `/api/v1/workspaces/${tenant.workspaceId}`;
  let viewer: string;
  let editor: string;
  let xChannel: string;
  let segmentId: string;

  before(async () => {
    viewer = await memberToken(t.app, a.token, a.workspaceId, 'viewer');
    editor = await memberToken(t.app, a.token, a.workspaceId, 'editor');
    // An X account, stored directly: X's rules are what is under test, not its sign-in.
    const row = await t.ctx.database.db
      .insertInto('channels')
      .values({ workspace_id: a.workspaceId, network: 'x', external_id: 'x-1', handle: 'bakery_x', credentials_enc: 'x', limits: '{}' })
      .returning('id')
      .executeTakeFirstOrThrow();
    xChannel = row.id;
    const segment = await call(t.app, a.token, 'POST', `${ws()}/segments`, { name: 'Hot places', when: { climate: 'hot' } });
    assert.equal(segment.status, 201, JSON.stringify(segment.body));
    segmentId = segment.body.id;
  });

  const variable = async (body: object) => {
    const res = await call(t.app, editor, 'POST', `${ws()}/variables`, body);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body;
  };

  it('fills the most specific value: segment over channel over workspace, values given over all', async () => {
    await variable({ name: 'city', value: 'Paris' });
    await variable({ name: 'city', value: 'Lyon', channelId: xChannel });
    await variable({ name: 'city', value: 'Nice', segmentId });
    const twice = await call(t.app, editor, 'POST', `${ws()}/variables`, { name: 'city', value: 'Again' });
    assert.deepEqual([twice.status, twice.body.error.code], [409, 'variable_exists']);
    assert.equal((await call(t.app, editor, 'POST', `${ws()}/variables`, { name: 'City', value: 'x' })).status, 400, 'names are [a-z][a-z0-9_]*');

    const made = await call(t.app, editor, 'POST', `${ws()}/templates`, { name: 'Opening', text: 'Now open in {{city}}!', tags: ['shop'] });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.deepEqual(made.body.variables, ['city']);
    const audit = await t.ctx.database.db.selectFrom('audit_log').select(['action', 'target_id']).where('action', '=', 'template.created').execute();
    assert.deepEqual(audit.map((r) => r.target_id), [made.body.id], 'the audit log says who created it');
    const fill = (body: object) => call(t.app, a.token, 'POST', `${ws()}/templates/${made.body.id}/fill`, body);
    const filled = await fill({ channelIds: [a.channelId, xChannel], segmentIds: [segmentId] });
    assert.equal(filled.status, 200, JSON.stringify(filled.body));
    const texts = filled.body.results.map((r: { channelId: string; segmentId: string | null; text: string }) => [r.channelId === xChannel ? 'x' : 'bsky', r.segmentId ? 'seg' : '-', r.text]);
    assert.deepEqual(texts, [
      ['bsky', '-', 'Now open in Paris!'],
      ['bsky', 'seg', 'Now open in Nice!'],
      ['x', '-', 'Now open in Lyon!'],
      ['x', 'seg', 'Now open in Nice!'],
    ]);
    const given = await fill({ channelIds: [xChannel], values: { city: 'Rome' } });
    assert.equal(given.body.results[0].text, 'Now open in Rome!');
  });

  it('answers 422 naming a variable without a value, on a fill and on a post', async () => {
    const made = await call(t.app, editor, 'POST', `${ws()}/templates`, { name: 'Promo', text: 'Code {{promo_code}}', channelIds: [a.channelId] });
    assert.equal(made.status, 201, 'a value may still be given when filling');
    const filled = await call(t.app, a.token, 'POST', `${ws()}/templates/${made.body.id}/fill`, {});
    assert.deepEqual([filled.status, filled.body.error.code, filled.body.error.field, filled.body.error.params.variable], [422, 'unfilled_variable', 'text', 'promo_code']);
    const post = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text: 'Code {{promo_code}}', channelIds: [a.channelId] });
    assert.deepEqual([post.status, post.body.error.code, post.body.error.params.variable], [422, 'unfilled_variable', 'promo_code']);
    await variable({ name: 'promo_code', value: 'BREAD10', channelId: a.channelId });
    const saved = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text: 'Code {{promo_code}} in {{city}}', channelIds: [a.channelId] });
    assert.equal(saved.status, 201, JSON.stringify(saved.body));
    assert.equal(saved.body.text, 'Code {{promo_code}} in {{city}}', 'the post keeps what was written');
    assert.equal(saved.body.publications[0].text, 'Code BREAD10 in Paris');
  });

  it("checks X's weighted length after filling, and refuses to save a template X would refuse", async () => {
    // 150 CJK characters: 150 on the memory network (300 allowed), 300 on X, which counts them twice (280 allowed).
    await variable({ name: 'slogan', value: '麺'.repeat(150) });
    const refused = await call(t.app, editor, 'POST', `${ws()}/templates`, { name: 'Slogan', text: '{{slogan}}', channelIds: [a.channelId, xChannel] });
    assert.deepEqual([refused.status, refused.body.error.code], [422, 'validation_failed'], JSON.stringify(refused.body));
    assert.deepEqual(refused.body.error.details.violations.map((v: { channelId: string; rule: string }) => [v.channelId, v.rule]), [[xChannel, 'too_long']]);
    const made = await call(t.app, editor, 'POST', `${ws()}/templates`, { name: 'Slogan', text: '{{slogan}}', channelIds: [a.channelId] });
    assert.equal(made.status, 201);
    const moved = await call(t.app, editor, 'PATCH', `${ws()}/templates/${made.body.id}`, { channelIds: [xChannel] });
    assert.deepEqual([moved.status, moved.body.error.code], [422, 'validation_failed']);
    const filled = await call(t.app, a.token, 'POST', `${ws()}/templates/${made.body.id}/fill`, { channelIds: [a.channelId, xChannel] });
    const rules = filled.body.results.map((r: { violations: Array<{ rule: string; params?: { length: number } }> }) => r.violations.map((v) => [v.rule, v.params?.length]));
    assert.deepEqual(rules, [[], [['too_long', 300]]]);
  });

  it("adds the channel's signature to its posts, unless the post leaves it off", async () => {
    assert.equal((await call(t.app, viewer, 'PUT', `${ws()}/channels/${a.channelId}/signature`, { text: '— The Bakery' })).status, 403);
    const set = await call(t.app, editor, 'PUT', `${ws()}/channels/${a.channelId}/signature`, { text: '— The Bakery' });
    assert.deepEqual(set.body, { channelId: a.channelId, text: '— The Bakery' });
    assert.equal((await call(t.app, viewer, 'GET', `${ws()}/channels/${a.channelId}/signature`)).body.text, '— The Bakery');
    const post = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text: 'Fresh bread', channelIds: [a.channelId, xChannel] });
    assert.equal(post.status, 201, JSON.stringify(post.body));
    const byChannel = new Map(post.body.publications.map((p: { channelId: string; text: string }) => [p.channelId, p.text]));
    assert.equal(byChannel.get(a.channelId), 'Fresh bread\n\n— The Bakery');
    assert.equal(byChannel.get(xChannel), 'Fresh bread', 'only the channel that has one');
    const bare = await call(t.app, a.token, 'POST', `${ws()}/posts`, { text: 'Fresh bread', channelIds: [a.channelId], signature: false });
    assert.deepEqual([bare.body.signature, bare.body.publications[0].text], [false, 'Fresh bread']);
    const edited = await call(t.app, a.token, 'PATCH', `${ws()}/posts/${bare.body.id}`, { text: 'Warm bread' });
    assert.equal(edited.body.publications[0].text, 'Warm bread', 'an edit keeps the choice');
    const back = await call(t.app, a.token, 'PATCH', `${ws()}/posts/${bare.body.id}`, { signature: true });
    assert.equal(back.body.publications[0].text, 'Warm bread\n\n— The Bakery');
    await call(t.app, editor, 'PUT', `${ws()}/channels/${a.channelId}/signature`, { text: '' });
    assert.equal((await call(t.app, viewer, 'GET', `${ws()}/channels/${a.channelId}/signature`)).body.text, '');
  });

  it('lets viewers read but not write templates, hashtag groups and variables', async () => {
    const template = { name: 'Viewer', text: 'x' };
    assert.equal((await call(t.app, viewer, 'POST', `${ws()}/templates`, template)).status, 403);
    assert.equal((await call(t.app, viewer, 'POST', `${ws()}/hashtag-groups`, { name: 'Bread', hashtags: ['bread'] })).status, 403);
    assert.equal((await call(t.app, viewer, 'POST', `${ws()}/variables`, { name: 'v', value: 'x' })).status, 403);
    assert.equal((await call(t.app, viewer, 'GET', `${ws()}/templates`)).status, 200);
    const group = await call(t.app, editor, 'POST', `${ws()}/hashtag-groups`, { name: 'Bread', hashtags: ['#bread', 'bakery', 'bread', ' '] });
    assert.equal(group.status, 201, JSON.stringify(group.body));
    assert.deepEqual(group.body.hashtags, ['bread', 'bakery']);
    const same = await call(t.app, editor, 'POST', `${ws()}/hashtag-groups`, { name: 'bread', hashtags: ['x'] });
    assert.deepEqual([same.status, same.body.error.code], [409, 'hashtag_group_name_taken']);
    assert.equal((await call(t.app, viewer, 'GET', `${ws()}/hashtag-groups`)).body.groups.length, 1);
    assert.equal((await call(t.app, viewer, 'DELETE', `${ws()}/hashtag-groups/${group.body.id}`)).status, 403);
    const renamed = await call(t.app, editor, 'PATCH', `${ws()}/hashtag-groups/${group.body.id}`, { name: 'Breads' });
    assert.equal(renamed.body.name, 'Breads');
    assert.equal((await call(t.app, editor, 'DELETE', `${ws()}/hashtag-groups/${group.body.id}`)).status, 204);
  });

  it("shows another workspace none of it, and refuses its channels and templates", async () => {
    const template = (await call(t.app, a.token, 'GET', `${ws()}/templates`)).body.templates[0];
    const variables = (await call(t.app, a.token, 'GET', `${ws()}/variables`)).body.variables;
    for (const [method, url, body] of [
      ['GET', `templates/${template.id}`, undefined],
      ['PATCH', `templates/${template.id}`, { name: 'Mine' }],
      ['DELETE', `templates/${template.id}`, undefined],
      ['POST', `templates/${template.id}/fill`, { channelIds: [b.channelId] }],
      ['PATCH', `variables/${variables[0].id}`, { value: 'Mine' }],
      ['DELETE', `variables/${variables[0].id}`, undefined],
      ['GET', `channels/${a.channelId}/signature`, undefined],
      ['PUT', `channels/${a.channelId}/signature`, { text: 'Mine' }],
    ] as const) {
      const res = await call(t.app, b.token, method, `${ws(b)}/${url}`, body);
      assert.equal(res.status, 404, `${method} ${url} through b's workspace: ${JSON.stringify(res.body)}`);
    }
    assert.equal((await call(t.app, b.token, 'GET', `${ws(b)}/templates`)).body.templates.length, 0);
    assert.equal((await call(t.app, b.token, 'GET', `${ws(b)}/variables`)).body.variables.length, 0);
    const foreign = await call(t.app, b.token, 'POST', `${ws(b)}/variables`, { name: 'city', value: 'Mine', channelId: a.channelId });
    assert.deepEqual([foreign.status, foreign.body.error.code], [422, 'unknown_channel']);
    const own = await call(t.app, b.token, 'POST', `${ws(b)}/templates`, { name: 'B', text: 'B {{city}}' });
    const across = await call(t.app, b.token, 'POST', `${ws(b)}/templates/${own.body.id}/fill`, { channelIds: [a.channelId] });
    assert.deepEqual([across.status, across.body.error.code], [422, 'unknown_channel']);
    const noValue = await call(t.app, b.token, 'POST', `${ws(b)}/templates/${own.body.id}/fill`, { channelIds: [b.channelId] });
    assert.deepEqual([noValue.status, noValue.body.error.code], [422, 'unfilled_variable'], "a's values never fill b's posts");
  });
});
