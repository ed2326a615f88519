/**
 * Variants per audience segment on a real local Bluesky network (PLC + PDS + AppView from @atproto/dev-env), through
 * Chorus's own routes: Bluesky cannot target a post, so each segment's variant is its own post, due at noon on the
 * segment's clock (segment-variants.ts), and each lands on the PDS with its own text.
 * Needs `bash test/peers/bluesky/setup.sh` once, PostgreSQL and Redis (see README).
 *
 *   node scripts/test.mjs test/peers/chorus-bluesky-segments.test.ts
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { call } from '../../src/testing/app.js';
import { startBlueskyNetwork, type TestAccount } from './bluesky/harness.js';
import { chorusBeside } from './chorus-beside.js';
import { segmentVariantsScenario } from './segment-variants.js';

const env = chorusBeside(startBlueskyNetwork);

it('sends each segment its own Bluesky post, due at noon on the segment’s clock', { timeout: 300_000 }, async () => {
  const { t, database, peer: net } = env;
  let fizz: TestAccount | undefined;
  const sent = await segmentVariantsScenario(t, database, async (ws, token) => {
    fizz = await net.createAccount('fizz');
    const res = await call(t.app, token, 'POST', `${ws}/channels`, { network: 'bluesky', identifier: fizz.identifier, appPassword: fizz.appPassword, service: net.pdsUrl });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id as string;
  });
  const records = await fizz!.agent.com.atproto.repo.listRecords({ repo: fizz!.did, collection: 'app.bsky.feed.post' });
  for (const variant of sent) {
    const record = records.data.records.find((r) => r.uri === variant.externalId);
    assert.equal((record?.value as { text?: string } | undefined)?.text, variant.text, variant.segment);
  }
});
