/** An alert that fires is delivered as `alert.fired` to the webhooks subscribed to it, once, unless its rule says not to. */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { comment } from '../../../test/fakes/inbox-network.js';
import { channelsRepository } from '../channels/repository.js';
import { storeEngagement } from '../engagement/service.js';
import { evaluateRule } from './service.js';

forEachDatabase('alerts to webhooks', (getDb) => {
  const { t, a } = useTenantApp(getDb);
  const ws = () => `/api/v1/workspaces/${a.workspaceId}`;
  before(async () => {
    process.env.CHORUS_ALLOW_PRIVATE_NETWORKS = '1';
    try {
      const hook = await call(t.app, a.token, 'POST', `${ws()}/webhooks`, { url: 'http://127.0.0.1:9/alerts', events: ['alert.fired'] });
      assert.equal(hook.status, 201, JSON.stringify(hook.body));
    } finally {
      delete process.env.CHORUS_ALLOW_PRIVATE_NETWORKS;
    }
    const channel = (await channelsRepository.findById(getDb().db, a.channelId))!;
    const now = Date.now();
    await storeEngagement(t.ctx, channel, [0, 1, 2, 3].map((i) => comment(`hook-${i}`, null, new Date(now - (i + 1) * 60_000), `The worst, I hate this ${i}`)));
  });
  const deliveries = async () =>
    (await getDb().db.selectFrom('webhook_deliveries').select('body').where('event_type', '=', 'alert.fired').execute()).map(
      (r) => JSON.parse(r.body) as { type: string; data: Record<string, unknown> },
    );

  it('delivers alert.fired once per alert, with the rule and the numbers', async () => {
    const rule = await call(t.app, a.token, 'POST', `${ws()}/alert-rules`, { name: 'Hooked', kind: 'negative_surge', windowMinutes: 30, minCount: 3 });
    assert.equal(rule.status, 201, JSON.stringify(rule.body));
    const [alert] = await evaluateRule(t.ctx, rule.body.id);
    assert.ok(alert, 'the sentiment engine scored the items negative on arrival and the rule fired');
    await evaluateRule(t.ctx, rule.body.id);
    const sent = await deliveries();
    assert.equal(sent.length, 1);
    assert.equal(sent[0]!.type, 'alert.fired');
    assert.equal(sent[0]!.data['id'], alert.id);
    assert.equal(sent[0]!.data['ruleName'], 'Hooked');
    assert.equal((sent[0]!.data['details'] as { count: number }).count, 4);
  });

  it('sends nothing for a rule that asks for no webhooks', async () => {
    const rule = await call(t.app, a.token, 'POST', `${ws()}/alert-rules`, { name: 'Quiet', kind: 'negative_surge', windowMinutes: 30, minCount: 3, notify: { webhooks: false } });
    const fired = await evaluateRule(t.ctx, rule.body.id);
    assert.equal(fired.length, 1);
    assert.equal((await deliveries()).length, 1, 'still only the first rule\'s');
  });
});
