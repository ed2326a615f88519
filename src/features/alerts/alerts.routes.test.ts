import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { comment, memberToken } from '../../../test/fakes/inbox-network.js';
import { channelsRepository } from '../channels/repository.js';
import { storeEngagement } from '../engagement/service.js';
import { evaluateDueRules, evaluateRule } from './service.js';

const MINUTE = 60_000;

forEachDatabase('alert rules and alerts', (getDb) => {
  const { t, a, b } = useTenantApp(getDb, { secondTenant: true });
  let viewer: string;
  let editor: string;
  const rules = () => `/api/v1/workspaces/${a.workspaceId}/alert-rules`;
  const now = new Date(Date.UTC(2026, 10, 20, 15, 0));

  before(async () => {
    viewer = await memberToken(t.app, a.token, a.workspaceId, 'viewer');
    editor = await memberToken(t.app, a.token, a.workspaceId, 'editor');
  });

  /** Stores inbox items `minutesAgo` before `now` with the given sentiment and text. */
  const store = async (prefix: string, items: Array<{ minutesAgo: number; label: 'positive' | 'neutral' | 'negative'; text?: string }>) => {
    const channel = (await channelsRepository.findById(getDb().db, a.channelId))!;
    await storeEngagement(
      t.ctx,
      channel,
      items.map((item, i) => comment(`${prefix}-${i}`, null, new Date(now.getTime() - item.minutesAgo * MINUTE), item.text ?? `${prefix} ${i}`)),
    );
    for (const [i, item] of items.entries()) {
      await getDb().db.updateTable('engagements').set({ sentiment_label: item.label, sentiment_score: item.label === 'negative' ? -0.6 : 0.4 }).where('external_id', '=', `${prefix}-${i}`).execute();
    }
  };
  const create = async (token: string, body: object) => call(t.app, token, 'POST', rules(), body);

  it('editors create rules, viewers read them, and bad rules are refused with what to change', async () => {
    assert.equal((await create(viewer, { name: 'Storm', kind: 'negative_surge', windowMinutes: 30 })).status, 403);
    const made = await create(editor, { name: 'Storm', kind: 'negative_surge', windowMinutes: 30, minCount: 10 });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.deepEqual({ ...made.body, id: 'x', createdAt: 'x' }, {
      id: 'x', name: 'Storm', kind: 'negative_surge', windowMinutes: 30, minCount: 10, keywords: [], notify: { webhooks: true },
      active: true, lastEvaluatedAt: null, lastFiredAt: null, createdAt: 'x',
    });
    const listed = await call(t.app, viewer, 'GET', rules());
    assert.deepEqual(listed.body.rules.map((r: { name: string }) => r.name), ['Storm']);

    const noKeywords = await create(editor, { name: 'Refunds', kind: 'keyword_surge', windowMinutes: 60 });
    assert.equal(noKeywords.status, 422);
    assert.equal(noKeywords.body.error.code, 'alert_keywords_required');
    const unused = await create(editor, { name: 'Storm 2', kind: 'negative_surge', windowMinutes: 60, keywords: ['x'] });
    assert.equal(unused.body.error.code, 'alert_keywords_unused');
    for (const windowMinutes of [0, 1441, 2.5]) {
      const bad = await create(editor, { name: 'Bad', kind: 'negative_surge', windowMinutes });
      assert.equal(bad.status, 400, `windowMinutes ${windowMinutes}`);
      assert.equal(bad.body.error.field, 'windowMinutes');
    }
    // Another workspace's rule is not found, whatever the verb.
    assert.equal((await create(b.token, { name: 'Theirs', kind: 'negative_surge', windowMinutes: 5 })).status, 404, 'not a member here');
    const theirs = await call(t.app, b.token, 'POST', `/api/v1/workspaces/${b.workspaceId}/alert-rules`, { name: 'Theirs', kind: 'negative_surge', windowMinutes: 5 });
    assert.equal(theirs.status, 201);
    assert.equal((await call(t.app, a.token, 'PATCH', `${rules()}/${theirs.body.id}`, { name: 'Mine now' })).status, 404);
    assert.equal((await call(t.app, a.token, 'DELETE', `${rules()}/${theirs.body.id}`)).status, 404);
    assert.equal((await call(t.app, b.token, 'DELETE', `/api/v1/workspaces/${b.workspaceId}/alert-rules/${theirs.body.id}`)).status, 204);
  });

  it('fires once on a negative surge, names the items, and stays quiet until the surge is over', async () => {
    const rule = (await call(t.app, a.token, 'GET', rules())).body.rules.find((r: { name: string }) => r.name === 'Storm');
    // A quiet day: one negative item every two hours, and positive ones.
    await store('calm', Array.from({ length: 12 }, (_, i) => ({ minutesAgo: 60 + i * 120, label: i % 3 === 0 ? 'negative' : 'positive' })));
    assert.deepEqual(await evaluateRule(t.ctx, rule.id, now), [], 'nothing unusual');
    await store('storm', Array.from({ length: 14 }, (_, i) => ({ minutesAgo: 1 + i, label: 'negative', text: `awful ${i}` })));
    const fired = await evaluateRule(t.ctx, rule.id, now);
    assert.equal(fired.length, 1);
    assert.equal(fired[0]!.engagement_ids.length, 14);
    assert.equal((await evaluateRule(t.ctx, rule.id, new Date(now.getTime() + MINUTE))).length, 0, 'one surge fires once');

    const alerts = await call(t.app, viewer, 'GET', `/api/v1/workspaces/${a.workspaceId}/alerts`);
    assert.equal(alerts.status, 200);
    assert.equal(alerts.body.alerts.length, 1);
    assert.equal(alerts.body.alerts[0].ruleId, rule.id);
    assert.equal(alerts.body.alerts[0].details.count, 14);
    assert.match(alerts.body.alerts[0].summary, /^14 negative items in 30 minutes/);
    assert.deepEqual(alerts.body.alerts[0].items.map((i: { text: string }) => i.text).slice(0, 2), ['awful 0', 'awful 1'], 'the items, newest first');
    assert.equal(alerts.body.alerts[0].items[0].sentiment, 'negative');
    assert.deepEqual((await call(t.app, b.token, 'GET', `/api/v1/workspaces/${b.workspaceId}/alerts`)).body.alerts, [], 'not in another workspace');

    // Once the window has moved past the surge the rule re-arms; the items are then history, not a new surge.
    assert.equal((await evaluateRule(t.ctx, rule.id, new Date(now.getTime() + 60 * MINUTE))).length, 0);
    const state = (await call(t.app, a.token, 'GET', rules())).body.rules.find((r: { id: string }) => r.id === rule.id);
    assert.equal(state.lastFiredAt, now.toISOString());
  });

  it('counts keywords in any case, and the round evaluates due rules once per lease', async () => {
    const made = await create(editor, { name: 'Refunds', kind: 'keyword_surge', windowMinutes: 10, minCount: 3, keywords: ['refund', '50%'] });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    await store('kw', [
      { minutesAgo: 1, label: 'neutral', text: 'I want a REFUND' },
      { minutesAgo: 2, label: 'negative', text: 'refund please' },
      { minutesAgo: 3, label: 'neutral', text: 'only 50% off?' },
      { minutesAgo: 4, label: 'neutral', text: 'fifty percent' },
      { minutesAgo: 25, label: 'neutral', text: 'refund (too old for the window)' },
    ]);
    const fired = await evaluateRule(t.ctx, made.body.id, now);
    assert.equal(fired.length, 1);
    assert.equal(fired[0]!.engagement_ids.length, 3, 'the "%" of a keyword is a character, not a wildcard');
    // The round: every active rule is claimed once, then left alone until its lease runs out.
    await getDb().db.updateTable('alert_rules').set({ next_evaluation_at: new Date(0) }).execute();
    await evaluateDueRules(t.ctx);
    const evaluated = await getDb().db.selectFrom('alert_rules').select(['next_evaluation_at']).where('workspace_id', '=', a.workspaceId).execute();
    assert.ok(evaluated.every((r) => r.next_evaluation_at.getTime() > Date.now()), 'leased');
    assert.equal(await evaluateDueRules(t.ctx), 0, 'nothing due again at once');
  });

  it('calls a backlash on a post whose negative replies outrun its positive ones, once', async () => {
    const made = await create(editor, { name: 'Backlash', kind: 'post_backlash', windowMinutes: 60, minCount: 3 });
    const post = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/posts`, { text: 'Our new flavour', channelIds: [a.channelId], scheduledAt: new Date(Date.now() + 86_400_000).toISOString() });
    assert.equal(post.status, 201, JSON.stringify(post.body));
    const publicationId = post.body.publications[0].id as string;
    await store('bl', [
      { minutesAgo: 1, label: 'negative' },
      { minutesAgo: 2, label: 'negative' },
      { minutesAgo: 3, label: 'negative' },
      { minutesAgo: 4, label: 'positive' },
    ]);
    await getDb().db.updateTable('engagements').set({ publication_id: publicationId }).where('external_id', 'like', 'bl-%').execute();
    const fired = await evaluateRule(t.ctx, made.body.id, now);
    assert.equal(fired.length, 1);
    assert.equal(fired[0]!.details['publicationId'], publicationId);
    assert.equal(fired[0]!.engagement_ids.length, 3);
    assert.equal((await evaluateRule(t.ctx, made.body.id, new Date(now.getTime() + MINUTE))).length, 0, 'once a day per post');
  });
});
