/**
 * The part of the segment-variant peer tests that is the same on every network without organic targeting: a Singapore
 * and a Norway segment, one post with a variant for each, sent at noon on each segment's clock (the default at noon
 * in the workspace's zone). The clock is not moved: the scenario checks each publication's due instant, then makes
 * them due now and lets the publisher send them; the caller checks what the server received.
 */
import assert from 'node:assert/strict';
import type { TestDatabase } from '../../src/db/testing.js';
import { call, type TestApp } from '../../src/testing/app.js';
import { runPublish } from '../../src/features/publishing/publisher.js';
import { localInstant } from '../../src/features/posts/schedule.js';

export interface SentVariant {
  segment: 'everyone' | 'singapore' | 'norway';
  externalId: string;
  text: string;
}

export const VARIANT_TEXTS = { everyone: 'Fizz: two new flavours.', singapore: 'Ice cold, right now.', norway: 'A taste of summer days.' };

/** Signs up a workspace (zone Europe/Paris); `connect` adds the network's channel and answers its id. */
export async function segmentVariantsScenario(
  t: TestApp,
  database: TestDatabase,
  connect: (ws: string, token: string) => Promise<string>,
): Promise<SentVariant[]> {
  const setup = await call(t.app, null, 'POST', '/api/v1/setup', { email: 'fizz@example.com', password: 'fizz password 1', workspaceName: 'Fizz Drinks' });
  const token = setup.body.token as string;
  const ws = `/api/v1/workspaces/${setup.body.workspace.id}`;
  await database.db.updateTable('workspaces').set({ timezone: 'Europe/Paris' }).where('id', '=', setup.body.workspace.id).execute();
  const channelId = await connect(ws, token);
  const segment = async (name: string, country: string, timeZone: string) => {
    const res = await call(t.app, token, 'POST', `${ws}/segments`, { name, when: { country: { in: [country] } }, timeZone });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id as string;
  };
  const ids = { singapore: await segment('Singapore', 'SG', 'Asia/Singapore'), norway: await segment('Norway', 'NO', 'Europe/Oslo') };

  // Two days ahead, so noon has not passed yet in any of the three zones.
  const date = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const created = await call(t.app, token, 'POST', `${ws}/posts`, {
    text: VARIANT_TEXTS.everyone,
    channelIds: [channelId],
    scheduledLocal: { date, time: '12:00' },
    variants: [
      { segmentId: ids.singapore, text: VARIANT_TEXTS.singapore },
      { segmentId: ids.norway, text: VARIANT_TEXTS.norway },
    ],
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const pubs = created.body.publications as Array<{ id: string; segmentId: string | null; scheduledAt: string; dueLocal: string; timeZone: string }>;
  const segmentOf = (segmentId: string | null): SentVariant['segment'] => (segmentId === ids.singapore ? 'singapore' : segmentId === ids.norway ? 'norway' : 'everyone');
  const zones = { everyone: 'Europe/Paris', singapore: 'Asia/Singapore', norway: 'Europe/Oslo' };
  assert.deepEqual(pubs.map((p) => segmentOf(p.segmentId)).sort(), ['everyone', 'norway', 'singapore'], 'the default and one per segment');
  for (const pub of pubs) {
    const zone = zones[segmentOf(pub.segmentId)];
    assert.deepEqual([pub.timeZone, pub.dueLocal], [zone, `${date}T12:00`]);
    assert.equal(pub.scheduledAt, localInstant({ date, time: '12:00' }, zone).toISOString(), `noon in ${zone}`);
  }

  // Noon comes: the publisher sends each to the network.
  for (const pub of pubs) {
    const row = await database.db.updateTable('publications').set({ scheduled_at: new Date(Date.now() - 1000) }).where('id', '=', pub.id).returning('version').executeTakeFirstOrThrow();
    await runPublish(t.ctx, { publicationId: pub.id, version: row.version });
  }
  const shown = await call(t.app, token, 'GET', `${ws}/posts/${created.body.id}`);
  const sent = shown.body.publications as Array<{ segmentId: string | null; status: string; externalId: string; error: string | null }>;
  assert.deepEqual(sent.map((p) => [p.status, p.error]), [['published', null], ['published', null], ['published', null]]);
  return sent.map((p) => ({ segment: segmentOf(p.segmentId), externalId: p.externalId, text: VARIANT_TEXTS[segmentOf(p.segmentId)] }));
}
