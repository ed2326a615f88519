import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../../db/testing.js';
import { call } from '../../testing/app.js';
import { useTenantApp } from '../../testing/scenario.js';
import { comment } from '../../../test/fakes/inbox-network.js';
import { channelsRepository } from '../channels/repository.js';
import { storeEngagement } from './service.js';

forEachDatabase('sentiment on arrival', (getDb) => {
  const { t, a } = useTenantApp(getDb);
  const inbox = (query: string) => call(t.app, a.token, 'GET', `/api/v1/workspaces/${a.workspaceId}/engagements?${query}`);

  it('scores every stored item, answers its language and sentiment, and filters on them', async () => {
    const channel = (await channelsRepository.findById(getDb().db, a.channelId))!;
    const at = (m: number) => new Date(Date.UTC(2026, 10, 3, 9, m));
    await storeEngagement(t.ctx, channel, [
      comment('s-1', null, at(1), 'This is the worst service ever, I am furious'),
      comment('s-2', null, at(2), 'Love it, thank you so much!'),
      comment('s-3', null, at(3), "Merci pour l'info :)"),
      comment('s-4', null, at(4), 'Das ist ein Test'),
    ]);
    const all = await inbox('limit=10');
    assert.equal(all.status, 200, JSON.stringify(all.body));
    const byId = new Map(all.body.engagements.map((e: { externalId: string }) => [e.externalId, e]));
    const seen = (id: string) => byId.get(id) as { language: string; sentiment: { label: string; score: number } | null };
    assert.deepEqual([seen('s-1').language, seen('s-1').sentiment?.label], ['en', 'negative']);
    assert.ok(seen('s-1').sentiment!.score < -0.3);
    assert.deepEqual([seen('s-2').language, seen('s-2').sentiment?.label], ['en', 'positive']);
    assert.deepEqual([seen('s-3').language, seen('s-3').sentiment?.label], ['fr', 'positive'], 'French, read by its emoticon');
    assert.deepEqual([seen('s-4').language, seen('s-4').sentiment?.label], ['unknown', 'neutral']);

    const negative = await inbox('sentiment=negative');
    assert.deepEqual(negative.body.engagements.map((e: { externalId: string }) => e.externalId), ['s-1']);
    const french = await inbox('language=fr');
    assert.deepEqual(french.body.engagements.map((e: { externalId: string }) => e.externalId), ['s-3']);
    assert.equal((await inbox('sentiment=angry')).status, 400);

    // An edited text is scored again.
    await storeEngagement(t.ctx, channel, [comment('s-1', null, at(1), 'Sorted now, great support, thanks!')]);
    const again = await inbox('sentiment=positive');
    assert.ok(again.body.engagements.some((e: { externalId: string }) => e.externalId === 's-1'));
  });
});
