/**
 * Where events come from: a publication published or failed by the publisher, a new inbox item, a conversion. Each
 * makes exactly one delivery per subscribed webhook, in the transaction that stores its cause; a re-seen inbox item
 * makes none, and a workspace without webhooks gets nothing.
 */
import assert from 'node:assert/strict';
import { before, beforeEach, it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { MemoryNetwork } from '../../../test/fakes/memory-network.js';
import { recordConversion } from '../collect/service.js';
import { storeEngagement } from '../engagement/service.js';
import { runPublishBatch } from '../publishing/publisher.js';

forEachDatabase('webhook events from their causes', (getDb) => {
  const network = new MemoryNetwork();
  const { t, a, b } = useTenantApp(getDb, { network, secondTenant: true });
  let webhookId: string;
  before(async () => {
    process.env.CHORUS_ALLOW_PRIVATE_NETWORKS = '1';
    try {
      const res = await call(t.app, a.token, 'POST', `/api/v1/workspaces/${a.workspaceId}/webhooks`, {
        url: 'http://127.0.0.1:9/hook',
        events: ['publication.published', 'publication.failed', 'engagement.created', 'conversion.created'],
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      webhookId = res.body.webhook.id;
    } finally {
      delete process.env.CHORUS_ALLOW_PRIVATE_NETWORKS;
    }
  });
  beforeEach(() => {
    network.failures = [];
  });

  const events = async (type: string) => {
    const rows = await getDb().db.selectFrom('webhook_deliveries').select(['body', 'webhook_id']).where('event_type', '=', type).execute();
    assert.ok(rows.every((r) => r.webhook_id === webhookId));
    return rows.map((r) => JSON.parse(r.body) as { id: string; type: string; data: Record<string, unknown> });
  };
  const publishNow = async (tenant: typeof a, text: string) => {
    const res = await call(t.app, tenant.token, 'POST', `/api/v1/workspaces/${tenant.workspaceId}/posts`, { text, channelIds: [tenant.channelId], publishNow: true });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const id = res.body.publications[0].id as string;
    const row = await getDb().db.selectFrom('publications').select(['id', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
    return { publicationId: row.id, version: row.version };
  };

  it('a publication published by the publisher makes exactly one publication.published delivery', async () => {
    const mine = await publishNow(a, 'webhook published');
    const theirs = await publishNow(b, 'no webhook here');
    await runPublishBatch(t.ctx, [mine, theirs]);
    await runPublishBatch(t.ctx, [mine, theirs]);
    const published = await events('publication.published');
    assert.equal(published.length, 1, JSON.stringify(published));
    assert.equal(published[0]!.data['publicationId'], mine.publicationId);
    assert.equal(published[0]!.data['network'], 'bluesky');
    const log = await call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/webhooks/${webhookId}/deliveries`);
    assert.equal(log.body.deliveries.filter((d: { type: string }) => d.type === 'publication.published').length, 1);
  });

  it('a publication the network refuses makes one publication.failed delivery', async () => {
    const mine = await publishNow(a, 'webhook refused');
    network.failures = ['rejected'];
    await runPublishBatch(t.ctx, [mine]);
    const failed = await events('publication.failed');
    assert.equal(failed.length, 1);
    assert.equal(failed[0]!.data['publicationId'], mine.publicationId);
    assert.match(String(failed[0]!.data['error']), /refused/);
  });

  it('a new inbox item makes one engagement.created delivery, seeing it again none', async () => {
    const channel = { id: a.channelId, workspace_id: a.workspaceId, network: 'bluesky' };
    const item = { kind: 'mention' as const, externalId: 'hook-1', inReplyTo: null, author: { externalId: 'u1', handle: 'ann', displayName: 'Ann', avatarUrl: null }, text: 'hello', url: null, createdAt: new Date() };
    assert.equal(await storeEngagement(t.ctx, channel, [item]), 1);
    assert.equal(await storeEngagement(t.ctx, channel, [item]), 0);
    const created = await events('engagement.created');
    assert.equal(created.length, 1);
    assert.equal(created[0]!.data['text'], 'hello');
  });

  it('a conversion makes one conversion.created delivery', async () => {
    await recordConversion(t.ctx, a.workspaceId, { type: 'conversion', name: 'signup', value: 12.5, currency: 'eur' } as Parameters<typeof recordConversion>[2]);
    await recordConversion(t.ctx, b.workspaceId, { type: 'conversion', name: 'signup' } as Parameters<typeof recordConversion>[2]);
    const created = await events('conversion.created');
    assert.equal(created.length, 1);
    assert.equal(created[0]!.data['name'], 'signup');
    assert.equal(created[0]!.data['currency'], 'EUR');
  });
});
