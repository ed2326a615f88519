/**
 * Variants per audience segment on a real local Bluesky network (PLC + PDS + AppView from @atproto/dev-env), through
 * Chorus's own routes: Bluesky cannot target a post, so each segment's variant is its own post, due at noon on the
 * segment's clock (segment-variants.ts), and each lands on the PDS with its own text.
 * Needs `bash test/peers/bluesky/setup.sh` once, PostgreSQL and Redis (see README).
 *
 *   node scripts/test.mjs test/peers/chorus-bluesky-segments.test.ts
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { loadConfig } from '../../src/core/config.js';
import { call, createTestApp, type TestApp } from '../../src/testing/app.js';
import { openTestDatabase, type TestDatabase } from '../../src/db/testing.js';
import { createNetworkRegistry } from '../../src/networks/index.js';
import { startBlueskyNetwork, type BlueskyNetwork, type TestAccount } from './bluesky/harness.js';
import { segmentVariantsScenario } from './segment-variants.js';

let net: BlueskyNetwork;
let database: TestDatabase;
let t: TestApp;

before(async () => {
  // The PDS listens on loopback, which Chorus refuses by default (SSRF guard).
  process.env.CHORUS_ALLOW_PRIVATE_NETWORKS = '1';
  net = await startBlueskyNetwork();
  database = await openTestDatabase('pglite');
  t = await createTestApp(database, { networks: createNetworkRegistry(loadConfig({})) });
});

after(async () => {
  await t?.close();
  await database?.close();
  await net?.stop();
});

it('sends each segment its own Bluesky post, due at noon on the segment’s clock', { timeout: 300_000 }, async () => {
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
